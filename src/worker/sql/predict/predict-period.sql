-- The span of the purchases around the calibration end $1: the first purchase day (the history the
-- fit learns from runs from it to $1), the last purchase day of the calibration, and the last
-- purchase day of all (the holdout runs from $1 to it). Purchases as in predict-summary.sql.
SELECT CAST(min(order_date) AS VARCHAR) AS first_day,
  CAST(max(order_date) FILTER (WHERE order_date <= CAST($1 AS DATE)) AS VARCHAR) AS calibration_last_day,
  CAST(max(order_date) AS VARCHAR) AS last_day
FROM orders
WHERE value >= 0
