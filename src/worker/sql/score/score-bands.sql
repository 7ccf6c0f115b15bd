SELECT 'r' AS axis, r AS score, count(*)::INTEGER AS customers,
       min(recency_days)::DOUBLE AS min, max(recency_days)::DOUBLE AS max
FROM scores GROUP BY r
UNION ALL
SELECT 'f', f, count(*)::INTEGER, min(frequency)::DOUBLE, max(frequency)::DOUBLE FROM scores GROUP BY f
UNION ALL
SELECT 'm', m, count(*)::INTEGER, min(monetary), max(monetary) FROM scores GROUP BY m
