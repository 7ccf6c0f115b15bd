-- The lines left out of the file, of one kind ($1: 'malformed' or 'comment'), in file order.
SELECT line, text, lines, quote_error FROM left_out_lines WHERE kind = $1 ORDER BY line
