-- Rows that cannot be used, each with its row number and reason, then every column as read.
-- $1..$15 as line-values.sql; $16..$20 the reason texts (no customer, bad date, bad amount,
-- future date, duplicate), in the user's language; $21 true when duplicates are dropped; $22 the
-- reason text for a date before the earliest plausible one; $23 the status keys that are not
-- purchases joined by chr(31), as prepare-lines.sql has them, and $24 the reason text for such a
-- status, which the row's status follows; $25 true when the amount column held order totals.
-- A line of an order takes the order's customer, date and status where its own cells are blank,
-- as prepare/fill-order-lines.sql does (first non-blank value by row over the whole order), so a
-- continuation line of a line-item export is not listed for the values it leaves to its order.
-- The file's own columns travel as one struct (source_row), never beside the names of this
-- statement: a column of the file may be called cvm_date, __cvm_row or reason.
COPY (
  SELECT CAST(line_row AS INTEGER) AS "row", reason AS "reason",
         cvm_csv_text(CAST(COLUMNS(source_row.*) AS VARCHAR))
  FROM (
    SELECT line_row, source_row,
      CASE WHEN order_customer IS NULL THEN CAST($16 AS VARCHAR)
           WHEN order_date IS NULL THEN CAST($17 AS VARCHAR)
           WHEN order_amount IS NULL THEN CAST($18 AS VARCHAR)
           WHEN order_date < CAST($15 AS DATE) THEN CAST($22 AS VARCHAR)
           WHEN order_date > CAST($14 AS DATE) THEN CAST($19 AS VARCHAR)
           WHEN list_contains(string_split(CAST($23 AS VARCHAR), chr(31)), order_status_key) THEN concat_ws(': ', NULLIF(CAST($24 AS VARCHAR), ''), order_status)
           WHEN CAST($21 AS BOOLEAN) AND row_number() OVER (PARTITION BY line_hash ORDER BY line_row) > 1 THEN CAST($20 AS VARCHAR)
      END AS reason
    FROM (
      SELECT line_row, line_hash, source_row,
        CASE WHEN cvm_order IS NULL THEN cvm_customer ELSE coalesce(cvm_customer, first_value(cvm_customer IGNORE NULLS) OVER per_order) END AS order_customer,
        CASE WHEN cvm_order IS NULL OR NOT (cvm_date IS NULL AND cvm_date_blank) THEN cvm_date ELSE first_value(cvm_date IGNORE NULLS) OVER per_order END AS order_date,
        CASE WHEN cvm_order IS NULL OR cvm_amount IS NOT NULL OR NOT cvm_amount_blank OR NOT CAST($25 AS BOOLEAN) THEN cvm_amount
             WHEN count(cvm_amount) OVER per_order > 0 THEN 0 END AS order_amount,
        CASE WHEN cvm_order IS NULL THEN cvm_status ELSE coalesce(cvm_status, first_value(cvm_status IGNORE NULLS) OVER per_order) END AS order_status,
        CASE WHEN cvm_order IS NULL THEN cvm_status_key ELSE coalesce(cvm_status_key, first_value(cvm_status_key IGNORE NULLS) OVER per_order) END AS order_status_key
      FROM (SELECT row_number() OVER () AS line_row, hash(*COLUMNS(*)) AS line_hash, struct_pack(*COLUMNS(*)) AS source_row, {{line_values}}
            FROM {{source}})
      WINDOW per_order AS (PARTITION BY cvm_order ORDER BY line_row ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
    )
  )
  WHERE reason IS NOT NULL
  ORDER BY line_row
) TO {{export_file}} (HEADER, DELIMITER ',', USE_TMP_FILE false)
