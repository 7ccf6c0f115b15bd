INSERT INTO cell_segments VALUES ($1, $2)
