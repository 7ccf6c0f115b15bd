-- Parsing helpers shared by every import. Money is parsed to DECIMAL so sums never drift;
-- a lone decimal comma ("12,50") is accepted, anything else unparseable becomes NULL and is counted.
-- COALESCE evaluates its second argument only for rows the first left NULL, so the regular
-- expression costs nothing on ordinary numbers.
CREATE OR REPLACE MACRO cvm_parse_money(s) AS
  coalesce(
    TRY_CAST(trim(s) AS DECIMAL(18, 4)),
    TRY_CAST(regexp_replace(trim(s), '^(-?[0-9]+),([0-9]+)$', '\1.\2') AS DECIMAL(18, 4))
  );
-- Date part only: a timestamp's time is dropped, never shifted by a time zone. ISO text is tried
-- first (unambiguous, and the common case), then the formats the CSV sniffer found.
CREATE OR REPLACE MACRO cvm_parse_date(s, date_format, timestamp_format) AS
  CAST(coalesce(
    TRY_CAST(trim(s) AS TIMESTAMP),
    try_strptime(trim(s), timestamp_format),
    try_strptime(trim(s), date_format)
  ) AS DATE);
-- Spreadsheet formula injection: text cells starting with = + - @ tab or CR get a leading quote.
CREATE OR REPLACE MACRO cvm_csv_text(s) AS
  CASE WHEN regexp_matches(s, '^[=+\-@\t\r]') THEN '''' || s ELSE s END;
-- A dropped CSV read as text, straight from its file handle, each time it is needed: it is never
-- copied into a table, so the tab holds only the parsed order lines. The parameter names differ
-- from read_csv's own option names on purpose: DuckDB would confuse them.
CREATE OR REPLACE MACRO cvm_csv(source_path, source_delim, source_header, source_skip) AS TABLE
  SELECT * FROM read_csv(source_path, all_varchar = true, delim = source_delim, header = source_header,
                         skip = source_skip, null_padding = true);
