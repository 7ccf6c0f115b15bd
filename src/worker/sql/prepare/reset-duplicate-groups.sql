CREATE OR REPLACE TABLE duplicate_groups (row_hash UBIGINT, n INTEGER, first_row INTEGER, repeat_row INTEGER, used BOOLEAN, in_order BOOLEAN)
