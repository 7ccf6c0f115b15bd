-- The first columns are the contract shared with `npm run rfm`; more may follow, never before.
-- $1 false: every scored customer; true: only those of segment number $2 (the segment page's
-- download and `npm run rfm --segment`), the same columns either way.
COPY (
  SELECT
    cvm_csv_text(s.customer_id) AS customer_id,
    s.recency_days,
    s.frequency,
    CAST(round(s.monetary_exact, 2) AS DECIMAL(18, 2)) AS monetary,
    s.r, s.f, s.m,
    CAST(s.r * 100 + s.f * 10 + s.m AS VARCHAR) AS cell,
    cvm_csv_text(sl.label) AS segment,
    strftime(s.last_purchase, '%Y-%m-%d') AS last_purchase
  FROM scores s
  JOIN customer_segments cs ON cs.customer_id = s.customer_id
  LEFT JOIN segment_labels sl ON sl.seg = cs.seg
  WHERE NOT $1 OR cs.seg = $2
  ORDER BY s.customer_id
) TO {{export_file}} (HEADER, DELIMITER ',', USE_TMP_FILE false)
