-- Every row lands in exactly one bucket: used, or the first problem found (no customer, bad
-- date, bad amount, a date before the earliest plausible one, future date, an order status that
-- is not a purchase such as cancelled: excluded in prepare-lines.sql). Returns are counted among
-- the rows used only (a return in a row left out lowers nothing); ids with
-- control characters and the format evidence are counted across those buckets; duplicates in
-- create-duplicate-groups.sql. $1 today, $2 the earliest plausible date.
SELECT
  count(*)::INTEGER AS rows,
  count(*) FILTER (WHERE customer_id IS NULL)::INTEGER AS no_customer,
  count(*) FILTER (WHERE customer_id IS NOT NULL AND order_date IS NULL)::INTEGER AS bad_date,
  count(*) FILTER (WHERE customer_id IS NOT NULL AND order_date IS NOT NULL AND amount IS NULL)::INTEGER AS bad_amount,
  count(*) FILTER (WHERE customer_id IS NOT NULL AND order_date < CAST($2 AS DATE) AND amount IS NOT NULL)::INTEGER AS early_date,
  count(*) FILTER (WHERE customer_id IS NOT NULL AND order_date > CAST($1 AS DATE) AND amount IS NOT NULL)::INTEGER AS future_date,
  count(*) FILTER (WHERE cvm_line_used(customer_id, order_date, amount, $1, $2) AND NOT excluded)::INTEGER AS used,
  count(*) FILTER (WHERE cvm_line_used(customer_id, order_date, amount, $1, $2) AND excluded)::INTEGER AS excluded_status,
  count(*) FILTER (WHERE is_return AND cvm_line_used(customer_id, order_date, amount, $1, $2) AND NOT excluded)::INTEGER AS returns,
  count(*) FILTER (WHERE id_control AND customer_id IS NOT NULL)::INTEGER AS id_control,
  {{evidence_counts}}
FROM lines
