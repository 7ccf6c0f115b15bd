-- The lines of an order of more than one line take the order's values where their own cells are
-- blank: customer, date and status (with whether it is a purchase). An unreadable date stays
-- unreadable. $1 true when the amount column is an order total: the order's first line with an
-- amount keeps it, every other line counts 0 (so the total counts once and its lines are used),
-- except an unreadable amount, which stays unreadable.
UPDATE lines SET
  customer_id = coalesce(lines.customer_id, f.customer_id),
  order_date = CASE WHEN lines.order_date IS NULL AND lines.date_blank THEN f.order_date ELSE lines.order_date END,
  excluded = CASE WHEN lines.status IS NULL THEN coalesce(f.excluded, lines.excluded) ELSE lines.excluded END,
  status = coalesce(lines.status, f.status),
  amount = CASE WHEN NOT CAST($1 AS BOOLEAN) OR lines.row_no = f.amount_row THEN lines.amount
                WHEN lines.amount IS NULL AND NOT lines.amount_blank THEN NULL
                ELSE CAST(0 AS DECIMAL(18, 4)) END
FROM order_fill f
-- Only the lines that change: on an invoice file whose every line is complete, none.
WHERE lines.order_key = f.order_key
  AND (CAST($1 AS BOOLEAN) OR lines.customer_id IS NULL OR (lines.order_date IS NULL AND lines.date_blank) OR (lines.status IS NULL AND f.status IS NOT NULL))
