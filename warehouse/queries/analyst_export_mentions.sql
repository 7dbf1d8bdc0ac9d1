-- Export: every entity mention (offsets into title || '\n\n' || text), with the watchlist name.
-- $ids: only the mentions in articles of these developments (a list), or NULL for all of them.
SELECT x.article_id, x.start_char, x.end_char, x.text, x.label, x.entity_id,
       e.name AS entity, e.type AS entity_type, x.canonical
FROM mentions x
LEFT JOIN entities e USING (entity_id)
WHERE $ids IS NULL OR x.article_id IN (
    SELECT article_id FROM development_members WHERE list_contains($ids, development_id))
ORDER BY x.article_id, x.start_char;
