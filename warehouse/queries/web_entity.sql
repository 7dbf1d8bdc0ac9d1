-- One watchlist entity by id, name or alias ($entity), as the timeline's entity filter reads it.
SELECT e.entity_id, e.name, e.type, coalesce(e.aliases, []) AS aliases, e.wikidata, e.parent
FROM entities e
WHERE lower(e.entity_id) = lower($entity)
   OR lower(e.name) = lower($entity)
   OR list_contains(list_transform(e.aliases, x -> lower(x)), lower($entity))
ORDER BY lower(e.entity_id) = lower($entity) DESC, e.entity_id
LIMIT 1;
