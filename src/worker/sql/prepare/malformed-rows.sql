-- The lines DuckDB's reader left out of the last read of file $1 (cvm_csv's store_rejects: more or
-- fewer fields than the header, a quote it could not read), one row a line (a line missing two
-- fields has two errors), in file order. DuckDB's text of a line after a blank one starts with
-- the blank line's break, which would open the example with an empty line.
WITH scan AS (SELECT max(scan_id) AS id FROM reject_scans WHERE file_path = $1)
SELECT line::INTEGER AS line, trim(min(csv_line), chr(13) || chr(10)) AS text
FROM reject_errors, scan
WHERE reject_errors.scan_id = scan.id
GROUP BY line
ORDER BY line
