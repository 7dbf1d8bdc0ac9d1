-- Stories: the longer-running thread several developments belong to (the same topic over weeks:
-- two same-kind events, a regulation's steps). The grouping stage decides a development's story
-- when it opens (nlp.cluster.Grouper.settle_stories); developments stored before this migration
-- each get a story of their own (the id nlp.cluster.story_id_for gives: sha1 of 'story', the
-- unit separator and the development id, 16 hex characters).
ALTER TABLE developments ADD COLUMN story_id VARCHAR;

UPDATE developments
SET story_id = substr(sha1('story' || chr(31) || development_id), 1, 16)
WHERE story_id IS NULL;

COMMENT ON COLUMN developments.story_id IS 'The story the development belongs to: developments of one longer-running thread (the same topic over weeks) share it.';

-- The timeline as migration 080 defined it (002's, plus: entities ordered by salience, reported signals only in
-- `signals` (background ones in `background_signals`), the main subjects, the strongest sourcing
-- of the reports and the stage of the latest report that has one), with one column added at
-- the end: story_id.
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
    coalesce(x.stage, 'none')                 AS stage,
    d.story_id
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
COMMENT ON COLUMN timeline.story_id IS 'The story the development belongs to: developments of one longer-running thread share it (see developments.story_id).';
