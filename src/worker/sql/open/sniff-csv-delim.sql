-- sniff-csv.sql with the delimiter the user chose ($2).
SELECT Delimiter AS delimiter, Quote AS quote, Escape AS escape, Comment AS comment, SkipRows AS skip_rows, HasHeader AS has_header,
       DateFormat AS date_format, TimestampFormat AS timestamp_format, Columns AS columns
FROM sniff_csv($1, sample_size = 20480, delim = $2)
