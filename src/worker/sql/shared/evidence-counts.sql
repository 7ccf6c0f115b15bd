-- A fragment, not a statement: the format evidence of `date_evidence` and `number_evidence`
-- values (cvm_date_evidence and cvm_number_evidence in macros.sql), counted. The open file's
-- first rows (column-profile.sql) and every parsed line (lines-stats.sql) are counted the same
-- way; engine/evidence.ts reads these columns.
count(*) FILTER (WHERE date_evidence = 1)::INTEGER AS date_day_first,
count(*) FILTER (WHERE date_evidence = 2)::INTEGER AS date_month_first,
count(*) FILTER (WHERE date_evidence = 4)::INTEGER AS date_dotted,
count(*) FILTER (WHERE date_evidence = 8)::INTEGER AS date_ambiguous,
count(*) FILTER (WHERE number_evidence & 1 > 0)::INTEGER AS number_point,
count(*) FILTER (WHERE number_evidence & 2 > 0)::INTEGER AS number_comma,
count(*) FILTER (WHERE number_evidence & 4 > 0)::INTEGER AS number_ambiguous
