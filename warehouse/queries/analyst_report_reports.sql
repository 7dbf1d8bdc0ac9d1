-- The HTML report: every report of the developments $ids, in order within each development.
SELECT r.development_id, coalesce(r.outlet, r.outlet_id) AS outlet, r.title, r.url, r.published,
       r.is_first, r.article_id, r.outlet_id, a.access
FROM development_reports r
LEFT JOIN articles a USING (article_id)
WHERE r.development_id IN (SELECT unnest($ids))
ORDER BY r.development_id, r.is_first DESC, r.published NULLS LAST, r.article_id;
