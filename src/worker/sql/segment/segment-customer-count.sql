-- How many customers segment number $1 holds, how many of them have an id containing $2 whatever
-- its case (the counts of the segment page's list, segment-customers.sql), and the range of their
-- days since the last purchase, purchases and net revenue (NULL for an empty segment).
SELECT
  count(*)::INTEGER AS total,
  (count(*) FILTER (WHERE contains(lower(cs.customer_id), lower($2))))::INTEGER AS matching,
  min(s.recency_days)::INTEGER AS min_recency, max(s.recency_days)::INTEGER AS max_recency,
  min(s.frequency)::INTEGER AS min_frequency, max(s.frequency)::INTEGER AS max_frequency,
  CAST(round(min(s.monetary_exact), 2) AS DOUBLE) AS min_monetary, CAST(round(max(s.monetary_exact), 2) AS DOUBLE) AS max_monetary
FROM customer_segments cs
JOIN scores s ON s.customer_id = cs.customer_id
WHERE cs.seg = $1
