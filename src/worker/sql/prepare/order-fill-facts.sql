-- What the orders of more than one line say (create-order-fill.sql): how many lines take their
-- order's values, and whether any order's amounts differ from line to line (then the amount
-- column holds line amounts, summed) or some look like an order total (counted once).
SELECT count(*)::INTEGER AS orders,
       coalesce(sum(continuation_lines), 0)::INTEGER AS continuation_lines,
       coalesce(sum(status_lines), 0)::INTEGER AS status_lines,
       count(*) FILTER (WHERE line_amounts)::INTEGER AS line_amount_orders,
       count(*) FILTER (WHERE total_amounts)::INTEGER AS total_amount_orders
FROM order_fill
