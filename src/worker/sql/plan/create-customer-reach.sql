-- Which channels can reach each scored customer, from the order file's contact columns ({{email}},
-- {{phone}}, {{push}}, {{messenger}}: mapped columns or NULL): a channel reaches a customer when
-- any of their rows holds a contact for it. E-mail: a plausible address (cvm_email_key); phone:
-- at least 10 digits (a shorter number is an extension or a typo, no SMS reaches it); push token
-- and messenger id: any non-blank value. The customer id as line-values.sql reads it.
-- Parameters $1..$7: the source.
CREATE OR REPLACE TABLE customer_reach AS
SELECT c.customer_id, bool_or(c.email) AS email, bool_or(c.phone) AS phone, bool_or(c.push) AS push, bool_or(c.messenger) AS messenger
FROM (
  SELECT NULLIF(trim(cvm_strip_controls(CAST({{customer}} AS VARCHAR))), '') AS customer_id,
         cvm_email_key(CAST({{email}} AS VARCHAR)) IS NOT NULL AS email,
         length(coalesce(cvm_phone_key(CAST({{phone}} AS VARCHAR)), '')) >= 10 AS phone,
         coalesce(trim(cvm_strip_controls(CAST({{push}} AS VARCHAR))), '') <> '' AS push,
         coalesce(trim(cvm_strip_controls(CAST({{messenger}} AS VARCHAR))), '') <> '' AS messenger
  FROM {{source}}
) c
JOIN scores s ON s.customer_id = c.customer_id
GROUP BY c.customer_id
