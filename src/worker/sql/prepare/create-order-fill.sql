-- The orders of more than one line, with the values their lines share: in a line-item export
-- (Shopify) the customer, date, status and total are on the order's first line only. Per order:
-- the first line's non-blank customer, date and status, the first line that has an amount, and
-- what its amounts say about the amount column: one amount on one line, or the same amount on
-- every line that differs otherwise, is an order total; different amounts are line amounts.
-- Lines identical in every column are duplicates (lines-stats.sql), not evidence of a total.
CREATE OR REPLACE TEMP TABLE order_fill AS
SELECT order_key,
       arg_min(customer_id, row_no) FILTER (WHERE customer_id IS NOT NULL) AS customer_id,
       arg_min(order_date, row_no) FILTER (WHERE order_date IS NOT NULL) AS order_date,
       arg_min(status, row_no) FILTER (WHERE status IS NOT NULL) AS status,
       arg_min(excluded, row_no) FILTER (WHERE status IS NOT NULL) AS excluded,
       min(row_no) FILTER (WHERE amount IS NOT NULL) AS amount_row,
       -- Lines that will take a customer or date: only where another line of the order has one
       -- (an invoice with no customer on any line stays without one).
       CASE WHEN count(customer_id) > 0 THEN count(*) FILTER (WHERE customer_id IS NULL) ELSE 0 END
         + CASE WHEN count(order_date) > 0 THEN count(*) FILTER (WHERE customer_id IS NOT NULL AND order_date IS NULL AND date_blank) ELSE 0 END
         AS continuation_lines,
       CASE WHEN count(status) > 0 THEN count(*) FILTER (WHERE status IS NULL) ELSE 0 END AS status_lines,
       count(amount) >= 2 AND min(amount) <> max(amount) AS line_amounts,
       count(amount) = 1 OR (count(amount) = count(*) AND min(amount) = max(amount) AND count(DISTINCT row_hash) > 1) AS total_amounts
FROM lines
WHERE order_key IS NOT NULL
GROUP BY order_key
HAVING count(*) > 1
