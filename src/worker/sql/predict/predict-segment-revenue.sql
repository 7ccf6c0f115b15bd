-- Per segment (customer_segments' number; NULL: customers the scores do not hold), the customers
-- of the prediction summary calibrated up to $1 (as predict-summary.sql) and what they spent in
-- the calibration period: the net value of their orders dated up to $1, returns included, as the
-- scores' monetary is. Summed as DECIMAL and converted to DOUBLE once, so the cents are exact.
WITH calibrated AS (
  SELECT customer_id
  FROM orders
  WHERE value >= 0
  GROUP BY customer_id
  HAVING min(order_date) <= CAST($1 AS DATE)
),
spent AS (
  SELECT customer_id, sum(value) AS revenue
  FROM orders
  WHERE order_date <= CAST($1 AS DATE)
  GROUP BY customer_id
)
SELECT cs.seg, count(*)::INTEGER AS customers, CAST(coalesce(sum(s.revenue), 0) AS DOUBLE) AS revenue
FROM calibrated c
LEFT JOIN customer_segments cs ON cs.customer_id = c.customer_id
LEFT JOIN spent s ON s.customer_id = c.customer_id
GROUP BY cs.seg
ORDER BY cs.seg NULLS LAST
