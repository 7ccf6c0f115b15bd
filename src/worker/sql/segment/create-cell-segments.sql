-- The cell map in one statement: $1 cells (r * 100 + f * 10 + m) and $2 their segment numbers,
-- both comma-separated in the same order (duckdb-wasm cannot bind lists; one INSERT per cell
-- cost about 1 ms each). Segment numbers index the engine's list of segment ids.
CREATE OR REPLACE TEMP TABLE cell_segments AS
SELECT CAST(cell AS INTEGER) AS cell, CAST(seg AS INTEGER) AS seg
FROM (SELECT unnest(string_split($1, ',')) AS cell, unnest(string_split($2, ',')) AS seg)
WHERE cell <> ''
