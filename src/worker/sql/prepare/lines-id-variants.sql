-- Customer ids that differ only in case or spaces ("AB 12", "ab12"): how many such groups, and a few.
SELECT count(*) OVER ()::INTEGER AS total, variants
FROM (
  SELECT list(customer_id ORDER BY customer_id) AS variants
  FROM (SELECT DISTINCT customer_id FROM lines WHERE customer_id IS NOT NULL)
  GROUP BY cvm_id_key(customer_id) HAVING count(*) > 1
)
ORDER BY variants[1] LIMIT 5
