-- The reports of development $id in order (earliest first), each with the entities it names and
-- the policy signals found in it.
WITH members AS (
    SELECT article_id FROM development_members WHERE development_id = $id
),
reports AS (
    SELECT * FROM development_reports WHERE development_id = $id
),
named AS (
    -- article_entities' rows for these reports, read from mentions directly (semi-joins on the
    -- members: about a third faster than filtering the views on 10,000 articles).
    SELECT x.article_id, list(DISTINCT e.name ORDER BY e.name) AS entities
    FROM mentions x
    JOIN entities e USING (entity_id)
    WHERE x.article_id IN (SELECT article_id FROM members)
    GROUP BY x.article_id
),
kinds AS (
    SELECT s.article_id,
           list(DISTINCT s.kind ORDER BY s.kind) AS signals,
           list(s.sentence ORDER BY s.start_char) AS signal_sentences
    FROM article_signals s
    WHERE s.article_id IN (SELECT article_id FROM members)
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
       coalesce(k.signal_sentences, []) AS signal_sentences
FROM reports r
LEFT JOIN named n USING (article_id)
LEFT JOIN kinds k USING (article_id)
ORDER BY r.is_first DESC, r.published NULLS LAST, r.first_seen, r.article_id;
