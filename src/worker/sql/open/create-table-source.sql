-- The same shape as cvm_csv (see macros.sql) for data already in the raw table (Parquet):
-- statements read {{source}} and need not know which it is. The parameters are unused here.
CREATE OR REPLACE MACRO cvm_table(source_path, source_delim, source_header, source_skip, source_quote, source_escape, source_parallel) AS TABLE
  SELECT * FROM raw
