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

-- The timeline view as migration 002 defined it, with one column added at the end: story_id.
CREATE OR REPLACE VIEW timeline AS
WITH reports AS (
    SELECT development_id,
           count(*)                      AS n_reports,
           count(DISTINCT outlet_id)     AS n_outlets,
           list(DISTINCT outlet ORDER BY outlet) AS outlets
    FROM development_reports
    GROUP BY development_id
),
entity_counts AS (
    SELECT m.development_id, ae.entity, count(*) AS n
    FROM development_members m
    JOIN article_entities ae USING (article_id)
    GROUP BY ALL
),
top_entities AS (
    SELECT development_id, list(entity ORDER BY n DESC, entity) AS entities
    FROM entity_counts
    GROUP BY development_id
),
signals AS (
    SELECT m.development_id, list(DISTINCT s.kind ORDER BY s.kind) AS signals
    FROM development_members m
    JOIN article_signals s USING (article_id)
    GROUP BY development_id
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
    d.story_id
FROM developments d
JOIN reports r USING (development_id)
LEFT JOIN top_entities t USING (development_id)
LEFT JOIN signals g USING (development_id);

-- A replaced view loses its comments: those of migrations 050 and 051, again, and the new column's.
COMMENT ON VIEW timeline IS 'One row per development (a news event reported by one or more outlets): when it was first and last reported, its headline, how many reports and outlets, the entities it names most, its policy signals. Stable: notebooks and SQL users depend on it.';
COMMENT ON COLUMN timeline.development_id IS 'Stable id of the development (sha1 of its first report); use it with `policywatch show`.';
COMMENT ON COLUMN timeline.headline IS 'Headline of the development, chosen by the grouping stage: the title of its most representative report.';
COMMENT ON COLUMN timeline.first_seen IS 'Publication time (UTC) of the earliest report.';
COMMENT ON COLUMN timeline.last_seen IS 'Publication time (UTC) of the latest report.';
COMMENT ON COLUMN timeline.n_reports IS 'Number of articles (reports) grouped into the development.';
COMMENT ON COLUMN timeline.n_outlets IS 'Number of distinct outlets that reported it.';
COMMENT ON COLUMN timeline.outlets IS 'Names of the outlets that reported it, sorted.';
COMMENT ON COLUMN timeline.top_entities IS 'Up to five watchlist entities the reports name most often, most frequent first.';
COMMENT ON COLUMN timeline.signals IS 'Kinds of policy action found in the reports (restriction, export-control, ...), sorted.';
COMMENT ON COLUMN timeline.is_policy IS 'True when at least one report carries a policy signal.';
COMMENT ON COLUMN timeline.first_article_id IS 'article_id of the first report (the one that opened the development).';
COMMENT ON COLUMN timeline.last_update IS 'When the pipeline last changed the development (UTC).';
COMMENT ON COLUMN timeline.story_id IS 'The story the development belongs to: developments of one longer-running thread share it (see developments.story_id).';
