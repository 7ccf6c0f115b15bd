-- Totals straight from the exact DECIMAL sums, not from adding rounded per-cell doubles.
SELECT count(*)::INTEGER AS customers,
       coalesce(sum(frequency), 0)::INTEGER AS purchases,
       CAST(coalesce(sum(monetary_exact), 0) AS DOUBLE) AS revenue
FROM scores
