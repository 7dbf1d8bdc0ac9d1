-- Full-text search without an index (a warehouse with no read snapshot yet): every article is
-- scanned; a term in the title counts 2, in the text 1. $terms is a list of lower-case words.
-- Filters and $phrases as in analyst_search_fts.sql.
WITH wanted_entities AS (
    SELECT e.entity_id
    FROM entities e
    WHERE lower(e.entity_id) = lower($entity)
       OR lower(e.name) = lower($entity)
       OR list_contains(list_transform(e.aliases, x -> lower(x)), lower($entity))
)
SELECT article_id, score
FROM (
    SELECT a.article_id,
           list_sum([contains(lower(a.title), t)::INTEGER * 2
                     + contains(lower(a.text), t)::INTEGER for t in $terms]) AS score,
           lower(a.title || ' ' || a.text) AS haystack
    FROM articles a
    WHERE ($since IS NULL OR a.published >= $since)
      AND ($until IS NULL OR a.published < $until)
      AND ($outlet IS NULL OR lower(a.outlet_id) = lower($outlet)
           OR a.outlet_id IN (SELECT outlet_id FROM sources WHERE lower(name) = lower($outlet)))
      AND ($entity IS NULL OR a.article_id IN (
            SELECT article_id FROM mentions
            WHERE entity_id IN (SELECT entity_id FROM wanted_entities)))
)
WHERE score > 0
  AND (len($phrases::VARCHAR[]) = 0
       OR list_bool_and(list_transform($phrases::VARCHAR[], p -> contains(haystack, p))))
ORDER BY score DESC, article_id
LIMIT $k;
