INSERT INTO segment_labels VALUES ($1, $2)
