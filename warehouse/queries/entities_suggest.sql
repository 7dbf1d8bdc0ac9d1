-- `policywatch entities suggest`: frequent names no watchlist entity links ($min_articles, $limit).
-- Reads the mentions table itself (not the unlinked_names view) so that it also works on a
-- warehouse opened read-only before migration 030 was applied.
SELECT
    canonical,
    mode(label)                               AS label,
    count(DISTINCT article_id)                AS n_articles,
    count(*)                                  AS n_mentions,
    list(DISTINCT text ORDER BY text)[1:5]    AS forms
FROM mentions
WHERE entity_id IS NULL
  AND label IN ('ORG', 'GPE', 'PERSON', 'FAC', 'LOC')   -- nationalities (NORP) are not entities to add
GROUP BY canonical
HAVING count(DISTINCT article_id) >= $min_articles
ORDER BY n_articles DESC, n_mentions DESC, canonical
LIMIT $limit;
