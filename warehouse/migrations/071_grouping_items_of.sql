-- What grouping compares for a stored report: title+lead vector, body, linked entities, policy
-- signals. One definition, as a table macro that reads only the wanted reports' rows (the view of
-- migration 070 aggregated every mention of the warehouse before filtering: at a million articles
-- that took most of a minute and gigabytes of memory for one batch's open window).
--   since:      the reports of the developments whose last report is on or after it (NULL: none)
--   ids:        these reports too (VARCHAR[])
--   everything: every stored report (regrouping)
-- Queries: grouping_window_rows.sql, grouping_member_rows.sql, grouping_all_items.sql (the view).
CREATE OR REPLACE MACRO grouping_items_of(since, ids, everything) AS TABLE
WITH wanted AS MATERIALIZED (
    SELECT m.article_id
    FROM development_members m
    JOIN developments d USING (development_id)
    WHERE d.last_published >= since
    UNION
    SELECT unnest(ids) AS article_id
    UNION
    SELECT article_id FROM articles WHERE everything
)
SELECT a.article_id, coalesce(a.published, a.first_seen) AS published, a.outlet_id, a.title,
       a.lead, a.text, e.vector,
       coalesce(x.entity_ids, []) AS entity_ids,
       coalesce(s.signal_kinds, []) AS signal_kinds
FROM articles a
SEMI JOIN wanted USING (article_id)
JOIN embeddings e USING (article_id)
LEFT JOIN (
    SELECT article_id, list(DISTINCT entity_id) AS entity_ids
    FROM mentions
    SEMI JOIN wanted USING (article_id)
    WHERE entity_id IS NOT NULL
    GROUP BY article_id
) x USING (article_id)
LEFT JOIN (
    SELECT article_id, list(DISTINCT kind) AS signal_kinds
    FROM article_signals
    SEMI JOIN wanted USING (article_id)
    GROUP BY article_id
) s USING (article_id);

CREATE OR REPLACE VIEW grouping_items AS
SELECT * FROM grouping_items_of(NULL, []::VARCHAR[], true);
