-- Pages stored by the crawler but not yet extracted, tagged and grouped (resumes a killed run).
SELECT page_id, url, final_url, outlet_id, fetched_at, status, content_type, html_gz,
       feed_title, feed_published, feed_summary
FROM pages
WHERE processed_at IS NULL
ORDER BY fetched_at, page_id
LIMIT $limit;
