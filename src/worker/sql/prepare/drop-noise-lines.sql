-- noise-lines.sql's rows leave the lines table: no order, duplicate or example sees them; the report
-- counts them apart and the rows-not-used download finds them again through line-values.sql.
DELETE FROM lines WHERE noise > 0
