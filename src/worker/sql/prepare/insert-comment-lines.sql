-- The comment lines of file $1, which DuckDB's reader skips itself when its sniffer found the
-- comment character $2 (lines starting with it, after spaces): counted for the report, listed in
-- the rows-not-used download. Each line of the file is read whole as one text (no delimiter, no
-- quote: a NUL never occurs in a text file), numbered in file order.
INSERT INTO left_out_lines
SELECT CAST(line AS INTEGER), 'comment', text, 1, false
FROM (SELECT row_number() OVER () AS line, l AS text
      FROM read_csv($1, columns = {'l': 'VARCHAR'}, header = false, auto_detect = false, delim = chr(0),
                    quote = '', escape = '', comment = '', strict_mode = false))
WHERE starts_with(ltrim(text), CAST($2 AS VARCHAR))
