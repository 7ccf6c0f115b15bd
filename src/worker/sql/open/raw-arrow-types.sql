SELECT column_name AS name, column_type AS type FROM (DESCRIBE arrow_import)
