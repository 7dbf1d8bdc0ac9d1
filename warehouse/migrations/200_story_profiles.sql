-- Stories across months (nlp.cluster.StoryIndex): what grouping keeps of a development to link a
-- later one to its policy thread once it has left the grouping window, and the main subjects of
-- each report as grouping's input.

-- One row per development with a story key (a main subject: an agency, a company, a person; a
-- country for a development naming no specific one), written with the development's decisions
-- (warehouse.grouping.save_assignments) from its reports alone (nlp.cluster.Grouper.story_profile).
CREATE TABLE development_story_profiles (
    development_id  VARCHAR PRIMARY KEY,
    story_id        VARCHAR NOT NULL,
    last_published  TIMESTAMPTZ NOT NULL,
    vector          FLOAT[] NOT NULL,    -- mean title+lead embedding of the reports, unit length
    mains           VARCHAR[] NOT NULL,  -- main subjects at least half of the reports are about
    kinds           VARCHAR[] NOT NULL,  -- policy signal kinds of the reports
    subjects        VARCHAR[] NOT NULL,  -- policy subjects the first headlines state
    terms           VARCHAR[] NOT NULL,  -- the most frequent terms of the reports' texts
    term_counts     INTEGER[] NOT NULL,  -- their counts, in the same order
    readings        VARCHAR NOT NULL,    -- JSON: script and cross-language evidence of the first reports
    saved_at        TIMESTAMPTZ NOT NULL
);

CREATE INDEX development_story_profiles_last ON development_story_profiles (last_published);

-- What grouping compares for a stored report, as migration 071 defined it, with one column added
-- at the end: main_entity_ids, the watchlist entities the report is about (article_about rows with
-- main; NULL for a report tagged before salience existed: grouping then counts every entity it
-- names, as the pipeline does for a report whose tagging found no salience).
CREATE OR REPLACE MACRO grouping_items_of(since, ids, everything) AS TABLE
WITH wanted AS MATERIALIZED (
    SELECT m.article_id
    FROM development_members m
    JOIN developments d USING (development_id)
    WHERE d.last_published >= since
    UNION
    SELECT unnest(ids) AS article_id
    UNION
    SELECT article_id FROM articles WHERE everything
)
SELECT a.article_id, coalesce(a.published, a.first_seen) AS published, a.outlet_id, a.title,
       a.lead, a.text, e.vector,
       coalesce(x.entity_ids, []) AS entity_ids,
       coalesce(s.signal_kinds, []) AS signal_kinds,
       b.main_entity_ids
FROM articles a
SEMI JOIN wanted USING (article_id)
JOIN embeddings e USING (article_id)
LEFT JOIN (
    SELECT article_id, list(DISTINCT entity_id) AS entity_ids
    FROM mentions
    SEMI JOIN wanted USING (article_id)
    WHERE entity_id IS NOT NULL
    GROUP BY article_id
) x USING (article_id)
LEFT JOIN (
    SELECT article_id, list(DISTINCT kind) AS signal_kinds
    FROM article_signals
    SEMI JOIN wanted USING (article_id)
    GROUP BY article_id
) s USING (article_id)
LEFT JOIN (
    SELECT article_id,
           coalesce(list(DISTINCT entity_id) FILTER (WHERE main), []) AS main_entity_ids
    FROM article_about
    SEMI JOIN wanted USING (article_id)
    GROUP BY article_id
) b USING (article_id);

CREATE OR REPLACE VIEW grouping_items AS
SELECT * FROM grouping_items_of(NULL, []::VARCHAR[], true);
