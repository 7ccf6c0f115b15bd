SELECT row_no::INTEGER AS row, date_text AS value
FROM lines WHERE customer_id IS NOT NULL AND order_date IS NULL
ORDER BY row_no LIMIT 5
