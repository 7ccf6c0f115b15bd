-- The shop's health by period before the as-of date $1: $2 is the period ('month' or 'week'),
-- $3 the churn threshold in days, $4 the most periods returned (the latest ones). A churn event is the day a customer's silence after a purchase
-- passes the threshold (purchase date + $3 + 1) with no purchase in between; it counts in the
-- period it falls in, if before the as-of date.
WITH o AS (
  SELECT customer_id, order_date, value FROM orders WHERE order_date < CAST($1 AS DATE)
),
purchases AS (
  SELECT customer_id, order_date,
    lead(order_date) OVER (PARTITION BY customer_id ORDER BY order_date) AS next_date,
    min(order_date) OVER (PARTITION BY customer_id) AS first_date
  FROM o WHERE value > 0
),
by_period AS (
  SELECT date_trunc($2, order_date) AS period,
    CAST(sum(value) AS DOUBLE) AS revenue,
    count(*) FILTER (WHERE value > 0)::INTEGER AS purchases
  FROM o GROUP BY 1
),
active AS (
  SELECT date_trunc($2, order_date) AS period,
    count(DISTINCT customer_id)::INTEGER AS active,
    count(DISTINCT customer_id) FILTER (WHERE date_trunc($2, first_date) = date_trunc($2, order_date))::INTEGER AS new_customers
  FROM purchases GROUP BY 1
),
churn AS (
  SELECT date_trunc($2, order_date + CAST($3 AS INTEGER) + 1) AS period, count(*)::INTEGER AS churned
  FROM purchases
  WHERE (next_date IS NULL OR next_date - order_date > CAST($3 AS INTEGER))
    AND order_date + CAST($3 AS INTEGER) + 1 < CAST($1 AS DATE)
  GROUP BY 1
),
periods AS (
  SELECT unnest(generate_series(
    greatest(
      date_trunc($2, (SELECT min(order_date) FROM o)),
      date_trunc($2, CAST($1 AS DATE) - 1) - CASE WHEN $2 = 'week' THEN INTERVAL 7 DAY ELSE INTERVAL 1 MONTH END * (CAST($4 AS INTEGER) - 1)
    ),
    date_trunc($2, CAST($1 AS DATE) - 1),
    CASE WHEN $2 = 'week' THEN INTERVAL 7 DAY ELSE INTERVAL 1 MONTH END
  )) AS period
)
SELECT strftime(CAST(p.period AS DATE), '%Y-%m-%d') AS period,
  coalesce(b.revenue, 0) AS revenue,
  coalesce(b.purchases, 0) AS purchases,
  coalesce(a.active, 0) AS active,
  coalesce(a.new_customers, 0) AS new_customers,
  coalesce(c.churned, 0) AS churned
FROM periods p
LEFT JOIN by_period b ON b.period = p.period
LEFT JOIN active a ON a.period = p.period
LEFT JOIN churn c ON c.period = p.period
ORDER BY p.period
