-- The reports of some developments with what their facts are computed from.
SELECT m.development_id, a.article_id, a.outlet_id, a.published, a.first_seen, a.title, a.text,
       e.vector,
       EXISTS (SELECT 1 FROM article_signals s WHERE s.article_id = a.article_id) AS has_signal
FROM development_members m
JOIN articles a USING (article_id)
LEFT JOIN embeddings e USING (article_id)
WHERE m.development_id IN (SELECT unnest($ids))
ORDER BY m.development_id, a.published, a.article_id;
