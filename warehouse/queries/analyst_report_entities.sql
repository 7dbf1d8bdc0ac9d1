-- The HTML report: the watchlist entities each development of $ids names (for the entity filter).
SELECT DISTINCT m.development_id, e.entity_id, e.name
FROM development_members m
JOIN mentions x USING (article_id)
JOIN entities e ON e.entity_id = x.entity_id
WHERE m.development_id IN (SELECT unnest($ids));
