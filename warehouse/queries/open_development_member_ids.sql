-- Which reports the open developments hold, in the order grouping loads them
-- (warehouse.grouping.load_grouper); their comparable rows come from grouping_member_rows.sql
-- only for the reports this process has not profiled yet.
SELECT m.development_id, m.article_id
FROM development_members m
JOIN developments d USING (development_id)
JOIN articles a USING (article_id)
JOIN embeddings e USING (article_id)
WHERE d.last_published >= $since
ORDER BY m.development_id, coalesce(a.published, a.first_seen), m.article_id;
