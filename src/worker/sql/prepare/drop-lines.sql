-- The order lines are only needed while orders and the import report are built.
DROP TABLE IF EXISTS lines
