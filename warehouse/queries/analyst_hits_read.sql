-- analyst_hits on a read snapshot: one join with the materialised read_search_docs.
SELECT h.article_id, h.score, r.development_id, r.headline, r.first_seen, r.last_seen, r.title,
       r.url, r.published, r.outlet
FROM (SELECT unnest($ids) AS article_id, unnest($scores) AS score) h
JOIN read_search_docs r USING (article_id)
ORDER BY h.score DESC, h.article_id;
