-- Issue 24: articles of open developments are fetched again on a decaying schedule; each
-- changed version is kept with a diff against the one before, and correction notices are noted.

-- The re-check state of each article: how many checks were made, when the next is due, and the
-- validators of the last response for a conditional GET.
CREATE TABLE article_checks (
    article_id      VARCHAR PRIMARY KEY,
    url             VARCHAR NOT NULL,          -- the URL fetched again (the stored page's)
    checks          INTEGER NOT NULL DEFAULT 0,
    next_check_at   TIMESTAMPTZ,               -- NULL: the schedule is used up
    last_checked_at TIMESTAMPTZ,
    last_outcome    VARCHAR,                   -- unchanged | not-modified | changed | <fetch reason>
    etag            VARCHAR,
    last_modified   VARCHAR
);

-- Every version of an article that changed after it was first stored. Version 1 is the text as
-- first stored (kept when the first change is seen); each later version holds the text, when it
-- was fetched, the page's updated date, a line diff against the version before, and the
-- correction notice it added, if any.
CREATE TABLE article_versions (
    article_id   VARCHAR NOT NULL,
    version      INTEGER NOT NULL,
    fetched_at   TIMESTAMPTZ NOT NULL,
    title        VARCHAR NOT NULL,
    text         VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    updated      TIMESTAMPTZ,               -- the modification date the page states
    changes      VARCHAR,                   -- what changed, in words ("headline rewritten; 2 paragraphs added")
    diff         VARCHAR,                   -- unified diff of the paragraphs against the version before
    correction   VARCHAR,                   -- a correction notice first seen in this version
    PRIMARY KEY (article_id, version)
);

COMMENT ON TABLE article_versions IS 'Versions of articles that changed after they were first stored (re-checks): text, time, diff against the previous version, correction notice.';
COMMENT ON COLUMN article_versions.changes IS 'What changed against the previous version, in words.';
COMMENT ON COLUMN article_versions.correction IS 'The correction notice this version added ("An earlier version of this article misstated ..."), if any.';
