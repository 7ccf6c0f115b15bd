-- Rule segments of the archetype configuration, one row each (insert-segment-rule.sql), checked
-- in `ord` order. A NULL bound is no condition. Spend bounds are DECIMAL like the money they test.
CREATE OR REPLACE TEMP TABLE segment_rules (
  ord INTEGER NOT NULL,
  seg INTEGER NOT NULL,
  r_lo INTEGER, r_hi INTEGER,
  f_lo INTEGER, f_hi INTEGER,
  m_lo INTEGER, m_hi INTEGER,
  min_orders INTEGER, max_orders INTEGER,
  min_spend DECIMAL(38, 4), max_spend DECIMAL(38, 4),
  max_recency INTEGER, min_recency INTEGER
)
