-- The orders of the prepared dataset, for the compact copy kept on the device (load-orders.sql
-- reads it back). Text keeps every DECIMAL digit and every date as written: nothing drifts.
COPY (SELECT customer_id, order_date, value FROM orders)
TO {{export_file}} (HEADER, DELIMITER ',', USE_TMP_FILE false)
