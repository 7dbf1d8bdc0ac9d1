-- The stored validators of every source URL, for the next crawl's conditional GETs.
SELECT url, etag, last_modified
FROM feed_state
ORDER BY url;
