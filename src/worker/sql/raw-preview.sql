SELECT * EXCLUDE (__cvm_row) FROM raw ORDER BY __cvm_row LIMIT 6
