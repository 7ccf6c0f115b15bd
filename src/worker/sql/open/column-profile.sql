-- A first look at every column over the first rows: is it dates, numbers, and which day/month
-- order and decimal separator its values argue for (see macros.sql). Used for the checks when a
-- file is opened and for the first guess of its formats; prepare() then decides from the whole
-- column. $1..$7 the source; $8 date format and $9 timestamp format found by the sniffer.
-- Each value is classified once (the macros expand into large expressions), then counted.
WITH long AS (
  UNPIVOT (SELECT CAST(COLUMNS(*) AS VARCHAR) FROM (SELECT * FROM {{source}} LIMIT 1000))
  ON COLUMNS(*) INTO NAME name VALUE value
),
classified AS (
  SELECT
    name,
    cvm_parse_date(value, true, NULL, CAST($8 AS VARCHAR), CAST($9 AS VARCHAR)) IS NOT NULL AS day_first_date,
    cvm_date_evidence(value) AS date_evidence,
    cvm_parse_money(value, false) IS NOT NULL AS point_number,
    cvm_number_evidence(value) AS number_evidence
  FROM long
  WHERE trim(value) <> ''
)
SELECT
  name,
  count(*)::INTEGER AS non_empty,
  -- Read one way, plus the values only the other way reads (evidence 2).
  count(*) FILTER (WHERE day_first_date OR date_evidence = 2)::INTEGER AS dates,
  count(*) FILTER (WHERE point_number OR number_evidence & 2 > 0)::INTEGER AS numbers,
  {{evidence_counts}}
FROM classified
GROUP BY name
