-- Pages stored by the crawler but not yet extracted, tagged and grouped (resumes a killed run).
-- In publication order (the feed's date, else the fetch time), then by id: grouping is
-- incremental, so batches must not depend on the order the crawler happened to fetch pages in.
SELECT page_id, url, final_url, outlet_id, fetched_at, status, content_type, html_gz,
       feed_title, feed_published, feed_summary
FROM pages
WHERE processed_at IS NULL
ORDER BY coalesce(feed_published, fetched_at), page_id
LIMIT $limit;
