-- Developments with a report first seen on or after $since, with ALL their reports and what
-- matching needs (watchlist entities named, entities the report is about with their parents,
-- reported policy signals), oldest report first. ``curated``: the
-- report is where it is because an analyst put it there (merge, split), which is never news.
-- A correction notice found by a re-check (article_versions.correction) is one more report of
-- its article's development, first seen when it was found: alerted once, as a related report,
-- under its own id ('<article_id>#correction-<version>').
WITH corrections AS (
    SELECT v.article_id, v.version, v.fetched_at, v.correction
    FROM article_versions v
    WHERE v.correction IS NOT NULL AND v.fetched_at >= $since
),
recent AS (
    SELECT DISTINCT m.development_id
    FROM development_members m
    JOIN articles a USING (article_id)
    WHERE a.first_seen >= $since
    UNION
    SELECT m.development_id
    FROM development_members m
    JOIN corrections c USING (article_id)
),
reports AS (
    SELECT a.article_id AS report_id, a.article_id, a.title, a.published, a.first_seen,
           a.lead, a.text
    FROM articles a
    UNION ALL
    SELECT c.article_id || '#correction-' || c.version, a.article_id,
           'Correction: ' || a.title, c.fetched_at, c.fetched_at, c.correction, c.correction
    FROM corrections c
    JOIN articles a USING (article_id)
)
SELECT
    d.development_id,
    coalesce(f.headline, d.headline)              AS headline,
    d.first_seen                                  AS development_first_seen,
    r.report_id                                   AS article_id,
    r.title,
    a.url,
    coalesce(s.name, a.outlet_id)                 AS outlet,
    r.published,
    r.first_seen,
    coalesce(r.lead, '')                          AS lead,
    r.text,
    coalesce((SELECT list(DISTINCT x.entity_id ORDER BY x.entity_id) FROM mentions x
              WHERE x.article_id = a.article_id AND x.entity_id IS NOT NULL), []) AS entity_ids,
    coalesce((SELECT list(DISTINCT g.kind ORDER BY g.kind) FROM article_signals g
              WHERE g.article_id = a.article_id AND coalesce(g.reported, TRUE)), []) AS signals,
    coalesce(m.source = 'analyst', false)         AS curated,
    coalesce((SELECT list(DISTINCT x.entity_id ORDER BY x.entity_id) FROM article_main_entities x
              WHERE x.article_id = a.article_id), [])                           AS main_entity_ids
FROM recent rc
JOIN developments d ON d.development_id = rc.development_id
LEFT JOIN development_facts f ON f.development_id = d.development_id
JOIN development_members m ON m.development_id = d.development_id
JOIN reports r ON r.article_id = m.article_id
JOIN articles a ON a.article_id = m.article_id
LEFT JOIN sources s ON s.outlet_id = a.outlet_id
ORDER BY d.development_id, r.published NULLS LAST, r.report_id;
