-- What the orders of more than one line say, straight from the lines with counts only (cheap:
-- the per-order values of create-order-fill.sql are built only when some line takes them): how
-- many lines will take their order's customer, date or status, and whether any order's amounts
-- differ from line to line (then the amount column holds line amounts, summed) or some look like
-- an order total (counted once): one amount on one line, or the same amount on every line that
-- differs otherwise. Lines identical in every column are duplicates (lines-stats.sql), not
-- evidence of a total: rows that differ have different hashes, so min(row_hash) <> max(row_hash)
-- says "more than one distinct row" without a distinct count's hash set per order (which took
-- gigabytes at 10 million lines).
WITH per_order AS (
  SELECT
    -- Lines that will take a customer or date: only where another line of the order has one
    -- (an invoice with no customer on any line stays without one).
    CASE WHEN count(customer_id) > 0 THEN count(*) FILTER (WHERE customer_id IS NULL) ELSE 0 END
      + CASE WHEN count(order_date) > 0 THEN count(*) FILTER (WHERE customer_id IS NOT NULL AND order_date IS NULL AND date_blank) ELSE 0 END
      AS continuation_lines,
    CASE WHEN count(status) > 0 THEN count(*) FILTER (WHERE status IS NULL) ELSE 0 END AS status_lines,
    count(amount) >= 2 AND min(amount) <> max(amount) AS line_amounts,
    count(amount) = 1
      OR (count(amount) = count(*) AND min(amount) = max(amount) AND min(row_hash) <> max(row_hash))
      AS total_amounts
  FROM lines
  WHERE order_key IS NOT NULL
  GROUP BY order_key
  HAVING count(*) > 1
)
SELECT count(*)::INTEGER AS orders,
       coalesce(sum(continuation_lines), 0)::INTEGER AS continuation_lines,
       coalesce(sum(status_lines), 0)::INTEGER AS status_lines,
       count(*) FILTER (WHERE line_amounts)::INTEGER AS line_amount_orders,
       count(*) FILTER (WHERE total_amounts)::INTEGER AS total_amount_orders
FROM per_order
