-- The values at the requested 1-based sorted positions ($1, comma separated) of each axis,
-- from which cut points are interpolated exactly as R's quantile(type = 7) does.
WITH wanted AS (SELECT CAST(unnest(string_split($1, ',')) AS BIGINT) AS pos)
SELECT 'r' AS axis, pos::INTEGER AS pos, x FROM (
  SELECT CAST(recency_days AS DOUBLE) AS x, row_number() OVER (ORDER BY recency_days) AS pos FROM rfm_base
) JOIN wanted USING (pos)
UNION ALL
SELECT 'f', pos::INTEGER, x FROM (
  SELECT CAST(frequency AS DOUBLE) AS x, row_number() OVER (ORDER BY frequency) AS pos FROM rfm_base
) JOIN wanted USING (pos)
UNION ALL
SELECT 'm', pos::INTEGER, x FROM (
  SELECT monetary AS x, row_number() OVER (ORDER BY monetary_exact) AS pos FROM rfm_base
) JOIN wanted USING (pos)
