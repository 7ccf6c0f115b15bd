-- Customers as of $1: only orders before the as-of date count. Orders with value <= 0
-- (returns, cancellations) are not purchases, but their value is part of monetary (net revenue).
CREATE OR REPLACE TABLE customers AS
SELECT
  customer_id,
  max(order_date) FILTER (WHERE value > 0) AS last_purchase,
  min(order_date) FILTER (WHERE value > 0) AS first_purchase,
  count(*) FILTER (WHERE value > 0)::INTEGER AS frequency,
  sum(value) AS monetary_exact
FROM orders
WHERE order_date < CAST($1 AS DATE)
GROUP BY customer_id
