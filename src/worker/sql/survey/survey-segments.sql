-- Per segment (customer_segments' number) of the matched answers, and for all answers (seg NULL,
-- matched or not): responses, NPS groups (promoters 9-10, passives 7-8, detractors 0-6, of the
-- answers with an NPS score), NPS = % promoters - % detractors with one decimal, the mean
-- satisfaction (1-5) with two. lib/surveys/nps.ts holds the same rules.
WITH answered AS (SELECT * FROM survey_answered),
grouped AS (
  SELECT seg, true AS by_segment, * EXCLUDE (seg) FROM answered WHERE matched
  UNION ALL BY NAME
  SELECT NULL AS seg, false AS by_segment, * EXCLUDE (seg) FROM answered
)
SELECT seg, by_segment,
       count(*)::INTEGER AS responses,
       count(nps)::INTEGER AS nps_answers,
       count(*) FILTER (WHERE nps >= 9)::INTEGER AS promoters,
       count(*) FILTER (WHERE nps BETWEEN 7 AND 8)::INTEGER AS passives,
       count(*) FILTER (WHERE nps <= 6)::INTEGER AS detractors,
       CASE WHEN count(nps) > 0
            THEN round(100.0 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6)) / count(nps), 1)::DOUBLE END AS nps,
       count(satisfaction)::INTEGER AS satisfaction_answers,
       round(avg(satisfaction), 2)::DOUBLE AS satisfaction_mean
FROM grouped
GROUP BY seg, by_segment
ORDER BY by_segment DESC, seg
