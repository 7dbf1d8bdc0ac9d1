-- The timeline for the CLI (`policywatch timeline`), newest first, with optional filters.
-- Same rows and columns as the `timeline` view (tests/test_analyst_queries.py compares them), but
-- the filters and LIMIT choose the developments first, so only the page shown is aggregated:
-- the view aggregates every development (~200 ms on 20,000 of them), this stays well under that.
-- Every input is a bound parameter: $since, $until (timestamps), $entity (id, name or alias),
-- $include_mentions (boolean: $entity matches any report naming it, not only reports about it),
-- $signal (kind, reported signals only), $outlet (id or name), $policy_only (boolean),
-- $min_outlets (at least this many distinct outlets), $min_independent (at least this many
-- independent outlets: the development_independence view), $limit, $sort ('first-seen': newest
-- first report first; 'last-update': newest last report first), $status (the current status),
-- $confirmed (boolean: whether an official source backs the current status).
WITH wanted_entities AS (
    SELECT e.entity_id
    FROM entities e
    WHERE lower(e.entity_id) = lower($entity)
       OR lower(e.name) = lower($entity)
       OR list_contains(list_transform(e.aliases, x -> lower(x)), lower($entity))
),
page AS (
    SELECT d.development_id
    FROM developments d
    WHERE ($since IS NULL OR d.last_published >= $since)
      AND ($until IS NULL OR d.first_published < $until)
      AND ($policy_only IS NULL OR NOT $policy_only OR d.is_policy)
      AND ($entity IS NULL OR d.development_id IN (
            SELECT m.development_id
            FROM development_members m
            JOIN article_main_entities x USING (article_id)
            WHERE x.entity_id IN (SELECT entity_id FROM wanted_entities)
              AND NOT coalesce($include_mentions, FALSE)
            UNION ALL
            SELECT m.development_id
            FROM development_members m
            JOIN mentions x USING (article_id)
            WHERE x.entity_id IN (SELECT entity_id FROM wanted_entities)
              AND coalesce($include_mentions, FALSE)))
      AND ($signal IS NULL OR d.development_id IN (
            SELECT m.development_id
            FROM development_members m
            JOIN article_signals s USING (article_id)
            WHERE lower(s.kind) = lower($signal) AND coalesce(s.reported, TRUE)))
      AND ($outlet IS NULL OR d.development_id IN (
            SELECT m.development_id
            FROM development_members m
            JOIN articles a USING (article_id)
            LEFT JOIN sources s ON s.outlet_id = a.outlet_id
            WHERE lower(a.outlet_id) = lower($outlet) OR lower(s.name) = lower($outlet)))
      AND ($min_outlets IS NULL OR $min_outlets <= (
            SELECT count(DISTINCT a.outlet_id)
            FROM development_members m
            JOIN articles a USING (article_id)
            WHERE m.development_id = d.development_id))
      AND ($status IS NULL OR d.development_id IN (
            SELECT development_id FROM development_status WHERE status = $status))
      AND ($confirmed IS NULL OR $confirmed = coalesce((
            SELECT s.confirmed FROM development_status s
            WHERE s.development_id = d.development_id), FALSE))
      AND ($min_independent IS NULL OR d.development_id IN (
            SELECT development_id FROM development_independence
            WHERE n_independent >= $min_independent))
      AND d.development_id IN (SELECT development_id FROM development_members)
    ORDER BY CASE WHEN $sort = 'last-update' THEN d.last_published ELSE d.first_published END
             DESC, d.first_published DESC, d.development_id
    LIMIT $limit
),
members AS (
    SELECT m.development_id, m.article_id
    FROM development_members m
    WHERE m.development_id IN (SELECT development_id FROM page)
),
reports AS (
    SELECT mb.development_id,
           count(*)                          AS n_reports,
           count(DISTINCT a.outlet_id)       AS n_outlets,
           list(DISTINCT s.name ORDER BY s.name) AS outlets
    FROM members mb
    JOIN articles a USING (article_id)
    LEFT JOIN sources s ON s.outlet_id = a.outlet_id
    GROUP BY mb.development_id
),
named AS (
    SELECT DISTINCT mb.development_id, x.article_id, e.entity_id, e.name AS entity
    FROM members mb
    JOIN mentions x USING (article_id)
    JOIN entities e ON e.entity_id = x.entity_id
),
scored AS (
    SELECT n.development_id, n.entity,
           sum(coalesce(b.salience, 0.0))  AS salience,
           count(*)                        AS n,
           bool_or(coalesce(b.main, NOT EXISTS (
               SELECT 1 FROM article_about z WHERE z.article_id = n.article_id))) AS main
    FROM named n
    LEFT JOIN article_about b ON b.article_id = n.article_id AND b.entity_id = n.entity_id
    GROUP BY ALL
),
top_entities AS (
    SELECT development_id,
           list(entity ORDER BY salience DESC, n DESC, entity)                      AS entities,
           list(entity ORDER BY salience DESC, n DESC, entity) FILTER (WHERE main)  AS mains
    FROM scored
    GROUP BY development_id
),
signals AS (
    SELECT mb.development_id,
           list(DISTINCT s.kind ORDER BY s.kind) FILTER (WHERE coalesce(s.reported, TRUE)) AS signals,
           list(DISTINCT s.kind ORDER BY s.kind) FILTER (WHERE NOT coalesce(s.reported, TRUE))
               AS background
    FROM members mb
    JOIN article_signals s USING (article_id)
    GROUP BY mb.development_id
),
assessed AS (
    SELECT mb.development_id,
           arg_min(x.sourcing, CASE x.sourcing
               WHEN 'official' THEN 1 WHEN 'on-record' THEN 2 WHEN 'denial' THEN 3
               WHEN 'anonymous' THEN 4 WHEN 'secondary' THEN 5 ELSE 6 END)       AS sourcing,
           arg_max(x.stage, coalesce(a.published, a.first_seen))
               FILTER (WHERE x.stage <> 'none')                                  AS stage
    FROM members mb
    JOIN article_assessments x USING (article_id)
    JOIN articles a USING (article_id)
    GROUP BY mb.development_id
)
SELECT
    d.development_id,
    d.first_published                 AS first_seen,
    d.last_published                  AS last_seen,
    d.headline,
    r.n_reports,
    r.n_outlets,
    r.outlets,
    coalesce(t.entities[1:5], [])     AS top_entities,
    coalesce(g.signals, [])           AS signals,
    d.is_policy,
    coalesce(t.mains, [])             AS main_entities,
    list_filter(coalesce(g.background, []), k -> NOT list_contains(coalesce(g.signals, []), k))
                                      AS background_signals,
    coalesce(x.sourcing, 'none')      AS sourcing,
    coalesce(x.stage, 'none')         AS stage,
    d.story_id,
    st.status,
    coalesce(st.confirmed, FALSE)     AS confirmed,
    st.status_changed
FROM developments d
JOIN reports r USING (development_id)
LEFT JOIN top_entities t USING (development_id)
LEFT JOIN signals g USING (development_id)
LEFT JOIN assessed x USING (development_id)
LEFT JOIN development_status st USING (development_id)
ORDER BY CASE WHEN $sort = 'last-update' THEN d.last_published ELSE d.first_published END DESC,
         d.first_published DESC, d.development_id;
