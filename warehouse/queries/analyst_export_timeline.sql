-- Export: the timeline view, newest first, with the link of each development's first report.
-- $ids: the developments to export (a list), or NULL for all of them.
SELECT t.*, a.url
FROM timeline t
LEFT JOIN articles a ON a.article_id = t.first_article_id
WHERE $ids IS NULL OR list_contains($ids, t.development_id)
ORDER BY t.first_seen DESC, t.development_id;
