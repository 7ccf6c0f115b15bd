-- The user chose to treat ids that differ only in case or spaces as one customer: each group
-- takes its first spelling in sort order.
CREATE OR REPLACE TABLE lines AS
SELECT * REPLACE (min(customer_id) OVER (PARTITION BY cvm_id_key(customer_id)) AS customer_id) FROM lines
