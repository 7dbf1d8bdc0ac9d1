-- Story $story as one timeline, oldest first: each development's first report, each change of
-- its status, and each later official confirmation of a status, with the report that shows it.
WITH devs AS (
    SELECT development_id, headline, first_published, first_article_id
    FROM developments
    WHERE story_id = $story
),
events AS (
    SELECT d.first_published AS at, 0 AS rank, 'first report' AS event, d.development_id,
           d.headline, NULL::VARCHAR AS status, NULL::BOOLEAN AS confirmed,
           d.first_article_id AS article_id
    FROM devs d
    UNION ALL
    SELECT c.changed_at, 1, 'status', c.development_id, d.headline, c.status,
           coalesce(c.confirmed_by = c.article_id, FALSE), c.article_id
    FROM development_status_changes c
    JOIN devs d USING (development_id)
    UNION ALL
    SELECT c.confirmed_at, 2, 'confirmed', c.development_id, d.headline, c.status, TRUE,
           c.confirmed_by
    FROM development_status_changes c
    JOIN devs d USING (development_id)
    WHERE c.confirmed_by IS NOT NULL AND c.confirmed_by <> c.article_id
)
SELECT e.at, e.event, e.development_id, e.headline, e.status, e.confirmed,
       coalesce(s.name, a.outlet_id) AS outlet, a.title, a.url, e.article_id
FROM events e
LEFT JOIN articles a ON a.article_id = e.article_id
LEFT JOIN sources s ON s.outlet_id = a.outlet_id
ORDER BY e.at, e.rank, e.development_id;
