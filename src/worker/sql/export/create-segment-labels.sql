-- What the scores CSV writes for each segment number (insert-segment-label.sql); -1 is Other.
CREATE OR REPLACE TEMP TABLE segment_labels (seg INTEGER PRIMARY KEY, label VARCHAR NOT NULL)
