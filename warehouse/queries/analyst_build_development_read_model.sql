-- Built in every read snapshot (warehouse.snapshot.publish), never in the live warehouse: each
-- development's page materialised, so `policywatch show` and the web app's development page read
-- a few rows of small tables instead of aggregating the mentions, signals and novelty of the
-- development's reports on every request. Same rows as analyst_development.sql,
-- analyst_development_reports.sql, analyst_report_novelty.sql, web_development_decisions.sql and
-- web_development_signals.sql (tests/test_development_read_model.py compares them on the demo).
-- Each table is sorted by development_id, so a lookup reads one stretch of it.

-- analyst_development.sql for every development, with its independent outlets
-- (analyst_independence.sql).
CREATE OR REPLACE TABLE read_developments AS
WITH independence AS (
    SELECT development_id, n_independent, derived_outlet_ids FROM development_independence
)
SELECT d.development_id,
       d.headline,
       d.first_published AS first_seen,
       d.last_published  AS last_seen,
       count(r.article_id)                         AS n_reports,
       count(DISTINCT r.outlet_id)                 AS n_outlets,
       list(DISTINCT r.outlet ORDER BY r.outlet)   AS outlets,
       d.is_policy,
       d.first_article_id,
       d.first_seen      AS stored_at,
       d.last_update,
       d.story_id,
       i.n_independent,
       i.derived_outlet_ids
FROM developments d
LEFT JOIN development_reports r USING (development_id)
LEFT JOIN independence i USING (development_id)
GROUP BY ALL
ORDER BY d.development_id;

-- analyst_development_reports.sql for every development, with what analyst_report_novelty.sql
-- reads beside each report (has_novelty: the grouping stage recorded the report's novelty).
CREATE OR REPLACE TABLE read_reports AS
WITH named AS (
    SELECT ae.article_id,
           list(ae.entity ORDER BY coalesce(b.salience, 0) DESC, ae.entity)   AS entities,
           list(ae.entity ORDER BY coalesce(b.salience, 0) DESC, ae.entity)
               FILTER (WHERE coalesce(b.main, NOT EXISTS (
                   SELECT 1 FROM article_about z WHERE z.article_id = ae.article_id)))
                                                                              AS main_entities
    FROM article_entities ae
    LEFT JOIN article_about b ON b.article_id = ae.article_id AND b.entity_id = ae.entity_id
    WHERE ae.article_id IN (SELECT article_id FROM development_members)
    GROUP BY ae.article_id
),
changes AS (
    SELECT v.article_id,
           max(v.version) - 1                                   AS updates,
           max(v.fetched_at)                                    AS last_changed,
           arg_max(v.changes, v.version)                        AS last_changes,
           list(v.correction ORDER BY v.version) FILTER (WHERE v.correction IS NOT NULL)
                                                                AS corrections
    FROM article_versions v
    WHERE v.article_id IN (SELECT article_id FROM development_members)
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
    WHERE s.article_id IN (SELECT article_id FROM development_members)
    GROUP BY s.article_id
)
SELECT r.development_id,
       r.article_id,
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
       x.stage_sentence,
       v.article_id IS NOT NULL         AS has_novelty,
       v.copy_of,
       cp.title                         AS copy_title,
       v.credits,
       v.n_added,
       v.added_sentences
FROM development_reports r
LEFT JOIN named n USING (article_id)
LEFT JOIN kinds k USING (article_id)
LEFT JOIN articles a USING (article_id)
LEFT JOIN changes c USING (article_id)
LEFT JOIN article_assessments x USING (article_id)
LEFT JOIN report_novelty v ON v.article_id = r.article_id AND v.development_id = r.development_id
LEFT JOIN articles cp ON cp.article_id = v.copy_of
ORDER BY r.development_id, r.is_first DESC, r.published NULLS LAST, r.first_seen, r.article_id;

-- web_development_decisions.sql for every development.
CREATE OR REPLACE TABLE read_report_decisions AS
SELECT m.development_id,
       m.article_id,
       m.source                 AS membership,
       g.decision,
       g.score                  AS probability,
       g.candidate_id,
       c.headline               AS candidate_headline,
       g.features,
       g.model_version,
       k.kind                   AS correction_kind,
       k.created_at             AS corrected_at,
       k.note                   AS correction_note
FROM development_members m
LEFT JOIN grouping_decisions g USING (article_id)
LEFT JOIN developments c ON c.development_id = g.candidate_id
LEFT JOIN grouping_pins p USING (article_id)
LEFT JOIN grouping_corrections k ON k.correction_id = p.correction_id
ORDER BY m.development_id, m.article_id;

-- web_development_signals.sql for every development.
CREATE OR REPLACE TABLE read_development_signal_rows AS
SELECT m.development_id, s.kind, s.sentence, s.article_id, a.title,
       coalesce(o.name, a.outlet_id) AS outlet,
       coalesce(s.reported, TRUE) AS reported, a.published, s.start_char
FROM development_members m
JOIN article_signals s USING (article_id)
JOIN articles a USING (article_id)
LEFT JOIN sources o ON o.outlet_id = a.outlet_id
ORDER BY m.development_id, s.kind, a.published, s.article_id, s.start_char;
