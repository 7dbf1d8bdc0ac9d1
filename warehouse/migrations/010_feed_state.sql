-- Validators of every feed, sitemap and source page the crawler read, for conditional GET
-- (If-None-Match / If-Modified-Since): an unchanged feed answers 304 and costs no parsing.
CREATE TABLE feed_state (
    url            VARCHAR PRIMARY KEY,      -- the source URL as configured (or discovered)
    etag           VARCHAR,
    last_modified  VARCHAR,                  -- the header value, verbatim
    updated_at     TIMESTAMPTZ NOT NULL
);
