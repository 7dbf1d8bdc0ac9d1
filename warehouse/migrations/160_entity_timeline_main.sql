-- The timeline per entity on main subjects, as everything else that shows an entity: a row per
-- entity and development that at least one report is about (the entity is a main subject, or a
-- parent of one, as `timeline --entity` matches). Every development that merely names the entity
-- stays reachable in `entity_mentions_timeline`, with a `main` column to tell the two apart.
-- Articles tagged before salience existed count every entity they name as a main subject.

CREATE OR REPLACE VIEW entity_mentions_timeline AS
WITH pairs AS (
    SELECT m.development_id, ae.entity_id, ae.article_id, FALSE AS is_main
    FROM development_members m
    JOIN article_entities ae USING (article_id)
    UNION ALL
    SELECT m.development_id, x.entity_id, x.article_id, TRUE AS is_main
    FROM development_members m
    JOIN article_main_entities x USING (article_id)
),
counted AS (
    SELECT development_id, entity_id,
           count(DISTINCT article_id) FILTER (WHERE is_main)     AS n_main_reports,
           count(DISTINCT article_id) FILTER (WHERE NOT is_main) AS n_naming_reports
    FROM pairs
    GROUP BY development_id, entity_id
),
scored AS (
    SELECT m.development_id, b.entity_id, max(b.salience) AS salience
    FROM development_members m
    JOIN article_about b USING (article_id)
    GROUP BY m.development_id, b.entity_id
)
SELECT
    c.entity_id,
    e.name                    AS entity,
    t.development_id,
    t.headline,
    t.first_seen,
    t.last_seen,
    t.n_reports,
    t.n_outlets,
    t.is_policy,
    c.n_main_reports > 0      AS main,
    s.salience,
    c.n_main_reports,
    c.n_naming_reports
FROM counted c
JOIN entities e USING (entity_id)
JOIN timeline t USING (development_id)
LEFT JOIN scored s ON s.development_id = c.development_id AND s.entity_id = c.entity_id;

COMMENT ON VIEW entity_mentions_timeline IS 'The timeline per entity, mentions included: one row per watchlist entity and development that names it or is about it; `main` tells developments about the entity from passing mentions.';
COMMENT ON COLUMN entity_mentions_timeline.entity_id IS 'Watchlist id of the entity.';
COMMENT ON COLUMN entity_mentions_timeline.entity IS 'Canonical name of the entity.';
COMMENT ON COLUMN entity_mentions_timeline.development_id IS 'A development at least one report of which names the entity or is about it.';
COMMENT ON COLUMN entity_mentions_timeline.headline IS 'Headline of the development (see timeline.headline).';
COMMENT ON COLUMN entity_mentions_timeline.first_seen IS 'Publication time (UTC) of the development''s earliest report.';
COMMENT ON COLUMN entity_mentions_timeline.last_seen IS 'Publication time (UTC) of the development''s latest report.';
COMMENT ON COLUMN entity_mentions_timeline.n_reports IS 'Number of reports of the development (all of them, not only those naming the entity).';
COMMENT ON COLUMN entity_mentions_timeline.n_outlets IS 'Number of distinct outlets that reported the development.';
COMMENT ON COLUMN entity_mentions_timeline.is_policy IS 'True when a report reports a policy action (see timeline.is_policy).';
COMMENT ON COLUMN entity_mentions_timeline.main IS 'True when at least one report is about the entity (a main subject: actor or target of its news, or a parent of one); false for passing mentions only.';
COMMENT ON COLUMN entity_mentions_timeline.salience IS 'Highest salience of the entity among the reports that name it, 0 (named in passing) to 1; NULL when no report names it (a parent made main by its unit) or the reports were tagged before salience existed.';
COMMENT ON COLUMN entity_mentions_timeline.n_main_reports IS 'Number of reports about the entity (main subject, or parent of one).';
COMMENT ON COLUMN entity_mentions_timeline.n_naming_reports IS 'Number of reports that name the entity, main subject or not.';

CREATE OR REPLACE VIEW entity_timeline AS
SELECT entity_id, entity, development_id, headline, first_seen, last_seen, n_reports, n_outlets,
       is_policy, salience, n_main_reports, n_naming_reports
FROM entity_mentions_timeline
WHERE main;

COMMENT ON VIEW entity_timeline IS 'The timeline per entity: one row per watchlist entity and development that is about it (a report has it as a main subject, or a unit of it: as `timeline --entity`); passing mentions are in entity_mentions_timeline.';
COMMENT ON COLUMN entity_timeline.entity_id IS 'Watchlist id of the entity.';
COMMENT ON COLUMN entity_timeline.entity IS 'Canonical name of the entity.';
COMMENT ON COLUMN entity_timeline.development_id IS 'A development at least one report of which is about the entity.';
COMMENT ON COLUMN entity_timeline.headline IS 'Headline of the development (see timeline.headline).';
COMMENT ON COLUMN entity_timeline.first_seen IS 'Publication time (UTC) of the development''s earliest report.';
COMMENT ON COLUMN entity_timeline.last_seen IS 'Publication time (UTC) of the development''s latest report.';
COMMENT ON COLUMN entity_timeline.n_reports IS 'Number of reports of the development (all of them, not only those about the entity).';
COMMENT ON COLUMN entity_timeline.n_outlets IS 'Number of distinct outlets that reported the development.';
COMMENT ON COLUMN entity_timeline.is_policy IS 'True when a report reports a policy action (see timeline.is_policy).';
COMMENT ON COLUMN entity_timeline.salience IS 'Highest salience of the entity among the reports that name it, 0 to 1 (NULL when no report names it: a parent made main by its unit, or reports tagged before salience existed).';
COMMENT ON COLUMN entity_timeline.n_main_reports IS 'Number of reports about the entity (main subject, or parent of one).';
COMMENT ON COLUMN entity_timeline.n_naming_reports IS 'Number of reports that name the entity.';
