-- The embeddings of every development's reports (fixed-size copies in search_vectors, model
-- $model), sorted by development: warehouse.snapshot.build_development_vectors averages them.
SELECT m.development_id, v.vector
FROM development_members m
JOIN search_vectors v USING (article_id)
WHERE v.model = $model
ORDER BY m.development_id;
