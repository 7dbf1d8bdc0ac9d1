-- The articles found by a search, with their development, for grouping the results.
SELECT h.article_id,
       h.score,
       m.development_id,
       d.headline,
       d.first_published  AS first_seen,
       d.last_published   AS last_seen,
       a.title,
       a.url,
       a.published,
       coalesce(s.name, a.outlet_id) AS outlet
FROM (SELECT unnest($ids) AS article_id, unnest($scores) AS score) h
JOIN articles a USING (article_id)
LEFT JOIN development_members m USING (article_id)
LEFT JOIN developments d USING (development_id)
LEFT JOIN sources s ON s.outlet_id = a.outlet_id
ORDER BY h.score DESC, h.article_id;
