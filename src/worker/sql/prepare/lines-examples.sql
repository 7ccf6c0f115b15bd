-- The first five rows of each kind, from the parsed lines; their texts are read next by row
-- number (lines-example-texts.sql). For a duplicate, `repeats` is the row it repeats. $1 today,
-- $2 the earliest plausible date. Returns are examples only among the rows used, as they are counted.
SELECT kind, CAST(unnest(rows) AS INTEGER) AS row, CAST(NULL AS INTEGER) AS repeats FROM (
  SELECT kind, min(row_no, 5) AS rows FROM (
    SELECT row_no,
           CASE WHEN customer_id IS NULL THEN 'no_customer'
                WHEN order_date IS NULL THEN 'bad_date'
                WHEN amount IS NULL THEN 'bad_amount'
                WHEN order_date < CAST($2 AS DATE) THEN 'early_date'
                WHEN order_date > CAST($1 AS DATE) THEN 'future_date' END AS kind
    FROM lines
  )
  WHERE kind IS NOT NULL
  GROUP BY kind
  UNION ALL
  SELECT 'return', min(row_no, 5) FROM lines WHERE is_return AND cvm_line_used(customer_id, order_date, amount, $1, $2) AND NOT excluded HAVING count(*) > 0
  UNION ALL
  SELECT 'id_control', min(row_no, 5) FROM lines WHERE id_control AND customer_id IS NOT NULL HAVING count(*) > 0
)
UNION ALL
SELECT 'duplicate', repeat_row, first_row FROM (
  SELECT first_row, repeat_row FROM duplicate_groups ORDER BY repeat_row LIMIT 5
)
