-- $1..$7 select the source ({{source}}): how many rows a dialect reads from the whole file, to
-- choose between two that both read a table (open.ts, readDamaged).
SELECT count(*)::INTEGER AS n FROM {{source}}
