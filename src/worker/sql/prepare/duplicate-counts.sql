-- Rows identical to an earlier row, how many of them are used rows, and how many repeat a line
-- item within one order (they carry an order id).
SELECT coalesce(sum(n - 1), 0)::INTEGER AS duplicates,
       coalesce(sum(n - 1) FILTER (WHERE used), 0)::INTEGER AS used_duplicates,
       coalesce(sum(n - 1) FILTER (WHERE in_order), 0)::INTEGER AS order_duplicates
FROM duplicate_groups
