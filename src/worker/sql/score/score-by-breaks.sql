-- Band index = 1 + number of breaks at or below the value (half-open [lower, upper) bands).
-- Breaks arrive as comma-separated bound strings: duckdb-wasm cannot bind list parameters.
-- Recency is reversed so that 5 (or the top score) is the most recent.
CREATE OR REPLACE TABLE scores AS
SELECT
  customer_id, recency_days, frequency, monetary_exact, monetary, last_purchase, age_days,
  ($2 + 1 - (1 + len(list_filter(CAST(string_split($1, ',') AS DOUBLE[]), lambda b: recency_days >= b))))::INTEGER AS r,
  (1 + len(list_filter(CAST(string_split($3, ',') AS DOUBLE[]), lambda b: frequency >= b)))::INTEGER AS f,
  (1 + len(list_filter(CAST(string_split($4, ',') AS DOUBLE[]), lambda b: monetary >= b)))::INTEGER AS m
FROM rfm_base
