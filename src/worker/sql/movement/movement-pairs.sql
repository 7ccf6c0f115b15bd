-- Every customer present at either date with their segment number before (NULL: not yet a
-- customer) and after, and whether they churned between the dates (churned after, not before).
CREATE OR REPLACE TEMP VIEW movement_pairs AS
WITH b AS (SELECT * FROM movement_sides WHERE side = 'before'),
     a AS (SELECT * FROM movement_sides WHERE side = 'after')
SELECT coalesce(a.customer_id, b.customer_id) AS customer_id,
  b.seg AS seg_before,
  a.seg AS seg_after,
  coalesce(a.churned, false) AND NOT coalesce(b.churned, false) AS newly_churned
FROM a FULL OUTER JOIN b ON a.customer_id = b.customer_id
