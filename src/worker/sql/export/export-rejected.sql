-- Rows that cannot be used, each with its row number and reason, then every column as read.
-- $1..$16 as line-values.sql; $17..$21 the reason texts (no customer, bad date, bad amount,
-- future date, duplicate), in the user's language; $22 true when duplicates are dropped; $23 the
-- reason text for a date before the earliest plausible one; $24 the status keys that are not
-- purchases joined by chr(31), as prepare-lines.sql has them, and $25 the reason text for such a
-- status, which the row's status follows; $26 true when the amount column held order totals;
-- $27 and $28 the reason texts for the header repeated inside the data and a totals line; $29 and
-- $30 those for a line of the file that does not fit the table and a comment line, each with
-- {line} for its line number: such a line is no data row (no row number, no columns), and is
-- listed last, with its text, from left_out_lines (prepare/save-left-out-lines.sql). $31 is added
-- to a data row's number for the spreadsheet's (header and skipped lines counted:
-- lib/import/row-numbers.ts), the number the import report gives the same row.
-- A line of an order takes the order's customer, date and status where its own cells are blank,
-- as prepare/fill-order-lines.sql does (first non-blank value by row over the whole order), so a
-- continuation line of a line-item export is not listed for the values it leaves to its order.
-- The file's own columns travel as one struct (source_row), never beside the names of this
-- statement: a column of the file may be called cvm_date, __cvm_row or reason.
COPY (
  SELECT CAST(data_row + CAST($31 AS INTEGER) AS INTEGER) AS "row", reason AS "reason",
         cvm_csv_text(CAST(COLUMNS(source_row.*) AS VARCHAR))
  FROM (
  SELECT line_row AS data_row, line_row AS sort_key, source_row, reason
  FROM (
    SELECT line_row, source_row,
      CASE WHEN cvm_noise = 1 THEN CAST($27 AS VARCHAR)
           WHEN cvm_noise = 2 THEN CAST($28 AS VARCHAR)
           WHEN order_customer IS NULL THEN CAST($17 AS VARCHAR)
           WHEN order_date IS NULL THEN CAST($18 AS VARCHAR)
           WHEN order_amount IS NULL THEN CAST($19 AS VARCHAR)
           WHEN order_date < CAST($15 AS DATE) THEN CAST($23 AS VARCHAR)
           WHEN order_date > CAST($14 AS DATE) THEN CAST($20 AS VARCHAR)
           WHEN list_contains(string_split(CAST($24 AS VARCHAR), chr(31)), order_status_key) THEN concat_ws(': ', NULLIF(CAST($25 AS VARCHAR), ''), order_status)
           WHEN CAST($22 AS BOOLEAN) AND row_number() OVER (PARTITION BY line_hash ORDER BY line_row) > 1 THEN CAST($21 AS VARCHAR)
      END AS reason
    FROM (
      SELECT line_row, line_hash, source_row, cvm_noise,
        CASE WHEN cvm_order IS NULL THEN cvm_customer ELSE coalesce(cvm_customer, first_value(cvm_customer IGNORE NULLS) OVER per_order) END AS order_customer,
        CASE WHEN cvm_order IS NULL OR NOT (cvm_date IS NULL AND cvm_date_blank) THEN cvm_date ELSE first_value(cvm_date IGNORE NULLS) OVER per_order END AS order_date,
        CASE WHEN cvm_order IS NULL OR cvm_amount IS NOT NULL OR NOT cvm_amount_blank OR NOT CAST($26 AS BOOLEAN) THEN cvm_amount
             WHEN count(cvm_amount) OVER per_order > 0 THEN 0 END AS order_amount,
        CASE WHEN cvm_order IS NULL THEN cvm_status ELSE coalesce(cvm_status, first_value(cvm_status IGNORE NULLS) OVER per_order) END AS order_status,
        CASE WHEN cvm_order IS NULL THEN cvm_status_key ELSE coalesce(cvm_status_key, first_value(cvm_status_key IGNORE NULLS) OVER per_order) END AS order_status_key
      FROM (SELECT row_number() OVER () AS line_row, hash(*COLUMNS(*)) AS line_hash, struct_pack(*COLUMNS(*)) AS source_row, {{line_values}}
            FROM {{source}})
      WINDOW per_order AS (PARTITION BY cvm_order ORDER BY line_row ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
    )
  )
  WHERE reason IS NOT NULL
  UNION ALL
  -- After every data row (2^40 is beyond any row number), in file order; no columns (NULL struct).
  SELECT NULL, (1::BIGINT << 40) + line, NULL,
         cvm_csv_text(replace(CAST(CASE kind WHEN 'comment' THEN $30 ELSE $29 END AS VARCHAR), '{line}', CAST(line AS VARCHAR)) || ': ' || text)
  FROM left_out_lines
  )
  ORDER BY sort_key
) TO {{export_file}} (HEADER, DELIMITER ',', USE_TMP_FILE false)
