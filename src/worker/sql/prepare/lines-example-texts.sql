-- The text of a few source rows, by row number: one light pass, nothing parsed. $1..$4 the
-- source, $5 true when the amount is quantity x price, $6 the row numbers, comma-separated.
SELECT CAST(__cvm_row AS INTEGER) AS row,
       CAST({{customer}} AS VARCHAR) AS customer_text,
       CAST({{date}} AS VARCHAR) AS date_text,
       CASE WHEN CAST($5 AS BOOLEAN) THEN concat_ws(' x ', CAST({{quantity}} AS VARCHAR), CAST({{price}} AS VARCHAR))
            ELSE CAST({{amount}} AS VARCHAR) END AS amount_text
FROM (SELECT row_number() OVER () AS __cvm_row, * FROM {{source}})
WHERE __cvm_row IN (SELECT CAST(unnest(string_split(CAST($6 AS VARCHAR), ',')) AS BIGINT))
