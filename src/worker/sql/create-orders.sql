-- An order is a distinct order id of a customer (or one row when no order column is mapped);
-- its value is the sum of its rows, its date the earliest of its rows.
CREATE OR REPLACE TABLE orders AS
SELECT customer_id, min(order_date) AS order_date, sum(amount) AS value
FROM lines
WHERE customer_id IS NOT NULL AND order_date IS NOT NULL AND amount IS NOT NULL
GROUP BY customer_id, coalesce(order_key, '#' || row_no)
