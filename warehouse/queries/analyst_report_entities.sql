-- The HTML report: the watchlist entities each development of $ids is about (a main subject of one
-- of its reports, or a parent of one), for its chips and the entity filter.
SELECT DISTINCT m.development_id, e.entity_id, e.name
FROM development_members m
JOIN article_main_entities x USING (article_id)
JOIN entities e ON e.entity_id = x.entity_id
WHERE m.development_id IN (SELECT unnest($ids));
