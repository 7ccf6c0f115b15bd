-- Every column as text: parsing happens in prepare-lines.sql where each failure is counted.
CREATE OR REPLACE TABLE raw AS
SELECT row_number() OVER () AS __cvm_row, *
FROM read_csv($1, all_varchar = true, delim = $2, header = $3, skip = $4, null_padding = true)
