-- Orders written by export-orders.sql, registered as $1: types stated, nothing sniffed, so a
-- kept dataset reads back exactly as it was built (value is create-orders.sql's sum type).
CREATE OR REPLACE TABLE orders AS
SELECT customer_id, order_date, value
FROM read_csv($1, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
  columns = {'customer_id': 'VARCHAR', 'order_date': 'DATE', 'value': 'DECIMAL(38,4)'})
