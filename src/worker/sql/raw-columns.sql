SELECT column_name AS name
FROM (DESCRIBE raw)
WHERE column_name <> '__cvm_row'
