-- The rows of the lines table that are no order line (line-values.sql's cvm_noise: 1 the header
-- repeated inside the data, 2 a totals line), per kind: how many, and the first few with their
-- row number and customer cell ("customer", "Итого") as the report's examples.
SELECT noise, count(*)::INTEGER AS rows,
       list({'row': row_no, 'value': customer_id} ORDER BY row_no)[1:3] AS examples
FROM lines
WHERE noise > 0
GROUP BY noise
