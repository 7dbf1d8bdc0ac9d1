-- The entities named most often in the same developments as entity $id.
WITH devs AS (
    SELECT DISTINCT m.development_id
    FROM mentions x
    JOIN development_members m USING (article_id)
    WHERE x.entity_id = $id
)
SELECT e.entity_id, e.name, count(DISTINCT m.development_id) AS n_developments
FROM devs
JOIN development_members m USING (development_id)
JOIN mentions x USING (article_id)
JOIN entities e ON e.entity_id = x.entity_id
WHERE x.entity_id <> $id
GROUP BY ALL
ORDER BY n_developments DESC, e.name
LIMIT $limit;
