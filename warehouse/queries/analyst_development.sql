-- One development: the same columns as the timeline view, for the development $id.
SELECT d.development_id,
       d.headline,
       d.first_published AS first_seen,
       d.last_published  AS last_seen,
       count(r.article_id)                         AS n_reports,
       count(DISTINCT r.outlet_id)                 AS n_outlets,
       list(DISTINCT r.outlet ORDER BY r.outlet)   AS outlets,
       d.is_policy,
       d.first_article_id,
       d.first_seen      AS stored_at,
       d.last_update,
       d.story_id
FROM developments d
LEFT JOIN development_reports r USING (development_id)
WHERE d.development_id = $id
GROUP BY ALL;
