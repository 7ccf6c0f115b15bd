-- The answers, one row each, as lib/surveys/answer.ts answerTableRows() writes them to file $1:
-- number, identifier as given and its e-mail and phone keys, NPS, satisfaction, the "what
-- matters" options joined by chr(31), the open answer.
CREATE OR REPLACE TABLE survey_answers AS
SELECT answer_no, id_text, email_key, phone_key, nps, satisfaction,
       CASE WHEN matters IS NULL THEN []::VARCHAR[] ELSE string_split(matters, chr(31)) END AS matters, answer_text
FROM read_csv($1, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
              columns = {'answer_no': 'INTEGER', 'id_text': 'VARCHAR', 'email_key': 'VARCHAR', 'phone_key': 'VARCHAR',
                         'nps': 'INTEGER', 'satisfaction': 'INTEGER', 'matters': 'VARCHAR', 'answer_text': 'VARCHAR'})
