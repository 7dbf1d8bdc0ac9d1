-- analyst_development.sql on a read snapshot: development $id from read_developments, with its
-- independent outlets (analyst_independence.sql).
SELECT development_id, headline, first_seen, last_seen, n_reports, n_outlets, outlets, is_policy,
       first_article_id, stored_at, last_update, story_id, n_independent, derived_outlet_ids
FROM read_developments
WHERE development_id = $id;
