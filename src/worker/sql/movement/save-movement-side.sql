-- One side ($2) of a movement from the last score: each scored customer's segment number and
-- whether they count as churned then (no purchase for more than $1 days).
INSERT INTO movement_sides
SELECT $2, cs.customer_id, cs.seg, s.recency_days > $1
FROM customer_segments cs
JOIN scores s ON s.customer_id = cs.customer_id
