-- Which channels can reach each scored customer, from the order file's contact columns ({{email}},
-- {{phone}}, {{push}}, {{messenger}}: mapped columns or NULL): a channel reaches a customer when
-- any of their rows holds a contact for it. E-mail: a plausible address (cvm_email_key); phone:
-- at least 10 digits (a shorter number is an extension or a typo, no SMS reaches it); push token
-- and messenger id: any non-blank value. The customer id as line-values.sql reads it. The value
-- kept per channel (for the target lists) is the greatest valid one: a customer's rows usually
-- repeat one, and a fixed choice gives the same list on every run. A phone is kept as its digits
-- (cvm_phone_key: 8 (900) … and +7 900 … are one number): what SMS gateways take, and no leading
-- "+" a spreadsheet would read as a formula.
-- Parameters $1..$7: the source.
CREATE OR REPLACE TABLE customer_reach AS
SELECT c.customer_id, bool_or(c.email) AS email, bool_or(c.phone) AS phone, bool_or(c.push) AS push, bool_or(c.messenger) AS messenger,
       max(c.email_value) FILTER (WHERE c.email) AS email_value,
       max(cvm_phone_key(c.phone_value)) FILTER (WHERE c.phone) AS phone_value,
       max(c.push_value) FILTER (WHERE c.push) AS push_value,
       max(c.messenger_value) FILTER (WHERE c.messenger) AS messenger_value
FROM (
  SELECT customer_id, email_value, phone_value, push_value, messenger_value,
         cvm_email_key(email_value) IS NOT NULL AS email,
         length(coalesce(cvm_phone_key(phone_value), '')) >= 10 AS phone,
         coalesce(push_value, '') <> '' AS push,
         coalesce(messenger_value, '') <> '' AS messenger
  FROM (
    SELECT NULLIF(trim(cvm_strip_controls(CAST({{customer}} AS VARCHAR))), '') AS customer_id,
           NULLIF(trim(cvm_strip_controls(CAST({{email}} AS VARCHAR))), '') AS email_value,
           NULLIF(trim(cvm_strip_controls(CAST({{phone}} AS VARCHAR))), '') AS phone_value,
           NULLIF(trim(cvm_strip_controls(CAST({{push}} AS VARCHAR))), '') AS push_value,
           NULLIF(trim(cvm_strip_controls(CAST({{messenger}} AS VARCHAR))), '') AS messenger_value
    FROM {{source}}
  )
) c
JOIN scores s ON s.customer_id = c.customer_id
GROUP BY c.customer_id
