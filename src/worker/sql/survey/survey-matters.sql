-- Per segment of the matched answers (and all answers: by_segment false), the share of answers
-- that chose each "what matters" option, of the segment's responses.
WITH answered AS (SELECT * FROM survey_answered),
grouped AS (
  SELECT seg, true AS by_segment, answer_no, matters FROM answered WHERE matched
  UNION ALL
  SELECT NULL, false, answer_no, matters FROM answered
),
sizes AS (SELECT seg, by_segment, count(*) AS responses FROM grouped GROUP BY ALL),
chosen AS (SELECT seg, by_segment, unnest(matters) AS option, answer_no FROM grouped)
SELECT c.seg, c.by_segment, c.option, count(DISTINCT c.answer_no)::INTEGER AS answers,
       (count(DISTINCT c.answer_no) / any_value(s.responses))::DOUBLE AS share
FROM chosen c JOIN sizes s ON s.seg IS NOT DISTINCT FROM c.seg AND s.by_segment = c.by_segment
GROUP BY c.seg, c.by_segment, c.option
ORDER BY c.by_segment DESC, c.seg, answers DESC, c.option
