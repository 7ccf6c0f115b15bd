CREATE OR REPLACE TABLE raw AS
SELECT row_number() OVER () AS __cvm_row, COLUMNS(*)::VARCHAR
FROM arrow_import
