-- Every read of a CSV adds its rejected lines to DuckDB's rejects tables, which would grow with each
-- prepare, export and re-read of a damaged file; what the report needs is in left_out_lines.
DELETE FROM reject_errors
