-- Each answer with whether it matched a customer and that customer's segment (customer_segments'
-- number, NULL when unmatched), for survey-segments.sql and survey-matters.sql.
CREATE OR REPLACE TABLE survey_answered AS
SELECT a.*, cs.seg, m.unmatched IS NULL AS matched
FROM survey_answers a
JOIN survey_matches m ON m.answer_no = a.answer_no
LEFT JOIN customer_segments cs ON cs.customer_id = m.customer_id
