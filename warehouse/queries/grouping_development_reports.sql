-- The reports of some developments ($ids) with what their facts are computed from. The members are
-- picked first and every other table is read only for them (a join of whole tables took seconds
-- per batch at a million articles).
WITH wanted AS MATERIALIZED (
    SELECT development_id, article_id
    FROM development_members
    WHERE development_id IN (SELECT unnest($ids))
),
signal_starts AS (
    -- Where each article's reported policy signals start (offsets into title || '\n\n' || text):
    -- background signals (an earlier rule, a comparison) do not make a policy development.
    SELECT article_id, list(start_char ORDER BY start_char) AS starts
    FROM article_signals
    SEMI JOIN wanted USING (article_id)
    WHERE coalesce(reported, TRUE)
    GROUP BY article_id
)
SELECT w.development_id, a.article_id, a.outlet_id, a.published, a.first_seen, a.title, a.text,
       e.vector, coalesce(s.starts, []) AS signal_starts
FROM wanted w
JOIN articles a USING (article_id)
LEFT JOIN (SELECT article_id, vector FROM embeddings SEMI JOIN wanted USING (article_id)) e
    USING (article_id)
LEFT JOIN signal_starts s USING (article_id)
ORDER BY w.development_id, a.published, a.article_id;
