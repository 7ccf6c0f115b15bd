-- Every row lands in exactly one bucket: used, or the first problem found.
SELECT
  count(*)::INTEGER AS rows,
  count(*) FILTER (WHERE customer_id IS NULL)::INTEGER AS no_customer,
  count(*) FILTER (WHERE customer_id IS NOT NULL AND order_date IS NULL)::INTEGER AS bad_date,
  count(*) FILTER (WHERE customer_id IS NOT NULL AND order_date IS NOT NULL AND amount IS NULL)::INTEGER AS bad_amount,
  count(*) FILTER (WHERE customer_id IS NOT NULL AND order_date IS NOT NULL AND amount IS NOT NULL)::INTEGER AS used
FROM lines
