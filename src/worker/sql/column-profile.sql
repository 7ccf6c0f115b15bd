-- A first look at every column over the first rows: is it dates, numbers, and which day/month
-- order and decimal separator its values argue for (see macros.sql). Used for the checks when a
-- file is opened and for the first guess of its formats; prepare() then decides from the whole
-- column. $1..$4 the source; $5 date format and $6 timestamp format found by the sniffer.
WITH long AS (
  UNPIVOT (SELECT CAST(COLUMNS(*) AS VARCHAR) FROM (SELECT * FROM {{source}} LIMIT 2000))
  ON COLUMNS(*) INTO NAME name VALUE value
)
SELECT
  name,
  count(*)::INTEGER AS non_empty,
  -- Read one way, plus the values only the other way reads (evidence 2): each value is parsed once.
  count(*) FILTER (WHERE cvm_parse_date(value, true, NULL, CAST($5 AS VARCHAR), CAST($6 AS VARCHAR)) IS NOT NULL
                      OR cvm_date_evidence(value) = 2)::INTEGER AS dates,
  count(*) FILTER (WHERE cvm_parse_money(value, false) IS NOT NULL OR cvm_number_evidence(value) & 2 > 0)::INTEGER AS numbers,
  count(*) FILTER (WHERE cvm_date_evidence(value) = 1)::INTEGER AS date_day_first,
  count(*) FILTER (WHERE cvm_date_evidence(value) = 2)::INTEGER AS date_month_first,
  count(*) FILTER (WHERE cvm_date_evidence(value) = 4)::INTEGER AS date_dotted,
  count(*) FILTER (WHERE cvm_date_evidence(value) = 8)::INTEGER AS date_ambiguous,
  count(*) FILTER (WHERE cvm_number_evidence(value) & 1 > 0)::INTEGER AS number_point,
  count(*) FILTER (WHERE cvm_number_evidence(value) & 2 > 0)::INTEGER AS number_comma,
  count(*) FILTER (WHERE cvm_number_evidence(value) & 4 > 0)::INTEGER AS number_ambiguous
FROM long
WHERE trim(value) <> ''
GROUP BY name
