-- Each scored customer's segment number: the first rule (lowest ord) that holds, else the
-- archetype of the customer's cell (cell_segments), else -1 (Other). One row per scored customer.
CREATE OR REPLACE TABLE customer_segments AS
WITH matched AS (
  SELECT s.customer_id, arg_min(ru.seg, ru.ord) AS seg
  FROM scores s
  JOIN segment_rules ru ON
    (ru.r_lo IS NULL OR s.r BETWEEN ru.r_lo AND ru.r_hi)
    AND (ru.f_lo IS NULL OR s.f BETWEEN ru.f_lo AND ru.f_hi)
    AND (ru.m_lo IS NULL OR s.m BETWEEN ru.m_lo AND ru.m_hi)
    AND (ru.min_orders IS NULL OR s.frequency >= ru.min_orders)
    AND (ru.max_orders IS NULL OR s.frequency <= ru.max_orders)
    AND (ru.min_spend IS NULL OR s.monetary_exact > ru.min_spend)
    AND (ru.max_spend IS NULL OR s.monetary_exact <= ru.max_spend)
    AND (ru.max_recency IS NULL OR s.recency_days <= ru.max_recency)
    AND (ru.min_recency IS NULL OR s.recency_days > ru.min_recency)
  GROUP BY s.customer_id
)
SELECT s.customer_id, coalesce(m.seg, cs.seg, -1) AS seg
FROM scores s
LEFT JOIN matched m ON m.customer_id = s.customer_id
LEFT JOIN cell_segments cs ON cs.cell = s.r * 100 + s.f * 10 + s.m
