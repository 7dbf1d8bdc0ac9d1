-- Export: every entity mention (offsets into title || '\n\n' || text), with the watchlist name.
SELECT x.article_id, x.start_char, x.end_char, x.text, x.label, x.entity_id,
       e.name AS entity, e.type AS entity_type, x.canonical
FROM mentions x
LEFT JOIN entities e USING (entity_id)
ORDER BY x.article_id, x.start_char;
