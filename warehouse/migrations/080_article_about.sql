-- What each article is about and what it reports (nlp/about.py): entity salience and main
-- subjects, reported versus background policy signals, sourcing and policy stage. Articles tagged
-- before this migration have no rows here until `policywatch reprocess`: until then every entity
-- they name counts as a main subject and every signal as reported (the old behaviour).

ALTER TABLE article_signals ADD COLUMN reported BOOLEAN DEFAULT TRUE;

CREATE TABLE article_about (
    article_id  VARCHAR NOT NULL,
    entity_id   VARCHAR NOT NULL,
    salience    DOUBLE NOT NULL,             -- 0..1
    main        BOOLEAN NOT NULL,            -- the article is about it (actor or target)
    PRIMARY KEY (article_id, entity_id)
);

CREATE TABLE article_assessments (
    article_id         VARCHAR PRIMARY KEY,
    sourcing           VARCHAR NOT NULL,     -- official | on-record | denial | anonymous | secondary | none
    sourcing_sentence  VARCHAR,
    stage              VARCHAR NOT NULL,     -- none | reported | proposed | adopted | in-force | suspended | denied
    stage_sentence     VARCHAR
);

-- The main subjects of each article, with their parents (Alibaba Cloud main -> Alibaba main too,
-- up to three levels). An article without salience rows (tagged before it existed) counts every
-- watchlist entity it names, as before.
CREATE VIEW article_main_entities AS
WITH up AS (
    SELECT b.article_id, b.entity_id, e1.parent AS p1, e2.parent AS p2, e3.parent AS p3
    FROM article_about b
    LEFT JOIN entities e1 ON e1.entity_id = b.entity_id
    LEFT JOIN entities e2 ON e2.entity_id = e1.parent
    LEFT JOIN entities e3 ON e3.entity_id = e2.parent
    WHERE b.main
),
rolled AS (
    SELECT article_id, unnest([entity_id, p1, p2, p3]) AS entity_id FROM up
)
SELECT DISTINCT article_id, entity_id FROM rolled WHERE entity_id IS NOT NULL
UNION
SELECT DISTINCT x.article_id, x.entity_id
FROM mentions x
WHERE x.entity_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM article_about b WHERE b.article_id = x.article_id);

COMMENT ON VIEW article_main_entities IS 'One row per article and watchlist entity the article is about (a main subject: actor or target of its news), parents included (Alibaba Cloud main makes Alibaba match). Articles tagged before salience existed count every entity they name.';
COMMENT ON COLUMN article_main_entities.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN article_main_entities.entity_id IS 'Watchlist id of a main subject, or of a parent of one.';

-- One row per article and entity it names: salience and main flag (named entities only).
CREATE VIEW article_salience AS
SELECT b.article_id, b.entity_id, e.name AS entity, e.type AS entity_type, b.salience, b.main
FROM article_about b
JOIN entities e USING (entity_id);

COMMENT ON VIEW article_salience IS 'How much each article is about each watchlist entity it names: salience in [0, 1] and whether it is a main subject or a passing mention.';
COMMENT ON COLUMN article_salience.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN article_salience.entity_id IS 'Watchlist id of the entity.';
COMMENT ON COLUMN article_salience.entity IS 'Canonical name of the entity.';
COMMENT ON COLUMN article_salience.entity_type IS 'company, agency, government, country, person, organisation, topic or region.';
COMMENT ON COLUMN article_salience.salience IS 'From 0 (named in passing) to 1 (the subject of title and lead, named often).';
COMMENT ON COLUMN article_salience.main IS 'True when the article is about the entity (actor or target of its news).';

-- The timeline, as in 002, plus: entities ordered by salience, reported signals only in
-- `signals` (background ones in `background_signals`), the main subjects, the strongest sourcing
-- of the reports and the stage of the latest report that has one.
CREATE OR REPLACE VIEW timeline AS
WITH reports AS (
    SELECT development_id,
           count(*)                      AS n_reports,
           count(DISTINCT outlet_id)     AS n_outlets,
           list(DISTINCT outlet ORDER BY outlet) AS outlets
    FROM development_reports
    GROUP BY development_id
),
entity_scores AS (
    SELECT m.development_id, ae.entity, ae.entity_id,
           sum(coalesce(b.salience, 0.0))  AS salience,
           count(*)                        AS n,
           bool_or(coalesce(b.main, NOT EXISTS (
               SELECT 1 FROM article_about z WHERE z.article_id = ae.article_id))) AS main
    FROM development_members m
    JOIN article_entities ae USING (article_id)
    LEFT JOIN article_about b ON b.article_id = ae.article_id AND b.entity_id = ae.entity_id
    GROUP BY ALL
),
top_entities AS (
    SELECT development_id,
           list(entity ORDER BY salience DESC, n DESC, entity)                      AS entities,
           list(entity ORDER BY salience DESC, n DESC, entity) FILTER (WHERE main)  AS mains
    FROM entity_scores
    GROUP BY development_id
),
signals AS (
    SELECT m.development_id,
           list(DISTINCT s.kind ORDER BY s.kind) FILTER (WHERE coalesce(s.reported, TRUE)) AS signals,
           list(DISTINCT s.kind ORDER BY s.kind) FILTER (WHERE NOT coalesce(s.reported, TRUE))
               AS background
    FROM development_members m
    JOIN article_signals s USING (article_id)
    GROUP BY m.development_id
),
assessed AS (
    SELECT m.development_id,
           arg_min(x.sourcing, CASE x.sourcing
               WHEN 'official' THEN 1 WHEN 'on-record' THEN 2 WHEN 'denial' THEN 3
               WHEN 'anonymous' THEN 4 WHEN 'secondary' THEN 5 ELSE 6 END)       AS sourcing,
           arg_max(x.stage, coalesce(a.published, a.first_seen))
               FILTER (WHERE x.stage <> 'none')                                  AS stage
    FROM development_members m
    JOIN article_assessments x USING (article_id)
    JOIN articles a USING (article_id)
    GROUP BY m.development_id
)
SELECT
    d.development_id,
    d.headline,
    d.first_published                         AS first_seen,
    d.last_published                          AS last_seen,
    r.n_reports,
    r.n_outlets,
    r.outlets,
    coalesce(t.entities[1:5], [])             AS top_entities,
    coalesce(g.signals, [])                   AS signals,
    d.is_policy,
    d.first_article_id,
    d.last_update,
    coalesce(t.mains, [])                     AS main_entities,
    list_filter(coalesce(g.background, []), k -> NOT list_contains(coalesce(g.signals, []), k))
                                              AS background_signals,
    coalesce(x.sourcing, 'none')              AS sourcing,
    coalesce(x.stage, 'none')                 AS stage
FROM developments d
JOIN reports r USING (development_id)
LEFT JOIN top_entities t USING (development_id)
LEFT JOIN signals g USING (development_id)
LEFT JOIN assessed x USING (development_id);

COMMENT ON VIEW timeline IS 'One row per development (a news event reported by one or more outlets): when it was first and last reported, its headline, how many reports and outlets, the entities it is about (most salient first), its policy signals (reported and background), its sourcing and policy stage. Stable: notebooks and SQL users depend on it.';
COMMENT ON COLUMN timeline.development_id IS 'Stable id of the development (sha1 of its first report); use it with `policywatch show`.';
COMMENT ON COLUMN timeline.headline IS 'Headline of the development, chosen by the grouping stage: the title of its most representative report.';
COMMENT ON COLUMN timeline.first_seen IS 'Publication time (UTC) of the earliest report.';
COMMENT ON COLUMN timeline.last_seen IS 'Publication time (UTC) of the latest report.';
COMMENT ON COLUMN timeline.n_reports IS 'Number of articles (reports) grouped into the development.';
COMMENT ON COLUMN timeline.n_outlets IS 'Number of distinct outlets that reported it.';
COMMENT ON COLUMN timeline.outlets IS 'Names of the outlets that reported it, sorted.';
COMMENT ON COLUMN timeline.top_entities IS 'Up to five watchlist entities the reports name, most salient first (summed salience over the reports, then number of reports naming it).';
COMMENT ON COLUMN timeline.signals IS 'Kinds of policy action the reports report as news (restriction, export-control, ...), sorted; background mentions are in background_signals.';
COMMENT ON COLUMN timeline.is_policy IS 'True when a report reports a policy action (a reported signal in its title or lead, or in two sentences).';
COMMENT ON COLUMN timeline.first_article_id IS 'article_id of the first report (the one that opened the development).';
COMMENT ON COLUMN timeline.last_update IS 'When the pipeline last changed the development (UTC).';
COMMENT ON COLUMN timeline.main_entities IS 'Watchlist entities at least one report is about (main subjects: actor or target of the news), most salient first.';
COMMENT ON COLUMN timeline.background_signals IS 'Kinds of policy action the reports name only as background (an earlier rule, a comparison, a rule complied with), sorted.';
COMMENT ON COLUMN timeline.sourcing IS 'Strongest sourcing among the reports: official (the authority''s own notice or statement), on-record (named people, company statements), denial, anonymous, secondary (another outlet''s report) or none.';
COMMENT ON COLUMN timeline.stage IS 'Policy stage of the latest report that has one: reported (unconfirmed), proposed, adopted, in-force, suspended, denied; none when no report reports a policy action.';
