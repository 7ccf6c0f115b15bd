-- The first rows whose amount could not be read, with the text they hold ($1: quantity x price).
-- {{amount}}, {{quantity}}, {{price}} are mapped columns (or NULL), filled through quoteIdent().
SELECT CAST(rowid + 1 AS INTEGER) AS row,
       CASE WHEN CAST($1 AS BOOLEAN) THEN concat_ws(' x ', {{quantity}}, {{price}}) ELSE CAST({{amount}} AS VARCHAR) END AS value
FROM raw
WHERE rowid IN (
  SELECT row_no - 1 FROM lines
  WHERE customer_id IS NOT NULL AND order_date IS NOT NULL AND amount IS NULL ORDER BY row_no LIMIT 5
)
ORDER BY rowid
