-- The user chose to drop exact duplicate rows: keep one line per distinct row.
CREATE OR REPLACE TABLE lines AS SELECT DISTINCT ON (row_hash) * FROM lines
