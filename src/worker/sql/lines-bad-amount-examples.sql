-- The first rows whose amount could not be read, with the text they hold. Parameters as prepare-lines.sql.
SELECT row, value FROM (
  SELECT CAST(row_number() OVER () AS INTEGER) AS row,
         NULLIF(trim(CAST({{customer}} AS VARCHAR)), '') AS customer_id,
         cvm_parse_date(CAST({{date}} AS VARCHAR), CAST($5 AS VARCHAR), CAST($6 AS VARCHAR)) AS order_date,
         CASE WHEN CAST($7 AS BOOLEAN) THEN CAST(cvm_parse_money({{quantity}}) AS DECIMAL(38, 4)) * cvm_parse_money({{price}})
              ELSE cvm_parse_money({{amount}}) END AS amount,
         CASE WHEN CAST($7 AS BOOLEAN) THEN concat_ws(' x ', {{quantity}}, {{price}}) ELSE CAST({{amount}} AS VARCHAR) END AS value
  FROM {{source}}
)
WHERE customer_id IS NOT NULL AND order_date IS NOT NULL AND amount IS NULL
ORDER BY row LIMIT 5
