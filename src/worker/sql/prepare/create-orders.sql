-- An order is a distinct order id of a customer; its value is the sum of its rows, its date the
-- earliest of its rows. A row whose order id is blank is an order of its own. Rows dated after
-- $1 (today) or before $2 (the earliest plausible date), and rows of an order whose status is
-- not a purchase (cancelled, refunded, ...), are counted in the report, never used. A partially
-- refunded order counts at its value less the refunded amount (on its first line in Shopify's
-- export; a line's own refund otherwise).
CREATE OR REPLACE TABLE orders AS
SELECT customer_id, min(order_date) AS order_date, sum(amount) - coalesce(sum(refunded), 0) AS value
FROM lines
WHERE cvm_line_used(customer_id, order_date, amount, $1, $2) AND NOT excluded AND order_key IS NOT NULL
GROUP BY customer_id, order_key
UNION ALL
SELECT customer_id, order_date, amount - coalesce(refunded, 0)
FROM lines
WHERE cvm_line_used(customer_id, order_date, amount, $1, $2) AND NOT excluded AND order_key IS NULL
