-- One value that shows why a format is ambiguous. $1..$7 the source; $8 'date' or 'number'.
-- The value is picked one level up from where it is read: in the select over the file a column
-- of the file named date_text would win over the alias.
SELECT value FROM (
  SELECT CASE WHEN CAST($8 AS VARCHAR) = 'date' THEN date_text ELSE number_text END AS value
  FROM (
    SELECT CAST({{date}} AS VARCHAR) AS date_text,
           CASE WHEN {{amount}} IS NOT NULL THEN CAST({{amount}} AS VARCHAR) ELSE CAST({{price}} AS VARCHAR) END AS number_text
    FROM {{source}}
  )
)
WHERE CASE WHEN CAST($8 AS VARCHAR) = 'date' THEN cvm_date_evidence(value) = 8 ELSE cvm_number_evidence(value) & 4 > 0 END
LIMIT 1
