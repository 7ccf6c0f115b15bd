-- A first look at every column over the first rows: is it dates, numbers, and which day/month
-- order and decimal separator its values argue for (see macros.sql). Used for the checks when a
-- file is opened and for the first guess of its formats; prepare() then decides from the whole
-- column. $1..$4 the source; $5 date format and $6 timestamp format found by the sniffer.
WITH long AS (
  UNPIVOT (SELECT CAST(COLUMNS(*) AS VARCHAR) FROM (SELECT * FROM {{source}} LIMIT 5000))
  ON COLUMNS(*) INTO NAME name VALUE value
)
SELECT
  name,
  count(*)::INTEGER AS non_empty,
  count(*) FILTER (WHERE coalesce(cvm_parse_date(value, true, NULL, CAST($5 AS VARCHAR), CAST($6 AS VARCHAR)),
                                  cvm_parse_date(value, false, NULL, CAST($5 AS VARCHAR), CAST($6 AS VARCHAR))) IS NOT NULL)::INTEGER AS dates,
  count(*) FILTER (WHERE coalesce(cvm_parse_money(value, false), cvm_parse_money(value, true)) IS NOT NULL)::INTEGER AS numbers,
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
