-- The customers of one segment (customer_segments' number $1) with their contact for each channel
-- (NULL where the channel cannot reach them) and what a message may say about them: the date of
-- the last purchase (a DATE, written as YYYY-MM-DD: no time zone can move it) and the days since.
-- Ordered by customer id, so the control group drawn from it is the same on every run.
SELECT cs.customer_id, s.recency_days::INTEGER AS recency_days, CAST(s.last_purchase AS VARCHAR) AS last_purchase,
       r.email_value AS email, r.phone_value AS phone, r.push_value AS push, r.messenger_value AS messenger
FROM customer_segments cs
JOIN scores s ON s.customer_id = cs.customer_id
LEFT JOIN customer_reach r ON r.customer_id = cs.customer_id
WHERE cs.seg = $1
ORDER BY cs.customer_id
