-- Export: the timeline view, newest first, with the link of each development's first report and
-- its number of independent outlets (n_independent, as `timeline --format json` gives it).
-- $ids: the developments to export (a list), or NULL for all of them.
SELECT t.*, a.url, coalesce(nullif(i.n_independent, 0), t.n_outlets) AS n_independent
FROM timeline t
LEFT JOIN articles a ON a.article_id = t.first_article_id
LEFT JOIN development_independence i ON i.development_id = t.development_id
WHERE $ids IS NULL OR list_contains($ids, t.development_id)
ORDER BY t.first_seen DESC, t.development_id;
