-- The segment (customer_segments' number) each answer landed in, in answer order; NULL when the
-- answer matched no customer. The page lists the open answers with it.
SELECT answer_no, CASE WHEN matched THEN seg END AS seg
FROM survey_answered
ORDER BY answer_no
