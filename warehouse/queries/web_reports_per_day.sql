-- Per day in time zone $zone: developments first reported and reports published, over the
-- developments $ids (the rows a timeline filter chose).
WITH members AS (
    SELECT m.development_id, a.published
    FROM development_members m
    JOIN articles a USING (article_id)
    WHERE m.development_id IN (SELECT unnest($ids::VARCHAR[]))
      AND a.published IS NOT NULL
),
reports AS (
    SELECT CAST(timezone($zone, published) AS DATE) AS day, count(*) AS n_reports
    FROM members
    GROUP BY day
),
firsts AS (
    SELECT CAST(timezone($zone, min(published)) AS DATE) AS day, development_id
    FROM members
    GROUP BY development_id
),
opened AS (
    SELECT day, count(*) AS n_developments FROM firsts GROUP BY day
)
SELECT day, coalesce(o.n_developments, 0) AS n_developments, r.n_reports
FROM reports r
LEFT JOIN opened o USING (day)
ORDER BY day;
