-- How many customers segment number $1 holds, and how many of them have an id containing $2
-- whatever its case: the counts of the segment page's list (segment-customers.sql).
SELECT
  count(*)::INTEGER AS total,
  (count(*) FILTER (WHERE contains(lower(cs.customer_id), lower($2))))::INTEGER AS matching
FROM customer_segments cs
WHERE cs.seg = $1
