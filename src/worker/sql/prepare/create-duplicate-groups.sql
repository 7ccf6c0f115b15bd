-- Rows that repeat another row exactly share a row_hash. Grouping every hash of a 10-million-row
-- file at once needs a hash table of 10 million entries; grouping one slice of the hashes at a
-- time (row_hash % $1 = $2, called for every $2) bounds that to one slice. Only the repeated
-- hashes are kept: usually none or few. Identical rows parse identically, so a group is either
-- wholly used or wholly not; `used` says which ($3 today, $4 the earliest plausible date).
-- `in_order`: the rows carry an order id, so they are line items that repeat within one order.
INSERT INTO duplicate_groups
SELECT row_hash,
       count(*)::INTEGER AS n,
       min(row_no) AS first_row,
       min(row_no, 2)[2] AS repeat_row,
       bool_or(cvm_line_used(customer_id, order_date, amount, $3, $4) AND NOT excluded) AS used,
       bool_and(order_key IS NOT NULL) AS in_order
FROM lines
WHERE row_hash % CAST($1 AS UBIGINT) = CAST($2 AS UBIGINT)
GROUP BY row_hash
HAVING count(*) > 1
