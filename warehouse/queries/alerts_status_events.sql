-- Status events whose report was first seen since $since: a development's change of status
-- (not its first status: the new-development alert tells that), or the later official
-- confirmation of a status, with the status before it and the reports that show and confirm it.
SELECT c.development_id, c.seq, c.status, p.status AS previous,
       c.article_id, a.title, coalesce(s.name, a.outlet_id) AS outlet, a.url,
       coalesce(a.published, a.first_seen) AS published, a.first_seen,
       c.confirmed_by, ca.title AS confirmed_title,
       coalesce(cs.name, ca.outlet_id) AS confirmed_outlet, ca.url AS confirmed_url,
       coalesce(ca.published, ca.first_seen) AS confirmed_published, ca.first_seen AS confirmed_seen
FROM development_status_changes c
LEFT JOIN development_status_changes p
       ON p.development_id = c.development_id AND p.seq = c.seq - 1
JOIN articles a ON a.article_id = c.article_id
LEFT JOIN sources s ON s.outlet_id = a.outlet_id
LEFT JOIN articles ca ON ca.article_id = c.confirmed_by
LEFT JOIN sources cs ON cs.outlet_id = ca.outlet_id
WHERE (c.seq > 0 AND a.first_seen >= $since)
   OR (c.confirmed_by IS NOT NULL AND c.confirmed_by <> c.article_id AND ca.first_seen >= $since)
ORDER BY c.development_id, c.seq;
