-- Articles of the developments still open (a report published on or after $since) with the
-- page they came from and their re-check state; Python decides which are due.
SELECT a.article_id,
       p.url,
       a.canonical_url,
       a.outlet_id,
       a.first_seen,
       a.title,
       a.text,
       a.published,
       p.page_id,
       coalesce(c.checks, 0)  AS checks,
       c.next_check_at,
       -- validators of the last response: the last re-check's, else the crawl's
       CASE WHEN c.article_id IS NULL THEN p.etag ELSE c.etag END                   AS etag,
       CASE WHEN c.article_id IS NULL THEN p.last_modified ELSE c.last_modified END AS last_modified,
       coalesce((SELECT max(v.version) FROM article_versions v
                 WHERE v.article_id = a.article_id), 0) AS versions
FROM development_members m
JOIN developments d USING (development_id)
JOIN articles a ON a.article_id = m.article_id
JOIN pages p ON p.page_id = a.page_id
LEFT JOIN article_checks c ON c.article_id = a.article_id
WHERE d.last_published >= $since
ORDER BY a.first_seen, a.article_id;
