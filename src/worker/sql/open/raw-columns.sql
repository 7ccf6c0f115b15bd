SELECT column_name AS name FROM (DESCRIBE raw)
