-- The first rows whose date could not be read, with the text they hold.
-- {{date}} is the mapped date column, filled through quoteIdent().
SELECT CAST(rowid + 1 AS INTEGER) AS row, CAST({{date}} AS VARCHAR) AS value
FROM raw
WHERE rowid IN (
  SELECT row_no - 1 FROM lines WHERE customer_id IS NOT NULL AND order_date IS NULL ORDER BY row_no LIMIT 5
)
ORDER BY rowid
