-- Timeline rows of the developments $ids (what the analyst follows), last update first. Reads the
-- snapshot's materialised timeline (the same rows as the timeline query).
SELECT development_id, first_seen, last_seen, headline, n_reports, n_outlets, outlets,
       top_entities, signals, is_policy
FROM read_timeline
WHERE development_id IN (SELECT unnest($ids::VARCHAR[]))
ORDER BY last_seen DESC, development_id;
