-- Exact duplicate rows: a few repeated rows with the row they repeat. $1..$4 the source.
SELECT CAST(rows[2] AS INTEGER) AS row, CAST(rows[1] AS VARCHAR) AS value
FROM (
  SELECT list(__cvm_row ORDER BY __cvm_row) AS rows
  FROM (SELECT row_number() OVER () AS __cvm_row, hash(*COLUMNS(*)) AS row_hash FROM {{source}})
  GROUP BY row_hash HAVING count(*) > 1
)
ORDER BY row LIMIT 5
