-- web_development_decisions.sql on a read snapshot: the grouping decision behind each report of
-- development $id, from read_report_decisions.
SELECT article_id, membership, decision, probability, candidate_id, candidate_headline, features,
       model_version, correction_kind, corrected_at, correction_note
FROM read_report_decisions
WHERE development_id = $id;
