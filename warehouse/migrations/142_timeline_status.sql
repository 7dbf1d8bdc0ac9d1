-- Each development's current status, from its status changes (migration 141), and the
-- timeline with three columns added at the end: status, confirmed, status_changed.
CREATE VIEW development_status AS
SELECT development_id,
       arg_max(status, seq)                          AS status,
       arg_max(confirmed_by IS NOT NULL, seq)        AS confirmed,
       arg_max(changed_at, seq)                      AS status_changed,
       arg_max(confirmed_by, seq)                    AS confirmed_by,
       arg_max(confirmed_at, seq)                    AS confirmed_at,
       count(*)                                      AS n_status_changes
FROM development_status_changes
GROUP BY development_id;

COMMENT ON VIEW development_status IS 'One row per development that has a status: its current status, whether an official source backs it, since when, and how many changes it went through.';
COMMENT ON COLUMN development_status.development_id IS 'The development (developments.development_id).';
COMMENT ON COLUMN development_status.status IS 'Current status: reported, proposed, adopted, in-force, suspended or denied.';
COMMENT ON COLUMN development_status.confirmed IS 'True when an official source (an official outlet''s notice, or a report resting on the authority''s own statement) backs the current status.';
COMMENT ON COLUMN development_status.status_changed IS 'When the current status began: publication time (UTC) of its first report.';
COMMENT ON COLUMN development_status.confirmed_by IS 'The official-backed report that confirms the current status (articles.article_id), or NULL.';
COMMENT ON COLUMN development_status.confirmed_at IS 'Publication time of that report, or NULL.';
COMMENT ON COLUMN development_status.n_status_changes IS 'Number of status changes so far (1 for a development that never changed status).';

-- The timeline as migration 090 defined it (080's with story_id), with three columns added at
-- the end: status, confirmed, status_changed.
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
    d.story_id,
    st.status,
    coalesce(st.confirmed, FALSE)             AS confirmed,
    st.status_changed
FROM developments d
JOIN reports r USING (development_id)
LEFT JOIN top_entities t USING (development_id)
LEFT JOIN signals g USING (development_id)
LEFT JOIN assessed x USING (development_id)
LEFT JOIN development_status st USING (development_id);

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
COMMENT ON COLUMN timeline.status IS 'Current status of the development over time (development_status_changes): reported, proposed, adopted, in-force, suspended or denied; NULL when no report shows a policy stage.';
COMMENT ON COLUMN timeline.confirmed IS 'True when an official source (an official outlet''s notice, or a report resting on the authority''s own statement) backs the current status.';
COMMENT ON COLUMN timeline.status_changed IS 'When the current status began: publication time (UTC) of the first report showing it; NULL without a status.';
