-- Stored pages that produced an article, for re-extraction without crawling (one batch).
SELECT p.page_id, p.url, p.final_url, p.outlet_id, p.fetched_at, p.html_gz,
       p.feed_title, p.feed_published, p.feed_summary,
       a.article_id, a.canonical_url, a.first_seen
FROM pages p
JOIN articles a USING (page_id)
WHERE ($outlet IS NULL OR p.outlet_id = $outlet)
ORDER BY p.page_id
LIMIT $limit OFFSET $offset;
