-- What each segment is worth, from the scored customers of the last score: $1 is the churn
-- threshold in days (a customer without a purchase for longer is churned). Ratios are made in JS.
SELECT cs.seg,
  count(*)::INTEGER AS customers,
  sum(s.frequency)::INTEGER AS purchases,
  CAST(sum(s.monetary_exact) AS DOUBLE) AS revenue,
  count(*) FILTER (WHERE s.frequency >= 2)::INTEGER AS repeaters,
  count(*) FILTER (WHERE s.recency_days > $1)::INTEGER AS churned,
  sum(s.age_days)::BIGINT AS age_days
FROM customer_segments cs
JOIN scores s ON s.customer_id = cs.customer_id
GROUP BY cs.seg
ORDER BY cs.seg
