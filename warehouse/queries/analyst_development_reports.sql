-- The reports of development $id in order (earliest first), each with the entities it names and
-- the policy signals found in it.
WITH reports AS (
    SELECT * FROM development_reports WHERE development_id = $id
),
named AS (
    SELECT ae.article_id, list(DISTINCT ae.entity ORDER BY ae.entity) AS entities
    FROM article_entities ae
    WHERE ae.article_id IN (SELECT article_id FROM reports)
    GROUP BY ae.article_id
),
kinds AS (
    SELECT s.article_id,
           list(DISTINCT s.kind ORDER BY s.kind) AS signals,
           list(s.sentence ORDER BY s.start_char) AS signal_sentences
    FROM article_signals s
    WHERE s.article_id IN (SELECT article_id FROM reports)
    GROUP BY s.article_id
)
SELECT r.article_id,
       r.is_first,
       r.published,
       r.first_seen,
       r.outlet_id,
       coalesce(r.outlet, r.outlet_id)  AS outlet,
       r.title,
       r.url,
       r.score,
       r.membership_source,
       coalesce(n.entities, [])         AS entities,
       coalesce(k.signals, [])          AS signals,
       coalesce(k.signal_sentences, []) AS signal_sentences,
       a.access
FROM reports r
LEFT JOIN named n USING (article_id)
LEFT JOIN kinds k USING (article_id)
LEFT JOIN articles a USING (article_id)
ORDER BY r.is_first DESC, r.published NULLS LAST, r.first_seen, r.article_id;
