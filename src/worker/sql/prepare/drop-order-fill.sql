-- The per-order values of fill-order-lines.sql, done with once the lines have them.
DROP TABLE IF EXISTS order_fill
