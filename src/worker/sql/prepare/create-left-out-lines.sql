-- No line of the file was left out by the reader (a table source: Parquet, Excel, JSON).
CREATE OR REPLACE TABLE left_out_lines (line INTEGER, kind VARCHAR, text VARCHAR, lines INTEGER, quote_error BOOLEAN)
