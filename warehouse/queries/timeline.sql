-- The timeline for the CLI, newest first, with optional filters (NULL = no filter).
SELECT development_id, first_seen, last_seen, headline, n_reports, n_outlets, outlets,
       top_entities, signals, is_policy
FROM timeline t
WHERE ($since IS NULL OR t.last_seen >= $since)
  AND ($until IS NULL OR t.first_seen < $until)
  AND ($policy_only IS NULL OR NOT $policy_only OR t.is_policy)
  AND ($entity IS NULL OR EXISTS (
        SELECT 1 FROM development_members m
        JOIN article_entities ae USING (article_id)
        JOIN entities e ON e.entity_id = ae.entity_id
        WHERE m.development_id = t.development_id
          AND (lower(e.entity_id) = lower($entity) OR lower(e.name) = lower($entity)
               OR list_contains(list_transform(e.aliases, x -> lower(x)), lower($entity)))))
ORDER BY t.first_seen DESC, t.development_id
LIMIT $limit;
