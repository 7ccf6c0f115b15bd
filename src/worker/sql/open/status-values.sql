-- The statuses of the column the user chose as the order status on the mapping screen, with their
-- rows, the most frequent first: the user chooses which of them count as purchases. Spellings of
-- one status ("completed", "Completed") are one, shown as the first spelling met and normalised as
-- lib/import/order-status.ts statusKey() and prepare/line-values.sql do. An empty status is left
-- out: such an order always counts. $1..$7 the source, $8 how many statuses to return; every row
-- also carries how many there are in all.
WITH cells AS (
  SELECT row_number() OVER () AS row_no, NULLIF(trim(CAST({{status}} AS VARCHAR)), '') AS status
  FROM {{source}}
),
statuses AS (
  SELECT arg_min(status, row_no) AS status, count(*)::INTEGER AS rows
  FROM cells
  WHERE status IS NOT NULL
  GROUP BY replace(regexp_replace(lower(status), '[\s_.-]+', '', 'g'), 'ё', 'е')
  HAVING replace(regexp_replace(lower(status), '[\s_.-]+', '', 'g'), 'ё', 'е') <> ''
)
SELECT status, rows, (count(*) OVER ())::INTEGER AS statuses
FROM statuses
ORDER BY rows DESC, status
LIMIT CAST($8 AS INTEGER)
