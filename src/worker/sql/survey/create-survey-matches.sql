-- Which customer each answer is: its identifier equal to a scored customer's id, or its e-mail or
-- phone key equal to one of that customer's contacts. One customer: matched; none: not a customer
-- of this data; more than one: two customers share the contact, so none is taken. No identifier:
-- unmatched for that reason.
CREATE OR REPLACE TABLE survey_matches AS
WITH candidates AS (
  SELECT a.answer_no, s.customer_id
  FROM survey_answers a JOIN scores s ON s.customer_id = trim(a.id_text)
  UNION
  SELECT a.answer_no, c.customer_id FROM survey_answers a JOIN customer_contacts c ON c.email_key = a.email_key
  UNION
  SELECT a.answer_no, c.customer_id FROM survey_answers a JOIN customer_contacts c ON c.phone_key = a.phone_key
),
per_answer AS (SELECT answer_no, count(*) AS n, min(customer_id) AS customer_id FROM candidates GROUP BY answer_no)
SELECT a.answer_no,
       CASE WHEN p.n = 1 THEN p.customer_id END AS customer_id,
       CASE WHEN a.id_text IS NULL THEN 'no_id'
            WHEN p.n IS NULL THEN 'not_customer'
            WHEN p.n > 1 THEN 'ambiguous' END AS unmatched
FROM survey_answers a LEFT JOIN per_answer p ON p.answer_no = a.answer_no
