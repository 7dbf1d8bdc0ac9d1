-- Autocomplete for the entity filter: watchlist entities whose id, name or an alias starts with
-- (or, after those, contains) $prefix, case ignored.
SELECT entity_id, name, type, coalesce(aliases, []) AS aliases
FROM entities
WHERE $prefix = ''
   OR contains(lower(entity_id), lower($prefix))
   OR contains(lower(name), lower($prefix))
   OR len(list_filter(coalesce(aliases, []), x -> contains(lower(x), lower($prefix)))) > 0
ORDER BY (starts_with(lower(name), lower($prefix)) OR starts_with(lower(entity_id), lower($prefix)))
         DESC, name
LIMIT $limit;
