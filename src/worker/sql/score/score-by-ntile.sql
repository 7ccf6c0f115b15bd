-- Equal-size groups; ties are broken by customer id so the same file always gives the same scores.
CREATE OR REPLACE TABLE scores AS
SELECT
  customer_id, recency_days, frequency, monetary_exact, monetary, last_purchase, age_days,
  ntile($1) OVER (ORDER BY recency_days DESC, customer_id)::INTEGER AS r,
  ntile($2) OVER (ORDER BY frequency, customer_id)::INTEGER AS f,
  ntile($3) OVER (ORDER BY monetary_exact, customer_id)::INTEGER AS m
FROM rfm_base
