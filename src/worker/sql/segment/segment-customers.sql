-- One page of one segment's customers (the segment page's list): segment number $1 (-1 is
-- Other), customer ids containing $2 whatever their case ('' is everyone), $3 rows from row $4.
-- {{order}} is one entry of the fixed list in engine/segment-customers.ts, never user text; the
-- customer id after it makes the order total, so pages neither overlap nor skip a customer.
SELECT
  s.customer_id,
  strftime(s.last_purchase, '%Y-%m-%d') AS last_purchase,
  s.recency_days::INTEGER AS recency_days,
  s.frequency::INTEGER AS frequency,
  CAST(round(s.monetary_exact, 2) AS DOUBLE) AS monetary,
  s.r, s.f, s.m
FROM customer_segments cs
JOIN scores s ON s.customer_id = cs.customer_id
WHERE cs.seg = $1 AND contains(lower(s.customer_id), lower($2))
ORDER BY {{order}}, s.customer_id
LIMIT $3 OFFSET $4
