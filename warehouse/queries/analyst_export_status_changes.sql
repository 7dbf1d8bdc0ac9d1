-- Export: each development's status changes, oldest first, with the report that first shows each
-- status and the official-backed report that confirms it.
-- $ids: only these developments (a list), or NULL for all of them.
SELECT c.development_id, d.headline, c.seq, c.status, c.changed_at, c.article_id, a.url,
       c.sentence, c.confirmed_by IS NOT NULL AS confirmed, c.confirmed_at, c.confirmed_by,
       ca.url AS confirmed_url
FROM development_status_changes c
LEFT JOIN developments d USING (development_id)
LEFT JOIN articles a ON a.article_id = c.article_id
LEFT JOIN articles ca ON ca.article_id = c.confirmed_by
WHERE $ids IS NULL OR list_contains($ids, c.development_id)
ORDER BY c.development_id, c.seq;
