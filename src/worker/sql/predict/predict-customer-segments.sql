-- The segment number (customer_segments, as the last score filled it) of each customer of the
-- prediction summary calibrated up to $1 (the same customers as predict-summary.sql: a purchase,
-- value >= 0, on or before $1). NULL for a customer the scores do not hold (the scores' as-of
-- date is before their first purchase). Only the numbers: the predictions are summed per segment
-- in TS because they exist only there.
WITH calibrated AS (
  SELECT customer_id
  FROM orders
  WHERE value >= 0
  GROUP BY customer_id
  HAVING min(order_date) <= CAST($1 AS DATE)
)
SELECT CAST(c.customer_id AS VARCHAR) AS customer_id, cs.seg
FROM calibrated c
LEFT JOIN customer_segments cs ON cs.customer_id = c.customer_id
