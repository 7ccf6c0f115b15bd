-- Rows that cannot be used, each with its row number and reason, then every column as read.
-- $1..$14 as line-values.sql; $15..$19 the reason texts (no customer, bad date, bad amount,
-- future date, duplicate), in the user's language; $20 true when duplicates are dropped.
COPY (
  SELECT CAST(__cvm_row AS INTEGER) AS "row", __cvm_reason AS "reason",
         cvm_csv_text(CAST(COLUMNS(c -> NOT starts_with(c, '__cvm') AND NOT starts_with(c, 'cvm_')) AS VARCHAR))
  FROM (
    SELECT *,
      CASE WHEN cvm_customer IS NULL THEN CAST($15 AS VARCHAR)
           WHEN cvm_date IS NULL THEN CAST($16 AS VARCHAR)
           WHEN cvm_amount IS NULL THEN CAST($17 AS VARCHAR)
           WHEN cvm_future THEN CAST($18 AS VARCHAR)
           WHEN CAST($20 AS BOOLEAN) AND row_number() OVER (PARTITION BY __cvm_hash ORDER BY __cvm_row) > 1 THEN CAST($19 AS VARCHAR)
      END AS __cvm_reason
    FROM (SELECT *, {{line_values}}
          FROM (SELECT row_number() OVER () AS __cvm_row, hash(*COLUMNS(*)) AS __cvm_hash, * FROM {{source}}))
  )
  WHERE __cvm_reason IS NOT NULL
  ORDER BY __cvm_row
) TO {{export_file}} (HEADER, DELIMITER ',', USE_TMP_FILE false)
