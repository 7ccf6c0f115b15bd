-- Scored customers: at least one purchase. Recency in whole days from the last purchase to $1.
CREATE OR REPLACE TABLE rfm_base AS
SELECT
  customer_id,
  (CAST($1 AS DATE) - last_purchase)::INTEGER AS recency_days,
  frequency,
  monetary_exact,
  CAST(monetary_exact AS DOUBLE) AS monetary,
  last_purchase,
  -- Customer age: whole days from the first purchase to the as-of date.
  (CAST($1 AS DATE) - first_purchase)::INTEGER AS age_days
FROM customers
WHERE frequency > 0
