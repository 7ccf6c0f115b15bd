-- Segments at the two dates of a migration, one row per customer and side ('before', 'after').
CREATE OR REPLACE TEMP TABLE migration_sides (side VARCHAR NOT NULL, customer_id VARCHAR NOT NULL, seg INTEGER NOT NULL, churned BOOLEAN NOT NULL)
