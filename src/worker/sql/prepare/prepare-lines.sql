-- One row per source row, parsed (see line-values.sql for the parameters). row_no is the data
-- row's number in the file (a streaming window: file order, nothing buffered); row_hash
-- identifies exact duplicate rows: a 64-bit hash of every column as read. $17 the status keys
-- that are not purchases, joined by chr(31) (a bound text, so no status is ever spliced).
CREATE OR REPLACE TABLE lines AS
SELECT
  CAST(row_no AS INTEGER) AS row_no,
  cvm_customer AS customer_id,
  cvm_date AS order_date,
  cvm_amount AS amount,
  cvm_amount < 0 AND cvm_return_sign AS is_return,
  cvm_order AS order_key,
  cvm_date_blank AS date_blank,
  cvm_amount_blank AS amount_blank,
  cvm_status AS status,
  cvm_refunded AS refunded,
  coalesce(list_contains(string_split(CAST($17 AS VARCHAR), chr(31)), cvm_status_key), false) AS excluded,
  cvm_id_control AS id_control,
  CAST(cvm_noise AS UTINYINT) AS noise,
  CAST(cvm_number_evidence AS UTINYINT) AS number_evidence,
  CAST(cvm_date_evidence AS UTINYINT) AS date_evidence,
  row_hash
FROM (SELECT row_number() OVER () AS row_no, {{line_values}}, hash(*COLUMNS(*)) AS row_hash FROM {{source}})
