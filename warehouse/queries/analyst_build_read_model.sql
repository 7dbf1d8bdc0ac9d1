-- Built in every read snapshot (warehouse.snapshot.publish), never in the live warehouse: the
-- timeline materialised, and what each development's reports name, carry and come from, so the
-- CLI's timeline filters are semi-joins on small tables instead of aggregations of everything.
CREATE OR REPLACE TABLE read_timeline AS
SELECT development_id, first_seen, last_seen, headline, n_reports, n_outlets, outlets,
       top_entities, signals, is_policy, main_entities, background_signals, sourcing, stage,
       story_id, status, confirmed, status_changed
FROM timeline;

-- main: a report is about the entity (article_main_entities, parents included); mention: a
-- report names it (for --include-mentions).
CREATE OR REPLACE TABLE read_development_entities AS
SELECT DISTINCT m.development_id, x.entity_id, 'mention' AS how
FROM development_members m
JOIN mentions x USING (article_id)
WHERE x.entity_id IS NOT NULL
UNION
SELECT DISTINCT m.development_id, x.entity_id, 'main' AS how
FROM development_members m
JOIN article_main_entities x USING (article_id);

CREATE OR REPLACE TABLE read_development_signals AS
SELECT DISTINCT m.development_id, lower(s.kind) AS kind
FROM development_members m
JOIN article_signals s USING (article_id)
WHERE coalesce(s.reported, TRUE);

CREATE OR REPLACE TABLE read_development_outlets AS
SELECT DISTINCT m.development_id, lower(a.outlet_id) AS outlet_id, lower(s.name) AS outlet
FROM development_members m
JOIN articles a USING (article_id)
LEFT JOIN sources s ON s.outlet_id = a.outlet_id;

-- Every article with what a search result shows of it and of its development.
CREATE OR REPLACE TABLE read_search_docs AS
SELECT a.article_id,
       m.development_id,
       d.headline,
       d.first_published              AS first_seen,
       d.last_published               AS last_seen,
       a.title,
       a.url,
       a.published,
       coalesce(s.name, a.outlet_id)  AS outlet
FROM articles a
LEFT JOIN development_members m USING (article_id)
LEFT JOIN developments d USING (development_id)
LEFT JOIN sources s ON s.outlet_id = a.outlet_id;

-- Independent outlets per development (the development_independence view), for the timeline's
-- min_independent filter and the count beside each row.
CREATE OR REPLACE TABLE read_development_independence AS
SELECT development_id, n_independent, derived_outlet_ids
FROM development_independence
ORDER BY development_id;
