-- Rows that cannot be used, each with its row number and reason, then every column as read.
-- $1..$15 as line-values.sql; $16..$20 the reason texts (no customer, bad date, bad amount,
-- future date, duplicate), in the user's language; $21 true when duplicates are dropped; $22 the
-- reason text for a date before the earliest plausible one; $23 the status keys that are not
-- purchases joined by chr(31), as prepare-lines.sql has them, and $24 the reason text for such a
-- status, which the row's status follows.
-- The file's own columns travel as one struct (source_row), never beside the names of this
-- statement: a column of the file may be called cvm_date, __cvm_row or reason.
COPY (
  SELECT CAST(line_row AS INTEGER) AS "row", reason AS "reason",
         cvm_csv_text(CAST(COLUMNS(source_row.*) AS VARCHAR))
  FROM (
    SELECT line_row, source_row,
      CASE WHEN cvm_customer IS NULL THEN CAST($16 AS VARCHAR)
           WHEN cvm_date IS NULL THEN CAST($17 AS VARCHAR)
           WHEN cvm_amount IS NULL THEN CAST($18 AS VARCHAR)
           WHEN cvm_early THEN CAST($22 AS VARCHAR)
           WHEN cvm_future THEN CAST($19 AS VARCHAR)
           WHEN list_contains(string_split(CAST($23 AS VARCHAR), chr(31)), cvm_status_key) THEN concat_ws(': ', NULLIF(CAST($24 AS VARCHAR), ''), cvm_status)
           WHEN CAST($21 AS BOOLEAN) AND row_number() OVER (PARTITION BY line_hash ORDER BY line_row) > 1 THEN CAST($20 AS VARCHAR)
      END AS reason
    FROM (SELECT row_number() OVER () AS line_row, hash(*COLUMNS(*)) AS line_hash, struct_pack(*COLUMNS(*)) AS source_row, {{line_values}}
          FROM {{source}})
  )
  WHERE reason IS NOT NULL
  ORDER BY line_row
) TO {{export_file}} (HEADER, DELIMITER ',', USE_TMP_FILE false)
