-- Developments that may report the same thing as development $id, on a read snapshot: those open
-- within the grouping window around it ($since .. $until), not itself, scored by the cosine
-- between their mean embeddings (read_development_vectors, L2-normalised: the inner product is
-- the cosine; NULL for a development without embeddings) and by the main subjects they share
-- (read_development_entities). A development merged away is no longer in developments, so it is
-- never suggested.
WITH main AS (
    SELECT development_id, entity_id FROM read_development_entities WHERE how = 'main'
),
mine AS (
    SELECT entity_id FROM main WHERE development_id = $id
),
me AS (
    SELECT vector FROM read_development_vectors WHERE development_id = $id
),
near AS (
    SELECT d.development_id
    FROM developments d
    WHERE d.development_id <> $id
      AND d.last_published >= $since
      AND d.first_published <= $until
),
closeness AS (
    SELECT c.development_id, array_inner_product(c.vector, me.vector) AS similarity
    FROM read_development_vectors c, me
    WHERE c.development_id IN (SELECT development_id FROM near)
),
shared AS (
    SELECT x.development_id, list(DISTINCT e.name ORDER BY e.name) AS shared_entities
    FROM main x
    JOIN entities e USING (entity_id)
    WHERE x.entity_id IN (SELECT entity_id FROM mine)
      AND x.development_id IN (SELECT development_id FROM near)
    GROUP BY x.development_id
)
SELECT d.development_id,
       d.headline,
       d.first_published                     AS first_seen,
       d.last_published                      AS last_seen,
       r.n_reports,
       s.similarity,
       coalesce(h.shared_entities, [])       AS shared_entities
FROM near n
JOIN developments d USING (development_id)
JOIN read_developments r USING (development_id)
LEFT JOIN closeness s USING (development_id)
LEFT JOIN shared h USING (development_id)
WHERE coalesce(s.similarity, 0) >= $min_similarity
   OR (len(coalesce(h.shared_entities, [])) >= $min_shared
       AND coalesce(s.similarity, $min_similarity) >= $min_similarity_shared)
ORDER BY coalesce(s.similarity, 0) + $per_shared * len(coalesce(h.shared_entities, [])) DESC,
         d.development_id
LIMIT $limit;
