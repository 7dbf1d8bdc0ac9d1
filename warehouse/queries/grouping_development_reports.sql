-- The reports of some developments with what their facts are computed from.
SELECT m.development_id, a.article_id, a.outlet_id, a.published, a.first_seen, a.title, a.text,
       e.vector,
       -- Where the article's policy signals start (offsets into title || '\n\n' || text).
       coalesce((SELECT list(s.start_char ORDER BY s.start_char) FROM article_signals s
                 WHERE s.article_id = a.article_id), []) AS signal_starts
FROM development_members m
JOIN articles a USING (article_id)
LEFT JOIN embeddings e USING (article_id)
WHERE m.development_id IN (SELECT unnest($ids))
ORDER BY m.development_id, a.published, a.article_id;
