SELECT count(*) OVER ()::INTEGER AS total, customer_id
FROM customers WHERE frequency = 0
ORDER BY customer_id LIMIT 20
