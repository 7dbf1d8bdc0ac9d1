-- What grouping compares for each stored article: title+lead vector, body, linked entities,
-- policy signals. One definition for the queries that load articles into a grouper
-- (grouping_member_rows.sql, grouping_all_items.sql). Internal: not one of the analysts' views.
CREATE OR REPLACE VIEW grouping_items AS
SELECT a.article_id, coalesce(a.published, a.first_seen) AS published, a.outlet_id, a.title,
       a.lead, a.text, e.vector,
       coalesce((SELECT list(DISTINCT x.entity_id) FROM mentions x
                 WHERE x.article_id = a.article_id AND x.entity_id IS NOT NULL), []) AS entity_ids,
       coalesce((SELECT list(DISTINCT s.kind) FROM article_signals s
                 WHERE s.article_id = a.article_id), []) AS signal_kinds
FROM articles a
JOIN embeddings e USING (article_id);
