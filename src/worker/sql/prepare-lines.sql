-- {{source}} is cvm_csv or cvm_table with the source parameters $1..$4; the other {{...}} are
-- column names chosen by the user, filled only through quoteIdent() (or NULL when unmapped).
-- $5 date format and $6 timestamp format found by the CSV sniffer (NULL when none);
-- $7 true when the amount is quantity x price.
CREATE OR REPLACE TABLE lines AS
SELECT
  NULLIF(trim(CAST({{customer}} AS VARCHAR)), '') AS customer_id,
  cvm_parse_date(CAST({{date}} AS VARCHAR), CAST($5 AS VARCHAR), CAST($6 AS VARCHAR)) AS order_date,
  -- Widened before multiplying: DECIMAL(18,4) x DECIMAL(18,4) overflows from 10^10 per line.
  CASE WHEN CAST($7 AS BOOLEAN) THEN CAST(cvm_parse_money({{quantity}}) AS DECIMAL(38, 4)) * cvm_parse_money({{price}})
       ELSE cvm_parse_money({{amount}}) END AS amount,
  NULLIF(trim(CAST({{order}} AS VARCHAR)), '') AS order_key
FROM {{source}}
