SELECT r, f, m,
  count(*)::INTEGER AS customers,
  sum(frequency)::INTEGER AS purchases,
  CAST(sum(monetary_exact) AS DOUBLE) AS revenue
FROM scores
GROUP BY r, f, m
ORDER BY r, f, m
