-- The lines DuckDB's reader left out of the last read of file $1 (cvm_csv's store_rejects: more or
-- fewer fields than the header, a quote it could not read), one row a line (a line missing two
-- fields has two errors), kept for the import report and the rows-not-used download: the rejects
-- tables are emptied after (clear-rejects.sql), as every read adds to them. DuckDB's text of a line
-- after a blank one starts with the blank line's break, which would open the text with an empty
-- line. A quote that never closes takes every line after it into its cell, and they are left out
-- with it: `lines` counts the lines of the file the text covers, `text` is its first.
CREATE OR REPLACE TABLE left_out_lines AS
WITH scan AS (SELECT max(scan_id) AS id FROM reject_scans WHERE file_path = $1),
     rejected AS (
       SELECT line, trim(replace(min(csv_line), chr(13), ''), chr(10)) AS full_text, bool_or(error_type = 'UNQUOTED VALUE') AS quote_error
       FROM reject_errors, scan
       WHERE reject_errors.scan_id = scan.id
       GROUP BY line
     )
SELECT CAST(line AS INTEGER) AS line, 'malformed' AS kind, split_part(full_text, chr(10), 1) AS text,
       CAST(length(full_text) - length(replace(full_text, chr(10), '')) + 1 AS INTEGER) AS lines,
       quote_error
FROM rejected
