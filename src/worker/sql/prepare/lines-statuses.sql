-- Every status of the mapped status column over the rows otherwise usable, with its rows and
-- orders and whether it is left out, the largest first: the report's per-status counts and the
-- mapping screen's choice. Spellings of one status ("Paid", "paid") are one status, shown as the
-- first spelling met. $1 today, $2 the earliest plausible date.
SELECT arg_min(status, row_no) AS status,
       count(*)::INTEGER AS rows,
       count(DISTINCT coalesce(order_key, '#' || row_no))::INTEGER AS orders,
       bool_or(excluded) AS excluded
FROM lines
WHERE status IS NOT NULL AND cvm_line_used(customer_id, order_date, amount, $1, $2)
GROUP BY replace(regexp_replace(lower(status), '[\s_.-]+', '', 'g'), 'ё', 'е')
ORDER BY rows DESC, status
