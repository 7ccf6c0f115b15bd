-- Each scored customer's contacts from the order file ({{email}}, {{phone}}: mapped columns or
-- NULL), as keys (cvm_email_key, cvm_phone_key); the customer id as line-values.sql reads it.
-- Parameters $1..$7: the source.
CREATE OR REPLACE TABLE customer_contacts AS
SELECT DISTINCT c.customer_id, c.email_key, c.phone_key
FROM (
  SELECT NULLIF(trim(cvm_strip_controls(CAST({{customer}} AS VARCHAR))), '') AS customer_id,
         cvm_email_key(CAST({{email}} AS VARCHAR)) AS email_key,
         cvm_phone_key(CAST({{phone}} AS VARCHAR)) AS phone_key
  FROM {{source}}
) c
JOIN scores s ON s.customer_id = c.customer_id
WHERE c.email_key IS NOT NULL OR c.phone_key IS NOT NULL
