-- Customers with orders before the as-of date but no purchase (only returns or zero orders): how
-- many, their net revenue together (their returns, which the scored customers' total leaves out),
-- and the first 20 ids.
SELECT count(*) OVER ()::INTEGER AS total,
       CAST(sum(monetary_exact) OVER () AS DOUBLE) AS revenue,
       customer_id
FROM customers WHERE frequency = 0
ORDER BY customer_id LIMIT 20
