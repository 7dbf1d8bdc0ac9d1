-- Analysts' views. Stable names and columns: notebooks and SQL users depend on them.

CREATE VIEW development_reports AS
SELECT
    m.development_id,
    a.article_id,
    a.outlet_id,
    s.name                                   AS outlet,
    a.title,
    a.url,
    a.published,
    a.first_seen,
    a.article_id = d.first_article_id        AS is_first,
    m.score,
    m.source                                 AS membership_source
FROM development_members m
JOIN articles a USING (article_id)
JOIN developments d USING (development_id)
LEFT JOIN sources s ON s.outlet_id = a.outlet_id;

CREATE VIEW article_entities AS
SELECT DISTINCT
    x.article_id,
    x.entity_id,
    e.name  AS entity,
    e.type  AS entity_type
FROM mentions x
JOIN entities e USING (entity_id);

CREATE VIEW timeline AS
WITH reports AS (
    SELECT development_id,
           count(*)                      AS n_reports,
           count(DISTINCT outlet_id)     AS n_outlets,
           list(DISTINCT outlet ORDER BY outlet) AS outlets
    FROM development_reports
    GROUP BY development_id
),
entity_counts AS (
    SELECT m.development_id, ae.entity, count(*) AS n
    FROM development_members m
    JOIN article_entities ae USING (article_id)
    GROUP BY ALL
),
top_entities AS (
    SELECT development_id, list(entity ORDER BY n DESC, entity) AS entities
    FROM entity_counts
    GROUP BY development_id
),
signals AS (
    SELECT m.development_id, list(DISTINCT s.kind ORDER BY s.kind) AS signals
    FROM development_members m
    JOIN article_signals s USING (article_id)
    GROUP BY development_id
)
SELECT
    d.development_id,
    d.headline,
    d.first_published                         AS first_seen,
    d.last_published                          AS last_seen,
    r.n_reports,
    r.n_outlets,
    r.outlets,
    coalesce(t.entities[1:5], [])             AS top_entities,
    coalesce(g.signals, [])                   AS signals,
    d.is_policy,
    d.first_article_id,
    d.last_update
FROM developments d
JOIN reports r USING (development_id)
LEFT JOIN top_entities t USING (development_id)
LEFT JOIN signals g USING (development_id);

CREATE VIEW entity_timeline AS
SELECT
    ae.entity_id,
    ae.entity,
    t.development_id,
    t.headline,
    t.first_seen,
    t.last_seen,
    t.n_reports,
    t.n_outlets,
    t.is_policy
FROM timeline t
JOIN development_members m USING (development_id)
JOIN article_entities ae USING (article_id)
GROUP BY ALL;
