-- The customers of one cell of the last movement: before $1 (-2: not yet a customer), after $2;
-- the first $3 by id.
SELECT customer_id FROM movement_pairs
WHERE coalesce(seg_before, -2) = $1 AND seg_after = $2
ORDER BY customer_id
LIMIT $3
