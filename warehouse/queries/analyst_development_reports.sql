-- The reports of development $id in order (earliest first), each with the entities it names (most
-- salient first), those it is about, the policy signals it reports and those it names only as
-- background, and its sourcing and policy stage.
WITH reports AS (
    SELECT * FROM development_reports WHERE development_id = $id
),
named AS (
    SELECT ae.article_id,
           list(ae.entity ORDER BY coalesce(b.salience, 0) DESC, ae.entity)   AS entities,
           list(ae.entity ORDER BY coalesce(b.salience, 0) DESC, ae.entity)
               FILTER (WHERE coalesce(b.main, NOT EXISTS (
                   SELECT 1 FROM article_about z WHERE z.article_id = ae.article_id)))
                                                                              AS main_entities
    FROM article_entities ae
    LEFT JOIN article_about b ON b.article_id = ae.article_id AND b.entity_id = ae.entity_id
    WHERE ae.article_id IN (SELECT article_id FROM reports)
    GROUP BY ae.article_id
),
changes AS (
    -- issue 24: versions found by re-checks (version 1 is the text as first stored)
    SELECT v.article_id,
           max(v.version) - 1                                   AS updates,
           max(v.fetched_at)                                    AS last_changed,
           arg_max(v.changes, v.version)                        AS last_changes,
           list(v.correction ORDER BY v.version) FILTER (WHERE v.correction IS NOT NULL)
                                                                AS corrections
    FROM article_versions v
    WHERE v.article_id IN (SELECT article_id FROM reports)
    GROUP BY v.article_id
),
kinds AS (
    SELECT s.article_id,
           list(DISTINCT s.kind ORDER BY s.kind) FILTER (WHERE coalesce(s.reported, TRUE))
                                                                              AS signals,
           list(DISTINCT s.kind ORDER BY s.kind) FILTER (WHERE NOT coalesce(s.reported, TRUE))
                                                                              AS background,
           list(s.sentence ORDER BY s.start_char)                             AS signal_sentences
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
       a.access,
       coalesce(c.updates, 0)           AS updates,
       c.last_changed,
       c.last_changes,
       coalesce(c.corrections, [])      AS corrections,
       coalesce(n.main_entities, [])    AS main_entities,
       list_filter(coalesce(k.background, []), x -> NOT list_contains(coalesce(k.signals, []), x))
                                        AS background_signals,
       coalesce(x.sourcing, 'none')     AS sourcing,
       x.sourcing_sentence,
       coalesce(x.stage, 'none')        AS stage,
       x.stage_sentence
FROM reports r
LEFT JOIN named n USING (article_id)
LEFT JOIN kinds k USING (article_id)
LEFT JOIN articles a USING (article_id)
LEFT JOIN changes c USING (article_id)
LEFT JOIN article_assessments x USING (article_id)
ORDER BY r.is_first DESC, r.published NULLS LAST, r.first_seen, r.article_id;
