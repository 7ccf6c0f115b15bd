SELECT cs.seg,
  count(*)::INTEGER AS customers,
  sum(s.frequency)::INTEGER AS purchases,
  CAST(sum(s.monetary_exact) AS DOUBLE) AS revenue
FROM customer_segments cs
JOIN scores s ON s.customer_id = cs.customer_id
GROUP BY cs.seg
ORDER BY cs.seg
