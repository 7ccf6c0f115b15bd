-- Before orders are built, the lines keep only what orders need: the report's columns (row
-- number, hash, evidence, return flag) are done with, and their memory goes to the orders
-- aggregate instead of adding to it (it is the peak on files of tens of millions of rows).
ALTER TABLE lines DROP COLUMN row_no;
ALTER TABLE lines DROP COLUMN row_hash;
ALTER TABLE lines DROP COLUMN number_evidence;
ALTER TABLE lines DROP COLUMN date_evidence;
ALTER TABLE lines DROP COLUMN is_return;
ALTER TABLE lines DROP COLUMN id_control;
ALTER TABLE lines DROP COLUMN date_blank;
ALTER TABLE lines DROP COLUMN amount_blank;
ALTER TABLE lines DROP COLUMN status;
