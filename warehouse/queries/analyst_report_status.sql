-- The status changes of the developments $ids (a list) for the HTML report, oldest first per
-- development: status, since when, the confirming report's outlet (NULL when not confirmed).
SELECT c.development_id, c.status, c.changed_at, c.confirmed_by IS NOT NULL AS confirmed,
       coalesce(s.name, ca.outlet_id) AS confirmed_outlet
FROM development_status_changes c
LEFT JOIN articles ca ON ca.article_id = c.confirmed_by
LEFT JOIN sources s ON s.outlet_id = ca.outlet_id
WHERE c.development_id IN (SELECT unnest($ids))
ORDER BY c.development_id, c.seq;
