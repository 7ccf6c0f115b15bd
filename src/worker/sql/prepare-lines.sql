-- {{...}} are column names chosen by the user, filled only through quoteIdent() (or NULL when unmapped).
-- $1 date format and $2 timestamp format found by the CSV sniffer (NULL when none).
CREATE OR REPLACE TABLE lines AS
SELECT
  __cvm_row AS row_no,
  NULLIF(trim(CAST({{customer}} AS VARCHAR)), '') AS customer_id,
  CAST({{date}} AS VARCHAR) AS date_text,
  cvm_parse_date(CAST({{date}} AS VARCHAR), CAST($1 AS VARCHAR), CAST($2 AS VARCHAR)) AS order_date,
  CASE WHEN CAST($3 AS BOOLEAN) THEN cvm_parse_money({{quantity}}) * cvm_parse_money({{price}})
       ELSE cvm_parse_money({{amount}}) END AS amount,
  CASE WHEN CAST($3 AS BOOLEAN) THEN concat_ws(' x ', {{quantity}}, {{price}}) ELSE CAST({{amount}} AS VARCHAR) END AS amount_text,
  coalesce(NULLIF(trim(CAST({{order}} AS VARCHAR)), ''), '#' || __cvm_row) AS order_key
FROM raw
