-- The core of the warehouse: what was crawled, what was extracted, tagged and grouped.
-- Ids are deterministic (sha1 of a URL, or of the first report of a development), so a re-run
-- writes the same rows again instead of new ones.

CREATE TABLE sources (
    outlet_id   VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    home        VARCHAR NOT NULL,
    language    VARCHAR,
    config      JSON,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE crawl_runs (
    run_id        VARCHAR PRIMARY KEY,
    profile       VARCHAR NOT NULL,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    status        VARCHAR NOT NULL,          -- running | ok | partial | failed
    discovered    INTEGER DEFAULT 0,         -- article links found in feeds
    fetched       INTEGER DEFAULT 0,         -- article pages downloaded
    new_articles  INTEGER DEFAULT 0,         -- articles stored for the first time
    skipped       INTEGER DEFAULT 0,         -- links already stored, not fetched again
    failed        INTEGER DEFAULT 0,         -- fetches or items that failed
    failures      JSON,                      -- {"reason": count}
    params        JSON,
    stage_timings JSON,                      -- {"crawl": seconds, ...}
    error         VARCHAR
);

-- Every HTTP fetch the crawler made, with its outcome.
CREATE TABLE fetches (
    run_id      VARCHAR NOT NULL,
    url         VARCHAR NOT NULL,
    outlet_id   VARCHAR,
    kind        VARCHAR NOT NULL,            -- feed | article | sitemap | section | robots
    status      INTEGER,                     -- HTTP status, NULL when no response
    reason      VARCHAR,                     -- ok | not-modified | http-404 | timeout | ...
    bytes       INTEGER,
    fetched_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, url, kind)
);

-- Inputs that were rejected (a broken page, an invalid config line), with the reason.
CREATE TABLE problems (
    run_id       VARCHAR NOT NULL,
    stage        VARCHAR NOT NULL,           -- config | crawl | extract | tag | group | alert
    subject      VARCHAR NOT NULL,           -- a URL, a config key, an article id
    reason       VARCHAR NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, stage, subject)
);

-- Raw pages, kept compressed so extraction can be re-run without crawling again.
CREATE TABLE pages (
    page_id         VARCHAR PRIMARY KEY,     -- sha1(url)
    url             VARCHAR NOT NULL UNIQUE,
    final_url       VARCHAR NOT NULL,
    outlet_id       VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL,
    fetched_at      TIMESTAMPTZ NOT NULL,
    status          INTEGER NOT NULL,
    content_type    VARCHAR,
    html_gz         BLOB NOT NULL,
    feed_title      VARCHAR,
    feed_published  TIMESTAMPTZ,
    feed_summary    VARCHAR,
    processed_at    TIMESTAMPTZ,             -- NULL until extraction + tagging + grouping ran
    process_error   VARCHAR
);

CREATE TABLE articles (
    article_id        VARCHAR PRIMARY KEY,   -- sha1(canonical_url)
    page_id           VARCHAR NOT NULL,
    url               VARCHAR NOT NULL,
    canonical_url     VARCHAR NOT NULL,
    outlet_id         VARCHAR NOT NULL,
    title             VARCHAR NOT NULL,
    author            VARCHAR,
    published         TIMESTAMPTZ,
    published_source  VARCHAR,               -- json-ld | meta | feed | url | text | crawl
    updated           TIMESTAMPTZ,
    first_seen        TIMESTAMPTZ NOT NULL,
    language          VARCHAR,
    site_name         VARCHAR,
    lead              VARCHAR,
    text              VARCHAR NOT NULL,
    method            VARCHAR NOT NULL,      -- which extraction path produced the text
    content_hash      VARCHAR NOT NULL,
    run_id            VARCHAR NOT NULL
);

CREATE TABLE entities (
    entity_id  VARCHAR PRIMARY KEY,
    name       VARCHAR NOT NULL,
    type       VARCHAR NOT NULL,
    aliases    VARCHAR[],
    wikidata   VARCHAR,
    parent     VARCHAR
);

-- Offsets are character offsets into title || '\n\n' || text.
CREATE TABLE mentions (
    article_id  VARCHAR NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    label       VARCHAR NOT NULL,
    entity_id   VARCHAR,                     -- NULL when not on the watchlist
    canonical   VARCHAR NOT NULL,            -- watchlist name, or the normalised mention
    PRIMARY KEY (article_id, start_char, end_char)
);

CREATE TABLE article_signals (
    article_id  VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    sentence    VARCHAR NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    PRIMARY KEY (article_id, kind, start_char)
);

CREATE TABLE embeddings (
    article_id  VARCHAR PRIMARY KEY,
    model       VARCHAR NOT NULL,
    vector      FLOAT[] NOT NULL
);

CREATE TABLE developments (
    development_id    VARCHAR PRIMARY KEY,   -- sha1 of its first article's id
    headline          VARCHAR NOT NULL,
    first_article_id  VARCHAR NOT NULL,
    first_published   TIMESTAMPTZ,
    last_published    TIMESTAMPTZ,
    first_seen        TIMESTAMPTZ NOT NULL,
    last_update       TIMESTAMPTZ NOT NULL,
    is_policy         BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE development_members (
    article_id      VARCHAR PRIMARY KEY,     -- an article belongs to one development
    development_id  VARCHAR NOT NULL,
    joined_at       TIMESTAMPTZ NOT NULL,
    score           DOUBLE,
    source          VARCHAR NOT NULL DEFAULT 'auto'   -- auto | analyst
);

-- Why each article joined a development or opened a new one.
CREATE TABLE grouping_decisions (
    article_id      VARCHAR PRIMARY KEY,
    development_id  VARCHAR NOT NULL,
    decision        VARCHAR NOT NULL,        -- join | new
    score           DOUBLE,
    candidate_id    VARCHAR,                 -- best candidate development considered
    features        JSON,
    model_version   VARCHAR,
    decided_at      TIMESTAMPTZ NOT NULL
);
