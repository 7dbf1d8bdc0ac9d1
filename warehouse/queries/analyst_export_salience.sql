-- Export: what each article is about: every watchlist entity it names, with its salience (0 to 1)
-- and whether it is a main subject (the actor or target of its news) or a passing mention.
-- $ids: only the articles of these developments (a list), or NULL for all of them.
SELECT b.article_id, b.entity_id, e.name AS entity, e.type AS entity_type, b.salience, b.main
FROM article_about b
LEFT JOIN entities e USING (entity_id)
WHERE $ids IS NULL OR b.article_id IN (
    SELECT article_id FROM development_members WHERE list_contains($ids, development_id))
ORDER BY b.article_id, b.salience DESC, b.entity_id;
