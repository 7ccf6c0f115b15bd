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
  count(*) FILTER (WHERE date_evidence = 1)::INTEGER AS date_day_first,
  count(*) FILTER (WHERE date_evidence = 2)::INTEGER AS date_month_first,
  count(*) FILTER (WHERE date_evidence = 4)::INTEGER AS date_dotted,
  count(*) FILTER (WHERE date_evidence = 8)::INTEGER AS date_ambiguous,
  count(*) FILTER (WHERE number_evidence & 1 > 0)::INTEGER AS number_point,
  count(*) FILTER (WHERE number_evidence & 2 > 0)::INTEGER AS number_comma,
  count(*) FILTER (WHERE number_evidence & 4 > 0)::INTEGER AS number_ambiguous
FROM lines
