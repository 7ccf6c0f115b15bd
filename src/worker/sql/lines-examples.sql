-- The first rows of one kind with the text they hold, for the import report. Row numbers need a
-- second pass over the source; it runs only when such rows exist. $1..$11 as line-values.sql;
-- $12 the kind: no_customer | bad_date | bad_amount | future_date | return.
WITH judged AS (
  SELECT __cvm_row, {{line_values}},
         CAST({{customer}} AS VARCHAR) AS __cvm_customer_text,
         CAST({{date}} AS VARCHAR) AS __cvm_date_text,
         CASE WHEN CAST($7 AS BOOLEAN) THEN concat_ws(' x ', CAST({{quantity}} AS VARCHAR), CAST({{price}} AS VARCHAR))
              ELSE CAST({{amount}} AS VARCHAR) END AS __cvm_amount_text
  FROM (SELECT row_number() OVER () AS __cvm_row, * FROM {{source}})
)
SELECT CAST(__cvm_row AS INTEGER) AS row,
       CASE CAST($12 AS VARCHAR) WHEN 'no_customer' THEN __cvm_customer_text
                                 WHEN 'bad_date' THEN __cvm_date_text
                                 WHEN 'future_date' THEN __cvm_date_text
                                 ELSE __cvm_amount_text END AS value
FROM judged
WHERE CASE CAST($12 AS VARCHAR)
        WHEN 'no_customer' THEN cvm_customer IS NULL
        WHEN 'bad_date' THEN cvm_customer IS NOT NULL AND cvm_date IS NULL
        WHEN 'bad_amount' THEN cvm_customer IS NOT NULL AND cvm_date IS NOT NULL AND cvm_amount IS NULL
        WHEN 'future_date' THEN cvm_customer IS NOT NULL AND cvm_amount IS NOT NULL AND cvm_future
        WHEN 'return' THEN cvm_amount < 0 AND cvm_return_sign
      END
ORDER BY row LIMIT 5
