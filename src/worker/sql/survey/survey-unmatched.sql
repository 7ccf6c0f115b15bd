-- The answers that matched no customer, in answer order: number, identifier, reason.
SELECT m.answer_no, a.id_text, m.unmatched AS reason
FROM survey_matches m JOIN survey_answers a ON a.answer_no = m.answer_no
WHERE m.unmatched IS NOT NULL
ORDER BY m.answer_no
