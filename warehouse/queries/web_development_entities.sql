-- The watchlist entities the reports of development $id name, most reports first.
SELECT e.entity_id, e.name, e.type, count(DISTINCT x.article_id) AS n_reports
FROM development_members m
JOIN mentions x USING (article_id)
JOIN entities e ON e.entity_id = x.entity_id
WHERE m.development_id = $id
GROUP BY ALL
ORDER BY n_reports DESC, e.name;
