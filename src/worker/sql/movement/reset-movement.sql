-- Segments at the two dates of a movement, one row per customer and side ('before', 'after').
CREATE OR REPLACE TEMP TABLE movement_sides (side VARCHAR NOT NULL, customer_id VARCHAR NOT NULL, seg INTEGER NOT NULL, churned BOOLEAN NOT NULL)
