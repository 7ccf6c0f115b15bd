-- sniff-csv-delim.sql for a file the strict sniffer reads as one column or cannot read: a row with
-- a field more or less, or a quote never closed, makes it give up on the right delimiter ($2), so
-- the rows that do not fit are padded or cut here to let the others decide the dialect.
SELECT Delimiter AS delimiter, Quote AS quote, Escape AS escape, Comment AS comment, SkipRows AS skip_rows, HasHeader AS has_header,
       DateFormat AS date_format, TimestampFormat AS timestamp_format, Columns AS columns
FROM sniff_csv($1, sample_size = 20480, delim = $2, strict_mode = false, null_padding = true)
