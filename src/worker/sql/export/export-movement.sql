-- One row per customer present at either date: `customer_id,segment_before,segment_after`
-- (empty where absent). $1 false for everyone; true for one cell: before $2 (-2: not yet a
-- customer) and after $3. Labels come from segment_labels.
COPY (
  SELECT
    cvm_csv_text(m.customer_id) AS customer_id,
    cvm_csv_text(lb.label) AS segment_before,
    cvm_csv_text(la.label) AS segment_after
  FROM movement_pairs m
  LEFT JOIN segment_labels lb ON lb.seg = m.seg_before
  LEFT JOIN segment_labels la ON la.seg = m.seg_after
  WHERE NOT $1 OR (coalesce(m.seg_before, -2) = $2 AND coalesce(m.seg_after, -2) = $3)
  ORDER BY m.customer_id
) TO {{export_file}} (HEADER, DELIMITER ',', USE_TMP_FILE false)
