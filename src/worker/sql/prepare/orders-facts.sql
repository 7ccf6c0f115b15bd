SELECT
  count(*)::INTEGER AS orders,
  count(DISTINCT customer_id)::INTEGER AS customers,
  strftime(min(order_date), '%Y-%m-%d') AS first_date,
  strftime(max(order_date), '%Y-%m-%d') AS last_date,
  strftime(max(order_date) + 1, '%Y-%m-%d') AS default_as_of
FROM orders
