-- A survey export as text, every column as written (a form tool's CSV: comma, quotes, a header).
SELECT * FROM read_csv($1, all_varchar = true, header = true)
