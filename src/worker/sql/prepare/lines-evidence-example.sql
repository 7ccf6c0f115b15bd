-- One value that shows why a format is ambiguous. $1..$7 the source; $8 'date' or 'number'.
SELECT value FROM (
  SELECT CAST({{date}} AS VARCHAR) AS date_text,
         CASE WHEN {{amount}} IS NOT NULL THEN CAST({{amount}} AS VARCHAR) ELSE CAST({{price}} AS VARCHAR) END AS number_text,
         CASE WHEN CAST($8 AS VARCHAR) = 'date' THEN date_text ELSE number_text END AS value
  FROM {{source}}
)
WHERE CASE WHEN CAST($8 AS VARCHAR) = 'date' THEN cvm_date_evidence(value) = 8 ELSE cvm_number_evidence(value) & 4 > 0 END
LIMIT 1
