-- The first line DuckDB's reader left out of the last read of file $1, with its line number: the
-- example of a file none of whose rows fit the header.
SELECT line::INTEGER AS line, split_part(trim(replace(csv_line, chr(13), ''), chr(10)), chr(10), 1) AS text, error_type
FROM reject_errors
WHERE scan_id = (SELECT max(scan_id) FROM reject_scans WHERE file_path = $1)
ORDER BY line
LIMIT 1
