-- The user chose to drop exact duplicate rows: keep the first row of each repeated group.
DELETE FROM lines USING duplicate_groups d
WHERE lines.row_hash = d.row_hash AND lines.row_no <> d.first_row
