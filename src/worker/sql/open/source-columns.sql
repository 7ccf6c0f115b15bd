-- $1..$7 select the source ({{source}}): the columns the whole read gives, which for a damaged file
-- can differ from the loose sniffer's (it pads a row with an extra field into a column of its own).
SELECT column_name AS name FROM (DESCRIBE SELECT * FROM {{source}})
