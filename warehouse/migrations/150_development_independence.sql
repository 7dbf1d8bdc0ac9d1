-- Independent outlets per development: the timeline's "minimum number of independent outlets"
-- filter and the count shown beside each development.
--
-- A report is *derived* when it nearly copies an earlier report of another outlet in the same
-- development (report_facts.copy_of) or credits an outlet that has a report in the development
-- ("according to X": report_facts.credited_outlet_ids). An outlet is independent when at least
-- one of its reports in the development is not derived. A development whose outlets all credit
-- one another still came from somewhere: it counts one. Reports the grouping stage has no
-- record of (yet) count as independent.
CREATE VIEW development_independence AS
WITH reports AS (
    SELECT m.development_id, m.article_id, a.outlet_id, f.copy_of, f.credited_outlet_ids
    FROM development_members m
    JOIN articles a USING (article_id)
    LEFT JOIN report_facts f
           ON f.article_id = m.article_id AND f.development_id = m.development_id
),
present AS (
    SELECT DISTINCT development_id, outlet_id FROM reports
),
judged AS (
    SELECT r.development_id,
           r.outlet_id,
           EXISTS (SELECT 1 FROM reports c
                   WHERE c.article_id = r.copy_of
                     AND c.development_id = r.development_id
                     AND c.outlet_id <> r.outlet_id)                        AS is_copy,
           EXISTS (SELECT 1 FROM present p
                   WHERE p.development_id = r.development_id
                     AND p.outlet_id <> r.outlet_id
                     AND list_contains(coalesce(r.credited_outlet_ids, []), p.outlet_id))
                                                                             AS credits_one
    FROM reports r
),
outlets AS (
    SELECT development_id, outlet_id, bool_or(NOT is_copy AND NOT credits_one) AS independent
    FROM judged
    GROUP BY development_id, outlet_id
)
SELECT development_id,
       count(*)                                                      AS n_outlets,
       greatest(count(*) FILTER (WHERE independent), 1)              AS n_independent,
       coalesce(list(outlet_id ORDER BY outlet_id) FILTER (WHERE NOT independent), [])
                                                                     AS derived_outlet_ids
FROM outlets
GROUP BY development_id;

COMMENT ON VIEW development_independence IS 'One row per development: how many of its outlets reported it independently (not only copies of, or credits to, another outlet''s report in the development).';
COMMENT ON COLUMN development_independence.development_id IS 'Stable id of the development (see timeline).';
COMMENT ON COLUMN development_independence.n_outlets IS 'Number of distinct outlets that reported it.';
COMMENT ON COLUMN development_independence.n_independent IS 'Outlets with at least one report that neither nearly copies another outlet''s report in the development nor credits an outlet with a report in it (at least 1).';
COMMENT ON COLUMN development_independence.derived_outlet_ids IS 'Outlets whose every report in the development copies or credits another outlet''s report in it.';
