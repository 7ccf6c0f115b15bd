-- Every column as text: parsing happens in prepare-lines.sql where each failure is counted.
-- No row-number column: the table's rowid (insertion order, single-threaded) is the data row
-- number minus one, and a window here would hold the whole file in memory a second time.
CREATE OR REPLACE TABLE raw AS
SELECT *
FROM read_csv($1, all_varchar = true, delim = $2, header = $3, skip = $4, null_padding = true)
