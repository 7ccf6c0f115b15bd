-- Every row lands in exactly one bucket: used, or the first problem found (no customer, bad
-- date, bad amount, future date). Returns and the format evidence are counted across those
-- buckets; duplicates in create-duplicate-groups.sql. $1 today.
SELECT
  count(*)::INTEGER AS rows,
  count(*) FILTER (WHERE customer_id IS NULL)::INTEGER AS no_customer,
  count(*) FILTER (WHERE customer_id IS NOT NULL AND order_date IS NULL)::INTEGER AS bad_date,
  count(*) FILTER (WHERE customer_id IS NOT NULL AND order_date IS NOT NULL AND amount IS NULL)::INTEGER AS bad_amount,
  count(*) FILTER (WHERE customer_id IS NOT NULL AND order_date > CAST($1 AS DATE) AND amount IS NOT NULL)::INTEGER AS future_date,
  count(*) FILTER (WHERE customer_id IS NOT NULL AND order_date <= CAST($1 AS DATE) AND amount IS NOT NULL)::INTEGER AS used,
  count(*) FILTER (WHERE is_return)::INTEGER AS returns,
  {{evidence_counts}}
FROM lines
