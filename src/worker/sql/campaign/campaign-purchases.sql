-- What each customer bought from $1 to $2 (both days counted), from the prepared orders: the
-- response window of a campaign. Revenue is the net value (returns in the window lower it) in
-- whole minor units: value is DECIMAL(38,4), so ×100 and round() stay exact and the cast to
-- BIGINT is deliberate, never a float sum. orders counts purchases (value above zero) only, so a
-- customer who only returned something in the window is not a responder.
SELECT customer_id AS id,
  CAST(round(sum(value) * 100) AS BIGINT) AS revenue_cents,
  (count(*) FILTER (WHERE value > 0))::INTEGER AS orders
FROM orders
WHERE order_date >= CAST($1 AS DATE) AND order_date <= CAST($2 AS DATE)
GROUP BY customer_id
ORDER BY customer_id
