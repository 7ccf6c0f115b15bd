-- $1..$4 select the source ({{source}}: cvm_csv or cvm_table).
SELECT * FROM {{source}} LIMIT 6
