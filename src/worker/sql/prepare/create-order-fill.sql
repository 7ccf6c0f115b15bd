-- The orders of more than one line, with the values their lines share: in a line-item export
-- (Shopify) the customer, date, status and total are on the order's first line only. Per order:
-- the first line's non-blank customer, date and status, and the first line that has an amount.
-- Built only when order-fill-facts.sql found lines to fill (a complete invoice file has none).
CREATE OR REPLACE TEMP TABLE order_fill AS
SELECT order_key,
       arg_min(customer_id, row_no) FILTER (WHERE customer_id IS NOT NULL) AS customer_id,
       arg_min(order_date, row_no) FILTER (WHERE order_date IS NOT NULL) AS order_date,
       arg_min(status, row_no) FILTER (WHERE status IS NOT NULL) AS status,
       arg_min(excluded, row_no) FILTER (WHERE status IS NOT NULL) AS excluded,
       min(row_no) FILTER (WHERE amount IS NOT NULL) AS amount_row
FROM lines
WHERE order_key IS NOT NULL
GROUP BY order_key
HAVING count(*) > 1
