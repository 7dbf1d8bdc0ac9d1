-- Developments with a report first seen on or after $since, with ALL their reports and what
-- matching needs (watchlist entities, policy signals), oldest report first. ``curated``: the
-- report is where it is because an analyst put it there (merge, split), which is never news.
WITH recent AS (
    SELECT DISTINCT m.development_id
    FROM development_members m
    JOIN articles a USING (article_id)
    WHERE a.first_seen >= $since
)
SELECT
    d.development_id,
    coalesce(f.headline, d.headline)              AS headline,
    d.first_seen                                  AS development_first_seen,
    a.article_id,
    a.title,
    a.url,
    coalesce(s.name, a.outlet_id)                 AS outlet,
    a.published,
    a.first_seen,
    coalesce(a.lead, '')                          AS lead,
    a.text,
    coalesce((SELECT list(DISTINCT x.entity_id ORDER BY x.entity_id) FROM mentions x
              WHERE x.article_id = a.article_id AND x.entity_id IS NOT NULL), []) AS entity_ids,
    coalesce((SELECT list(DISTINCT g.kind ORDER BY g.kind) FROM article_signals g
              WHERE g.article_id = a.article_id), [])                           AS signals,
    coalesce(m.source = 'analyst', false)         AS curated
FROM recent r
JOIN developments d USING (development_id)
LEFT JOIN development_facts f ON f.development_id = d.development_id
JOIN development_members m ON m.development_id = d.development_id
JOIN articles a ON a.article_id = m.article_id
LEFT JOIN sources s ON s.outlet_id = a.outlet_id
ORDER BY d.development_id, a.published NULLS LAST, a.article_id;
