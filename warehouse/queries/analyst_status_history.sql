-- The status history of development $id, oldest first: each change with the report that first
-- shows it (title, outlet, link) and the official-backed report that confirms it, if any.
SELECT c.seq,
       c.status,
       c.changed_at                               AS at,
       c.article_id,
       a.title,
       coalesce(s.name, a.outlet_id)              AS outlet,
       a.url,
       c.sentence,
       c.confirmed_by IS NOT NULL                 AS confirmed,
       c.confirmed_at,
       c.confirmed_by,
       ca.title                                   AS confirmed_title,
       coalesce(cs.name, ca.outlet_id)            AS confirmed_outlet,
       ca.url                                     AS confirmed_url
FROM development_status_changes c
LEFT JOIN articles a ON a.article_id = c.article_id
LEFT JOIN sources s ON s.outlet_id = a.outlet_id
LEFT JOIN articles ca ON ca.article_id = c.confirmed_by
LEFT JOIN sources cs ON cs.outlet_id = ca.outlet_id
WHERE c.development_id = $id
ORDER BY c.seq;
