-- A fragment, not a statement: the select list that turns one source row into one order line.
-- prepare-lines, the report's examples and the rejected-rows download all use it, so a row is
-- judged the same way everywhere. {{...}} are column names filled only through quoteIdent()
-- (NULL when unmapped). Parameters: $1..$7 the source, $8 date format and $9 timestamp format
-- found by the CSV sniffer, $10 true when the amount is quantity x price, $11 dates are day first,
-- $12 decimal comma, $13 a date format the user gave (or NULL), $14 today (later dates are future),
-- $15 the earliest plausible date (earlier dates are placeholders, not orders), $16 the name of
-- the date column (a row whose date cell holds it is the header repeated inside the data).
NULLIF(trim(cvm_strip_controls(CAST({{customer}} AS VARCHAR))), '') AS cvm_customer,
coalesce(cvm_has_controls(CAST({{customer}} AS VARCHAR)), false) AS cvm_id_control,
cvm_parse_date(CAST({{date}} AS VARCHAR), CAST($11 AS BOOLEAN), CAST($13 AS VARCHAR), CAST($8 AS VARCHAR), CAST($9 AS VARCHAR)) AS cvm_date,
-- Widened before multiplying (DECIMAL(18,4) x DECIMAL(18,4) overflows from 10^10 per line),
-- then stored as DECIMAL(18,4), 8 bytes instead of 16 a line: a line beyond 9 * 10^13 becomes
-- an unreadable amount, counted, never a wrong one. Sums are DECIMAL(38,4) anyway. round() to 4
-- places first: the same half-away-from-zero rounding the cast does, but the cast then only
-- checks the width, and the cast's own rescaling of the 8-place product was the most expensive
-- expression of the whole statement (BENCHMARKS.md, "where the time goes").
CASE WHEN CAST($10 AS BOOLEAN)
     THEN TRY_CAST(round(CAST(cvm_parse_money(CAST({{quantity}} AS VARCHAR), CAST($12 AS BOOLEAN)) AS DECIMAL(38, 4))
                         * cvm_parse_money(CAST({{price}} AS VARCHAR), CAST($12 AS BOOLEAN)), 4) AS DECIMAL(18, 4))
     ELSE cvm_parse_money(CAST({{amount}} AS VARCHAR), CAST($12 AS BOOLEAN)) END AS cvm_amount,
-- A return or cancellation: a negative amount (with quantity x price: a negative quantity, so a
-- negative price, which is an adjustment, is not taken for a return).
CASE WHEN CAST($10 AS BOOLEAN) THEN cvm_parse_money(CAST({{quantity}} AS VARCHAR), CAST($12 AS BOOLEAN)) < 0 ELSE true END AS cvm_return_sign,
NULLIF(trim(CAST({{order}} AS VARCHAR)), '') AS cvm_order,
-- Blank date and amount cells (not unreadable ones): a line-item export leaves them blank on an
-- order's continuation lines, which then take the order's values (fill-order-lines.sql).
NULLIF(trim(CAST({{date}} AS VARCHAR)), '') IS NULL AS cvm_date_blank,
CASE WHEN CAST($10 AS BOOLEAN) THEN NULLIF(trim(CAST({{quantity}} AS VARCHAR)), '') IS NULL AND NULLIF(trim(CAST({{price}} AS VARCHAR)), '') IS NULL
     ELSE NULLIF(trim(CAST({{amount}} AS VARCHAR)), '') IS NULL END AS cvm_amount_blank,
NULLIF(trim(CAST({{status}} AS VARCHAR)), '') AS cvm_status,
-- The amount refunded of the order (NULL when unmapped, blank or unreadable: nothing is taken off).
cvm_parse_money(CAST({{refunded}} AS VARCHAR), CAST($12 AS BOOLEAN)) AS cvm_refunded,
-- The status as lib/import/order-status.ts statusKey() writes it: "On-Hold" and "on hold" meet.
NULLIF(replace(regexp_replace(lower(trim(CAST({{status}} AS VARCHAR))), '[\s_.-]+', '', 'g'), 'ё', 'е'), '') AS cvm_status_key,
cvm_parse_date(CAST({{date}} AS VARCHAR), CAST($11 AS BOOLEAN), CAST($13 AS VARCHAR), CAST($8 AS VARCHAR), CAST($9 AS VARCHAR)) > CAST($14 AS DATE) AS cvm_future,
cvm_parse_date(CAST({{date}} AS VARCHAR), CAST($11 AS BOOLEAN), CAST($13 AS VARCHAR), CAST($8 AS VARCHAR), CAST($9 AS VARCHAR)) < CAST($15 AS DATE) AS cvm_early,
CASE WHEN CAST($10 AS BOOLEAN) THEN cvm_number_evidence(CAST({{quantity}} AS VARCHAR)) | cvm_number_evidence(CAST({{price}} AS VARCHAR))
     ELSE cvm_number_evidence(CAST({{amount}} AS VARCHAR)) END AS cvm_number_evidence,
cvm_date_evidence(CAST({{date}} AS VARCHAR)) AS cvm_date_evidence,
-- Rows that are no order line at all, left out and counted apart (issue 13): 1 the header repeated
-- inside the data (a file glued from several exports), 2 a totals line ("Итого", "Total: ...") with
-- no customer or no date. Judged only for rows with no usable date or customer, so a shop whose
-- customer is called "Total" keeps its orders. The word is looked for in the file's first column
-- ({{first}}) and the mapped text columns, where exports put it.
CASE WHEN NULLIF(trim(cvm_strip_controls(CAST({{customer}} AS VARCHAR))), '') IS NOT NULL
          AND cvm_parse_date(CAST({{date}} AS VARCHAR), CAST($11 AS BOOLEAN), CAST($13 AS VARCHAR), CAST($8 AS VARCHAR), CAST($9 AS VARCHAR)) IS NOT NULL THEN 0
     WHEN lower(trim(CAST({{date}} AS VARCHAR))) = lower(trim(CAST($16 AS VARCHAR))) THEN 1
     WHEN regexp_matches(lower(concat_ws(chr(31), CAST({{first}} AS VARCHAR), CAST({{customer}} AS VARCHAR), CAST({{order}} AS VARCHAR), CAST({{date}} AS VARCHAR), CAST({{status}} AS VARCHAR))), '(^|\x1f)\s*(итого|итог|всего|total|totals|grand total|subtotal|sum|summe|gesamt)\s*:?\s*(\x1f|$)') THEN 2
     ELSE 0 END AS cvm_noise
