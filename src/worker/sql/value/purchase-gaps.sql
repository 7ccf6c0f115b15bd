-- Days between a customer's consecutive purchases before the as-of date $1, at the quantiles the
-- churn threshold is suggested from ($2: the share, for example 0.9). NULL when no customer
-- bought twice.
WITH purchases AS (
  SELECT customer_id, order_date,
    lag(order_date) OVER (PARTITION BY customer_id ORDER BY order_date) AS previous
  FROM orders
  WHERE value > 0 AND order_date < CAST($1 AS DATE)
)
SELECT
  count(*)::INTEGER AS gaps,
  -- Rounded before the ceiling: 169.00000000000003 days is 169 days, not 170.
  CAST(ceil(round(quantile_cont(order_date - previous, $2), 6)) AS INTEGER) AS gap_days
FROM purchases
WHERE previous IS NOT NULL
