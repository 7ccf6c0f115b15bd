-- Acquisition cohorts before the as-of date $1: customers by the month of their first purchase,
-- how many of them bought in each month after (0 = the first month), and their net revenue then.
WITH o AS (
  SELECT customer_id, order_date, value FROM orders WHERE order_date < CAST($1 AS DATE)
),
firsts AS (
  SELECT customer_id, date_trunc('month', min(order_date)) AS cohort FROM o WHERE value > 0 GROUP BY customer_id
),
activity AS (
  SELECT f.cohort, o.customer_id,
    datediff('month', f.cohort, date_trunc('month', o.order_date)) AS months_after,
    o.value
  FROM o JOIN firsts f ON f.customer_id = o.customer_id
  WHERE o.order_date >= f.cohort
)
SELECT strftime(CAST(cohort AS DATE), '%Y-%m') AS cohort,
  months_after::INTEGER AS months_after,
  count(DISTINCT customer_id) FILTER (WHERE value > 0)::INTEGER AS buyers,
  CAST(sum(value) AS DOUBLE) AS revenue
FROM activity
GROUP BY cohort, months_after
ORDER BY cohort, months_after
