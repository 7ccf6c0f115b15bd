-- The text of a few source rows, by row number: one light pass, nothing parsed. $1..$7 the
-- source, $8 true when the amount is quantity x price, $9 the row numbers, comma-separated.
-- The texts are taken in the inner select, where only the file's columns are in scope: a column
-- of the file may itself be called line_row or customer_text.
SELECT CAST(line_row AS INTEGER) AS row, customer_text, date_text, amount_text
FROM (
  SELECT row_number() OVER () AS line_row,
         CAST({{customer}} AS VARCHAR) AS customer_text,
         CAST({{date}} AS VARCHAR) AS date_text,
         CASE WHEN CAST($8 AS BOOLEAN) THEN concat_ws(' x ', CAST({{quantity}} AS VARCHAR), CAST({{price}} AS VARCHAR))
              ELSE CAST({{amount}} AS VARCHAR) END AS amount_text
  FROM {{source}}
)
WHERE line_row IN (SELECT CAST(unnest(string_split(CAST($9 AS VARCHAR), ',')) AS BIGINT))
