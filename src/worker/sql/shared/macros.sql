-- Parsing helpers shared by every import. Money is parsed to DECIMAL so sums never drift.
-- Locale formats: the decimal separator is decided per file from the whole column (see
-- engine/prepare.ts); $decimal_comma says which one a statement uses. A value that fits neither
-- the chosen format nor a plain number becomes NULL and is counted, never guessed.
--
-- Text with currency signs, currency words and grouping spaces removed ("1 234,56 руб." ->
-- "1234,56"): regular spaces, no-break U+00A0, narrow no-break U+202F, thin U+2009, apostrophes.
-- DuckDB hoists an expression used twice into one computed for every row, before any CASE
-- picks rows; so the expensive parts of these macros are themselves guarded by a cheap test,
-- and a plain number ("12.50", read by a cast) never reaches a regular expression.
CREATE OR REPLACE MACRO cvm_money_clean(s) AS
  CASE WHEN TRY_CAST(trim(s) AS DECIMAL(18, 4)) IS NOT NULL THEN trim(s)
       ELSE regexp_replace(trim(s), '[\s\x{00A0}\x{202F}\x{2009}''’₽$€£¥]|руб\.?|р\.|rub\.?|usd|eur|gbp', '', 'gi') END;
-- "1,234.56" / "1234.56": point decimal, comma thousands (groups of exactly three digits).
CREATE OR REPLACE MACRO cvm_money_point(t) AS
  CASE WHEN regexp_full_match(t, '[-+]?(\d{1,3}(,\d{3})+|\d*)(\.\d+)?') AND regexp_matches(t, '\d')
       THEN TRY_CAST(replace(t, ',', '') AS DECIMAL(18, 4)) END;
-- "1.234,56" / "1234,56": comma decimal, point thousands.
CREATE OR REPLACE MACRO cvm_money_comma(t) AS
  CASE WHEN regexp_full_match(t, '[-+]?(\d{1,3}(\.\d{3})+|\d*)(,\d+)?') AND regexp_matches(t, '\d')
       THEN TRY_CAST(replace(replace(t, '.', ''), ',', '.') AS DECIMAL(18, 4)) END;
-- A plain cast first: it is the common case and costs nothing; the regular expressions run only
-- for values it misses. With a decimal comma a plain cast is trusted only without a point in the text.
CREATE OR REPLACE MACRO cvm_parse_money(s, decimal_comma) AS
  coalesce(
    CASE WHEN NOT decimal_comma OR NOT contains(s, '.') THEN TRY_CAST(trim(s) AS DECIMAL(18, 4)) END,
    list_apply([cvm_money_clean(s)], t -> CASE WHEN decimal_comma THEN cvm_money_comma(t) ELSE cvm_money_point(t) END)[1]
  );
-- Which decimal separator a value argues for, as bits that combine across columns with |:
-- 0 none (no separator, or both readings agree or both fail), 1 only a decimal point fits ("12.50"),
-- 2 only a decimal comma fits ("12,5"), 4 both fit with different values ("1,234").
CREATE OR REPLACE MACRO cvm_number_evidence_of(p, c) AS
  CASE WHEN p IS NULL AND c IS NULL THEN 0 WHEN c IS NULL THEN 1 WHEN p IS NULL THEN 2 WHEN p = c THEN 0 ELSE 4 END;
-- Cheap paths first (this runs on every row): a plain number with one point or one comma
-- decides by the digits after it; only three digits after it ("1.234") is ambiguous, and only
-- texts with grouping, signs or spaces go through the regular expressions.
-- The pair goes through a lambda so each reading appears once: used twice, DuckDB would compute
-- both regular expressions for every row, not just for the rare rows that get here.
CREATE OR REPLACE MACRO cvm_number_evidence_full(s) AS
  list_apply([cvm_money_clean(s)], t ->
    list_apply([[cvm_money_point(t), cvm_money_comma(t)]], x -> cvm_number_evidence_of(x[1], x[2]))[1])[1];
CREATE OR REPLACE MACRO cvm_number_evidence(s) AS
  CASE WHEN s IS NULL OR NOT (contains(s, '.') OR contains(s, ',')) THEN 0
       -- The same cast as cvm_parse_money's plain path, so DuckDB computes it once for both.
       WHEN NOT contains(s, ',') AND TRY_CAST(trim(s) AS DECIMAL(18, 4)) IS NOT NULL AND length(s) - strpos(s, '.') <> 3 THEN 1
       WHEN NOT contains(s, '.') AND TRY_CAST(replace(s, ',', '.') AS DECIMAL(18, 4)) IS NOT NULL AND length(s) - strpos(s, ',') <> 3 THEN 2
       ELSE cvm_number_evidence_full(s) END;

-- Dates. Only the date part is kept: a time of day is dropped, never shifted by a time zone.
-- Numeric day/month dates ("01.02.2024", "2/1/24 8:26") are split into parts so the day/month
-- order is ours to choose ($day_first), decided per file from the whole column; ISO text,
-- Excel serial numbers, yyyymmdd and the formats DuckDB's sniffer found cover the rest.
-- Only texts with a separator as their second or third character can be numeric day/month dates
-- (ISO "2024-01-05" has none there): the regular expression runs for those alone. strpos is
-- cheaper here than substr, which counts characters.
CREATE OR REPLACE MACRO cvm_may_be_day_month(t) AS
  strpos(t, '.') IN (2, 3) OR strpos(t, '/') IN (2, 3) OR strpos(t, '-') IN (2, 3);
CREATE OR REPLACE MACRO cvm_date_parts(s) AS
  CASE WHEN cvm_may_be_day_month(trim(s))
       THEN regexp_extract(trim(s), '^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?:$|[ T])', ['a', 'b', 'y'])
       END;
CREATE OR REPLACE MACRO cvm_year(y) AS
  CASE WHEN length(y) = 2 THEN CASE WHEN CAST(y AS INTEGER) < 70 THEN 2000 ELSE 1900 END + CAST(y AS INTEGER)
       ELSE CAST(y AS INTEGER) END;
CREATE OR REPLACE MACRO cvm_date_from_parts(p, day_first) AS
  CASE WHEN day_first THEN try(make_date(cvm_year(p.y), CAST(p.b AS INTEGER), CAST(p.a AS INTEGER)))
       ELSE try(make_date(cvm_year(p.y), CAST(p.a AS INTEGER), CAST(p.b AS INTEGER))) END;
-- Excel stores dates as days since 1899-12-30; five digits cover 1927-2173.
CREATE OR REPLACE MACRO cvm_excel_serial(s) AS
  CASE WHEN regexp_full_match(trim(s), '\d{5}(\.\d+)?') THEN DATE '1899-12-30' + CAST(floor(CAST(trim(s) AS DOUBLE)) AS INTEGER) END;
-- A timestamp with a UTC offset or a zone after its time of day ("2024-03-05 14:22:10 +0300",
-- "... +03:00", "... Z", "... UTC", "... GMT+3", "Tue, 05 Mar 2024 14:22:10 +0300"): the text
-- before the zone, so the date is the one written. Converting to UTC would move an order at
-- 00:30 +03:00 to the day before; the sniffer's format may hold %z, which does just that, so this
-- is tried before it. A time of day (h:mm) must come first: "2024-03-05 hello +0300" is no date.
CREATE OR REPLACE MACRO cvm_without_zone(t) AS
  nullif(regexp_extract(t, '^(.*\d:\d\d(?::\d\d(?:[.,]\d+)?)?)\s*(?:Z|(?:UTC|GMT|UT)(?:\s*[+-]\d{1,2}(?::?\d\d)?)?|[+-]\d{1,2}(?::?\d\d)?)$', 1), '');
CREATE OR REPLACE MACRO cvm_zoned_timestamp(t) AS
  coalesce(TRY_CAST(t AS TIMESTAMP), try_strptime(t, '%a, %d %b %Y %H:%M:%S'), try_strptime(t, '%a, %d %b %Y %H:%M'));
-- user_format: a strptime format the user gave (`--date-format`); when set it alone decides.
-- ISO text is tried first: it is the common case, unambiguous, and a cast costs least; the rest
-- runs inside a lambda, so DuckDB cannot hoist it to run on every row (see cvm_money_clean).
CREATE OR REPLACE MACRO cvm_date_from_text(s, p, day_first, date_format, timestamp_format) AS
  -- p is NULL for texts that cannot be numeric day/month dates (see cvm_date_parts).
  CASE WHEN p.a <> '' THEN cvm_date_from_parts(p, day_first)
       -- coalesce stops at the first reading that fits: a zoned timestamp, the common case here
       -- (Shopify), is tried first, and only texts with a time of day (a colon) try it.
       ELSE CAST(coalesce(
         CASE WHEN contains(s, ':') THEN list_apply([cvm_without_zone(trim(s))], t -> cvm_zoned_timestamp(t))[1] END,
         cvm_excel_serial(s),
         CASE WHEN regexp_full_match(trim(s), '(19|20)\d{6}') THEN try_strptime(trim(s), '%Y%m%d') END,
         try_strptime(trim(s), timestamp_format),
         try_strptime(trim(s), date_format)
       ) AS DATE) END;
CREATE OR REPLACE MACRO cvm_parse_date(s, day_first, user_format, date_format, timestamp_format) AS
  CASE WHEN user_format IS NOT NULL THEN CAST(try_strptime(trim(s), user_format) AS DATE)
       ELSE coalesce(
         -- Not for day/month texts: DuckDB's cast reads "03/05/24" as the year 3 (yy/mm/dd).
         CASE WHEN NOT cvm_may_be_day_month(trim(s)) THEN CAST(TRY_CAST(trim(s) AS TIMESTAMP) AS DATE) END,
         list_apply([cvm_date_parts(s)], p -> cvm_date_from_text(s, p, day_first, date_format, timestamp_format))[1]
       ) END;
-- Which day/month order a value argues for: 0 none, 1 only day first fits ("25.12.2024"),
-- 2 only month first fits ("12/25/2024"), 4 both fit with different dates and the parts are
-- separated by points ("01.02.2024": dotted dates are written day first in practice),
-- 8 both fit, separated by / or - ("01/02/2024": truly ambiguous).
CREATE OR REPLACE MACRO cvm_date_evidence_of(s, p) AS
  CASE WHEN p IS NULL OR p.a = '' THEN 0 ELSE
    list_apply([[cvm_date_from_parts(p, true), cvm_date_from_parts(p, false)]], x ->
      CASE WHEN x[1] IS NULL AND x[2] IS NULL THEN 0
           WHEN x[2] IS NULL THEN 1
           WHEN x[1] IS NULL THEN 2
           WHEN p.a = p.b THEN 0
           WHEN contains(s, '.') THEN 4 ELSE 8 END)[1] END;
CREATE OR REPLACE MACRO cvm_date_evidence(s) AS
  CASE WHEN cvm_may_be_day_month(trim(s))
       THEN cvm_date_evidence_of(s, cvm_date_parts(s)) ELSE 0 END;
-- Control characters (NUL, tab, DEL, ...) in an id are invisible on screen, so "C7" and "C7<NUL>"
-- would be two customers that look the same: they are removed, and the rows counted. The
-- replacement runs only for the rare ids that hold one.
CREATE OR REPLACE MACRO cvm_has_controls(s) AS regexp_matches(s, '[\x00-\x1F\x7F]');
CREATE OR REPLACE MACRO cvm_strip_controls(s) AS
  CASE WHEN cvm_has_controls(s) THEN regexp_replace(s, '[\x00-\x1F\x7F]', '', 'g') ELSE s END;
-- A line counts as a purchase when it has a customer, an amount and a date between the earliest
-- plausible one (a "no date" placeholder such as 0001-01-01 is not an order) and today.
CREATE OR REPLACE MACRO cvm_line_used(customer_id, order_date, amount, today, earliest) AS
  customer_id IS NOT NULL AND amount IS NOT NULL AND order_date BETWEEN CAST(earliest AS DATE) AND CAST(today AS DATE);
-- Customer ids that differ only in case or spaces share this key ("AB 12" and "ab12").
CREATE OR REPLACE MACRO cvm_id_key(s) AS lower(regexp_replace(s, '\s+', '', 'g'));

-- Spreadsheet formula injection: text starting with = + - @ tab or CR gets a leading quote,
-- unless it is a plain decimal number ("-12.50" stays a number; "-inf", "-1_000" do not). The
-- rule and both patterns are lib/spreadsheet-csv.ts's (FORMULA_START, PLAIN_NUMBER), repeated
-- literally; test/sql/formula-safety.test.ts holds the two to the same cases.
CREATE OR REPLACE MACRO cvm_csv_text(s) AS
  CASE WHEN regexp_matches(s, '^[=+\-@\t\r]')
            AND NOT regexp_full_match(s, '[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?')
       THEN '''' || s ELSE s END;
-- A dropped CSV read as text, straight from its file handle, each time it is needed: it is never
-- copied into a table, so the tab holds only the parsed order lines. The parameter names differ
-- from read_csv's own option names on purpose: DuckDB would confuse them.
-- Quote and escape are always given (lib/import/csv-dialect.ts): left to DuckDB, a file whose
-- first quote comes after the sniffer's sample is read with quoting off, and a quoted line break
-- there becomes a row of its own. parallel is on until DuckDB refuses a file for a quoted line
-- break across its buffers (engine/source-read.ts).
-- A row with more or fewer fields than the header, or a quote it cannot read, is left out, not
-- padded or fatal (issue 13): store_rejects skips it and keeps it in DuckDB's reject_errors table,
-- so one damaged row no longer refuses the file or shifts an amount into another column.
CREATE OR REPLACE MACRO cvm_csv(source_path, source_delim, source_header, source_skip, source_quote, source_escape, source_parallel) AS TABLE
  SELECT * FROM read_csv(source_path, all_varchar = true, delim = source_delim, header = source_header,
                         skip = source_skip, quote = source_quote, escape = source_escape,
                         parallel = source_parallel, null_padding = false, store_rejects = true);
-- cvm_csv for a file DuckDB's reader cannot read strictly, not even its columns: a quote inside a
-- quoted cell ("18,YY-1720,$65.15,... with the rest of the row after it) makes it give up on the
-- whole file. Read leniently, such a quote is text. The price, said in the import report: a row
-- with a field more than the header keeps its first fields instead of being left out.
CREATE OR REPLACE MACRO cvm_csv_lenient(source_path, source_delim, source_header, source_skip, source_quote, source_escape, source_parallel) AS TABLE
  SELECT * FROM read_csv(source_path, all_varchar = true, delim = source_delim, header = source_header,
                         skip = source_skip, quote = source_quote, escape = source_escape,
                         parallel = source_parallel, null_padding = false, store_rejects = true, strict_mode = false);
-- How a survey answer's identifier meets a customer's contact (lib/surveys/contact-key.ts, the same
-- rules): an e-mail lower-cased without white space (ASCII and no-break), NULL without one "@"
-- between two parts; a phone number by its digits, 8 or 7 with ten digits being the Russian
-- number 7XXXXXXXXXX, NULL under seven digits. test/sql/survey.test.ts holds both to the same cases.
CREATE OR REPLACE MACRO cvm_email_key(s) AS
  CASE WHEN regexp_full_match(lower(regexp_replace(coalesce(s, ''), '[ \t\r\n\x{00A0}]+', '', 'g')), '[^@]+@[^@]+')
       THEN lower(regexp_replace(s, '[ \t\r\n\x{00A0}]+', '', 'g')) END;
CREATE OR REPLACE MACRO cvm_phone_key(s) AS
  CASE WHEN length(regexp_replace(coalesce(s, ''), '[^0-9]+', '', 'g')) < 7 THEN NULL
       WHEN length(regexp_replace(s, '[^0-9]+', '', 'g')) = 11 AND regexp_matches(regexp_replace(s, '[^0-9]+', '', 'g'), '^[78]')
       THEN '7' || substr(regexp_replace(s, '[^0-9]+', '', 'g'), 2)
       ELSE regexp_replace(s, '[^0-9]+', '', 'g') END;
