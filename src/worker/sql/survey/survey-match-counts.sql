-- How many answers matched a customer, and why the others did not.
SELECT count(*)::INTEGER AS answers,
       count(*) FILTER (WHERE unmatched IS NULL)::INTEGER AS matched,
       count(*) FILTER (WHERE unmatched = 'no_id')::INTEGER AS no_id,
       count(*) FILTER (WHERE unmatched = 'not_customer')::INTEGER AS not_customer,
       count(*) FILTER (WHERE unmatched = 'ambiguous')::INTEGER AS ambiguous
FROM survey_matches
