-- Tables rebuilt from other tables lose their PRIMARY KEY: development_facts, report_facts,
-- report_additions (migration 040), grouping_candidates (040), development_status_changes (141)
-- and development_story_profiles (200).
--
-- Each write of these tables deletes the rows of the developments (or reports) it recomputes and
-- inserts their new rows in the same transaction, most of them under the same keys. With a key
-- constraint, DuckDB deletes and inserts the same index keys in one transaction; after a killed
-- process's write-ahead log was replayed it could refuse that commit ("duplicate key") and then
-- abort the process while undoing it. Without the constraint there is no index to append to;
-- one row per key is kept by the writes themselves (warehouse.load.replace_rows checks that the
-- rows it inserts repeat no key and belong to the subjects whose rows it deleted).
--
-- DuckDB cannot drop a PRIMARY KEY in place: each table is copied aside, created again with the
-- same columns and NOT NULL rules, and filled back. Views read the tables by name and stay valid.

CREATE TEMP TABLE _old_development_facts AS SELECT * FROM development_facts;
DROP TABLE development_facts;
CREATE TABLE development_facts (
    development_id         VARCHAR NOT NULL,   -- one row per development
    headline               VARCHAR NOT NULL,   -- title of the most central report
    headline_article_id    VARCHAR NOT NULL,
    first_article_id       VARCHAR NOT NULL,   -- earliest publication
    first_outlet_id        VARCHAR NOT NULL,
    first_published        TIMESTAMPTZ,
    last_published         TIMESTAMPTZ,
    n_reports              INTEGER NOT NULL,
    n_outlets              INTEGER NOT NULL,
    n_independent_outlets  INTEGER NOT NULL,   -- syndicated / near-copied reports count once
    credited_outlets       VARCHAR[],          -- outlets later reports credit ("according to X")
    updated_at             TIMESTAMPTZ NOT NULL
);
INSERT INTO development_facts SELECT * FROM _old_development_facts;
DROP TABLE _old_development_facts;

CREATE TEMP TABLE _old_report_facts AS SELECT * FROM report_facts;
DROP TABLE report_facts;
CREATE TABLE report_facts (
    article_id           VARCHAR NOT NULL,     -- one row per report
    development_id       VARCHAR NOT NULL,
    report_rank          INTEGER NOT NULL,     -- 1 = first report
    is_first             BOOLEAN NOT NULL,
    copy_of              VARCHAR,              -- earlier report (other outlet) it nearly copies
    independent          BOOLEAN NOT NULL,     -- not a copy of an earlier report
    credits              VARCHAR[],            -- names it credits as its source, as written
    credited_outlet_ids  VARCHAR[],            -- the same, resolved to known outlets
    centrality           DOUBLE,               -- mean embedding cosine to the other reports
    n_sentences          INTEGER NOT NULL,
    n_added              INTEGER NOT NULL      -- sentences no earlier report contains
);
INSERT INTO report_facts SELECT * FROM _old_report_facts;
DROP TABLE _old_report_facts;

CREATE TEMP TABLE _old_report_additions AS SELECT * FROM report_additions;
DROP TABLE report_additions;
CREATE TABLE report_additions (
    article_id      VARCHAR NOT NULL,         -- one row per (article_id, position)
    development_id  VARCHAR NOT NULL,
    position        INTEGER NOT NULL,         -- sentence number in the report's body
    text            VARCHAR NOT NULL,
    novelty         DOUBLE NOT NULL           -- share of the sentence's terms that are new
);
INSERT INTO report_additions SELECT * FROM _old_report_additions;
DROP TABLE _old_report_additions;

CREATE TEMP TABLE _old_grouping_candidates AS SELECT * FROM grouping_candidates;
DROP TABLE grouping_candidates;
CREATE TABLE grouping_candidates (
    article_id      VARCHAR NOT NULL,         -- one row per (article_id, rank)
    rank            INTEGER NOT NULL,         -- 1 = most likely
    development_id  VARCHAR NOT NULL,
    probability     DOUBLE NOT NULL,
    features        JSON
);
INSERT INTO grouping_candidates SELECT * FROM _old_grouping_candidates;
DROP TABLE _old_grouping_candidates;

CREATE TEMP TABLE _old_development_status_changes AS SELECT * FROM development_status_changes;
DROP TABLE development_status_changes;
CREATE TABLE development_status_changes (
    development_id VARCHAR NOT NULL,      -- one row per (development_id, seq)
    seq            INTEGER NOT NULL,      -- 0, 1, ... in time order
    status         VARCHAR NOT NULL,      -- reported | proposed | adopted | in-force | suspended | denied
    changed_at     TIMESTAMPTZ NOT NULL,  -- publication time of the first report showing it
    article_id     VARCHAR NOT NULL,      -- that report
    sentence       VARCHAR,               -- the sentence of that report that shows the status
    confirmed_at   TIMESTAMPTZ,           -- first official-backed report of this status
    confirmed_by   VARCHAR                -- that report's article_id
);
INSERT INTO development_status_changes SELECT * FROM _old_development_status_changes;
DROP TABLE _old_development_status_changes;

CREATE TEMP TABLE _old_development_story_profiles AS SELECT * FROM development_story_profiles;
DROP TABLE development_story_profiles;
CREATE TABLE development_story_profiles (
    development_id  VARCHAR NOT NULL,    -- one row per development with a story key
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
INSERT INTO development_story_profiles SELECT * FROM _old_development_story_profiles;
DROP TABLE _old_development_story_profiles;
CREATE INDEX development_story_profiles_last ON development_story_profiles (last_published);

-- The comments migration 141 gave the table and its columns, as they were.
COMMENT ON TABLE development_status_changes IS 'The status changes of each development (reported, proposed, adopted, in-force, suspended, denied), oldest first, each with its first report and its official confirmation.';
COMMENT ON COLUMN development_status_changes.development_id IS 'The development (developments.development_id).';
COMMENT ON COLUMN development_status_changes.seq IS '0 for the first status, then 1, 2, ... in time order.';
COMMENT ON COLUMN development_status_changes.status IS 'reported (unconfirmed news), proposed (a draft), adopted (issued), in-force (in effect), suspended or denied.';
COMMENT ON COLUMN development_status_changes.changed_at IS 'Publication time (UTC) of the first report showing this status.';
COMMENT ON COLUMN development_status_changes.article_id IS 'That report (articles.article_id).';
COMMENT ON COLUMN development_status_changes.sentence IS 'The sentence of that report that shows the status.';
COMMENT ON COLUMN development_status_changes.confirmed_at IS 'Publication time of the first official-backed report of this status (an official outlet''s notice, or a report resting on the authority''s own statement); NULL when nothing official backs it.';
COMMENT ON COLUMN development_status_changes.confirmed_by IS 'That official-backed report (articles.article_id), or NULL.';
