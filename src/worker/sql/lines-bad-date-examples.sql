-- The first rows whose date could not be read, with the text they hold. Row numbers need a
-- second pass over the source; it runs only when such rows exist. Parameters $1..$6 as prepare-lines.sql.
SELECT row, value FROM (
  SELECT CAST(row_number() OVER () AS INTEGER) AS row,
         NULLIF(trim(CAST({{customer}} AS VARCHAR)), '') AS customer_id,
         CAST({{date}} AS VARCHAR) AS value
  FROM {{source}}
)
WHERE customer_id IS NOT NULL AND cvm_parse_date(value, CAST($5 AS VARCHAR), CAST($6 AS VARCHAR)) IS NULL
ORDER BY row LIMIT 5
