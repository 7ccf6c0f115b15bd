-- The text of a few source rows, by row number: one light pass, nothing parsed. $1..$7 the
-- source, $8 true when the amount is quantity x price, $9 the row numbers, comma-separated.
SELECT CAST(__cvm_row AS INTEGER) AS row,
       CAST({{customer}} AS VARCHAR) AS customer_text,
       CAST({{date}} AS VARCHAR) AS date_text,
       CASE WHEN CAST($8 AS BOOLEAN) THEN concat_ws(' x ', CAST({{quantity}} AS VARCHAR), CAST({{price}} AS VARCHAR))
            ELSE CAST({{amount}} AS VARCHAR) END AS amount_text
FROM (SELECT row_number() OVER () AS __cvm_row, * FROM {{source}})
WHERE __cvm_row IN (SELECT CAST(unnest(string_split(CAST($9 AS VARCHAR), ',')) AS BIGINT))
