-- "The data as understood": every column of the source as it was read, UTF-8, comma, RFC 4180
-- quoting, header first. Text that a spreadsheet would run as a formula is neutralised.
COPY (SELECT cvm_csv_text(CAST(COLUMNS(*) AS VARCHAR)) FROM {{source}})
TO {{export_file}} (HEADER, DELIMITER ',', USE_TMP_FILE false)
