-- Rows identical to an earlier row, and how many of them are used rows.
SELECT coalesce(sum(n - 1), 0)::INTEGER AS duplicates,
       coalesce(sum(n - 1) FILTER (WHERE used), 0)::INTEGER AS used_duplicates
FROM duplicate_groups
