SELECT * FROM raw WHERE rowid < 6 ORDER BY rowid
