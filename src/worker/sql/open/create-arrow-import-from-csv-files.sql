-- Native DuckDB only (the command line's --engine native): a folder or a glob of CSV files with
-- one header (cli/open-file.ts checks it), read as one table, every column as text as the table
-- path reads any other (create-raw-from-arrow.sql). DuckDB's sniffer reads the first file; the
-- others are read with its dialect.
CREATE OR REPLACE TABLE arrow_import AS
SELECT *
FROM read_csv($1, all_varchar = true, union_by_name = false)
