-- What grouping compares for the given reports ($ids): title+lead vector, body, linked
-- entities, policy signals (warehouse.grouping.load_grouper, for reports not yet profiled).
SELECT m.development_id, m.article_id, coalesce(a.published, a.first_seen) AS published,
       a.outlet_id, a.title, a.lead, a.text, e.vector,
       coalesce((SELECT list(DISTINCT x.entity_id) FROM mentions x
                 WHERE x.article_id = m.article_id AND x.entity_id IS NOT NULL), []) AS entity_ids,
       coalesce((SELECT list(DISTINCT s.kind) FROM article_signals s
                 WHERE s.article_id = m.article_id), []) AS signal_kinds
FROM development_members m
JOIN articles a USING (article_id)
JOIN embeddings e USING (article_id)
WHERE m.article_id IN (SELECT unnest($ids));
