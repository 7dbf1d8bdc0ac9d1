-- The timeline on a read snapshot: the same rows as analyst_timeline.sql (tests compare them),
-- read from the tables analyst_build_read_model.sql materialised when the snapshot was published.
WITH wanted_entities AS (
    SELECT e.entity_id
    FROM entities e
    WHERE lower(e.entity_id) = lower($entity)
       OR lower(e.name) = lower($entity)
       OR list_contains(list_transform(e.aliases, x -> lower(x)), lower($entity))
)
SELECT t.development_id, t.first_seen, t.last_seen, t.headline, t.n_reports, t.n_outlets,
       t.outlets, t.top_entities, t.signals, t.is_policy, t.main_entities, t.background_signals,
       t.sourcing, t.stage, t.story_id, t.status, t.confirmed, t.status_changed
FROM read_timeline t
WHERE ($since IS NULL OR t.last_seen >= $since)
  AND ($until IS NULL OR t.first_seen < $until)
  AND ($policy_only IS NULL OR NOT $policy_only OR t.is_policy)
  AND ($entity IS NULL OR t.development_id IN (
        SELECT development_id FROM read_development_entities
        WHERE entity_id IN (SELECT entity_id FROM wanted_entities)
          AND how = CASE WHEN coalesce($include_mentions, FALSE) THEN 'mention' ELSE 'main' END))
  AND ($signal IS NULL OR t.development_id IN (
        SELECT development_id FROM read_development_signals WHERE kind = lower($signal)))
  AND ($outlet IS NULL OR t.development_id IN (
        SELECT development_id FROM read_development_outlets
        WHERE outlet_id = lower($outlet) OR outlet = lower($outlet)))
  AND ($min_outlets IS NULL OR t.n_outlets >= $min_outlets)
  AND ($status IS NULL OR t.status = $status)
  AND ($confirmed IS NULL OR t.confirmed = $confirmed)
  AND ($min_independent IS NULL OR t.development_id IN (
        SELECT development_id FROM read_development_independence
        WHERE n_independent >= $min_independent))
ORDER BY CASE WHEN $sort = 'last-update' THEN t.last_seen ELSE t.first_seen END DESC,
         t.first_seen DESC, t.development_id
LIMIT $limit;
