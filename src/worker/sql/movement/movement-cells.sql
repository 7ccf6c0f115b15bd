SELECT seg_before, seg_after, count(*)::INTEGER AS customers, count(*) FILTER (WHERE newly_churned)::INTEGER AS newly_churned
FROM movement_pairs
GROUP BY seg_before, seg_after
ORDER BY seg_before NULLS FIRST, seg_after
