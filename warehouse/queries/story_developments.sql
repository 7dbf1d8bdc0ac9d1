-- The developments of story $story, oldest first, with their current status.
SELECT d.development_id, d.headline, d.first_published AS first_seen,
       d.last_published AS last_seen, count(m.article_id) AS n_reports,
       st.status, coalesce(st.confirmed, FALSE) AS confirmed, st.status_changed
FROM developments d
LEFT JOIN development_members m USING (development_id)
LEFT JOIN development_status st USING (development_id)
WHERE d.story_id = $story
GROUP BY ALL
ORDER BY d.first_published, d.development_id;
