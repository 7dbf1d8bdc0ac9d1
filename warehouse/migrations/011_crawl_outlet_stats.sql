-- Per outlet and crawl run, what the crawler counted: the source-health report compares an
-- outlet's volume and failures with its own recent runs (policywatch sources).
CREATE TABLE crawl_outlet_stats (
    run_id         VARCHAR NOT NULL,
    outlet_id      VARCHAR NOT NULL,
    discovered     INTEGER NOT NULL DEFAULT 0,   -- article links found in its feeds/sitemaps/sections
    skipped        INTEGER NOT NULL DEFAULT 0,   -- already stored, not fetched again
    capped         INTEGER NOT NULL DEFAULT 0,   -- over max_articles_per_source, left for later
    fetched        INTEGER NOT NULL DEFAULT 0,   -- article pages downloaded
    failed         INTEGER NOT NULL DEFAULT 0,   -- fetches that failed (any kind)
    source_failed  INTEGER NOT NULL DEFAULT 0,   -- feeds/sitemaps/sections that failed
    undated        INTEGER NOT NULL DEFAULT 0,   -- entries whose date could not be parsed
    recorded_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (run_id, outlet_id)
);
