SELECT customer_id, seg FROM customer_segments ORDER BY customer_id
