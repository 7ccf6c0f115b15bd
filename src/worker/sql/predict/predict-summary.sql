-- Each customer's repeat-purchase summary for BG/NBD and Gamma-Gamma, calibrated up to and
-- including $1 (a date), in units of $2 days (1: days, 7: weeks). Purchase days, not orders: a
-- customer's orders of one day are one purchase (lifetimes' summary_data_from_transaction_data,
-- and Fader, Hardie & Lee's CDNOW summary). x = repeat purchase days (the first is not a repeat),
-- t_x = first to last purchase day, T = first purchase day to $1, monetary = mean value of the
-- repeat days (0 when x = 0: the first purchase is left out of it, as Gamma-Gamma wants), and
-- holdout_x = purchase days after $1 (the holdout check). Money stays DECIMAL until the mean,
-- which is cast to DOUBLE once. Returns are not purchases, but an order of value 0 is: CDNOW's
-- 80 records of CDs at 0.00 are purchases in the published summary (8 of its customers start with
-- one), and a free order is still a visit. Customers whose first purchase is after $1 are not in
-- the calibration.
WITH days AS (
  SELECT customer_id, order_date AS day, sum(value) AS value
  FROM orders
  WHERE value >= 0
  GROUP BY customer_id, order_date
),
summary AS (
  SELECT customer_id,
    min(day) AS first_day,
    max(day) FILTER (WHERE day <= CAST($1 AS DATE)) AS last_day,
    count(*) FILTER (WHERE day <= CAST($1 AS DATE)) - 1 AS repeats,
    -- The first day's value is in the sum; it is taken out below, so the mean is the repeats' only.
    sum(value) FILTER (WHERE day <= CAST($1 AS DATE)) AS calibration_value,
    arg_min(value, day) AS first_value,
    count(*) FILTER (WHERE day > CAST($1 AS DATE)) AS holdout_days
  FROM days
  GROUP BY customer_id
  HAVING min(day) <= CAST($1 AS DATE)
)
SELECT CAST(customer_id AS VARCHAR) AS customer_id,
  repeats::INTEGER AS x,
  CAST(last_day - first_day AS DOUBLE) / $2 AS t_x,
  CAST(CAST($1 AS DATE) - first_day AS DOUBLE) / $2 AS t_cal,
  CASE WHEN repeats > 0 THEN CAST((calibration_value - first_value) / repeats AS DOUBLE) ELSE 0 END AS monetary,
  holdout_days::INTEGER AS holdout_x
FROM summary
ORDER BY customer_id
