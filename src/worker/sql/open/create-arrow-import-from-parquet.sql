-- Native DuckDB only (its parquet extension is built in; DuckDB-WASM's would be downloaded): one
-- Parquet file or a glob of them, as the table an Arrow stream becomes in the browser.
CREATE OR REPLACE TABLE arrow_import AS
SELECT *
FROM read_parquet($1)
