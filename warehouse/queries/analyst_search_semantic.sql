-- Semantic search: articles whose embedding is closest (cosine) to $vector, the embedding of the
-- query made with the same model ($model) as the stored vectors. Filters and $phrases as in
-- analyst_search_fts.sql.
WITH wanted_entities AS (
    SELECT e.entity_id
    FROM entities e
    WHERE lower(e.entity_id) = lower($entity)
       OR lower(e.name) = lower($entity)
       OR list_contains(list_transform(e.aliases, x -> lower(x)), lower($entity))
),
scored AS (
    SELECT article_id, score
    FROM (
        SELECT e.article_id, list_cosine_similarity(e.vector, $vector::FLOAT[]) AS score
        FROM embeddings e
        JOIN articles a USING (article_id)
        WHERE e.model = $model
          AND ($since IS NULL OR a.published >= $since)
          AND ($until IS NULL OR a.published < $until)
          AND ($outlet IS NULL OR lower(a.outlet_id) = lower($outlet)
               OR a.outlet_id IN (SELECT outlet_id FROM sources WHERE lower(name) = lower($outlet)))
          AND ($entity IS NULL OR a.article_id IN (
                SELECT article_id FROM mentions
                WHERE entity_id IN (SELECT entity_id FROM wanted_entities)))
    )
    WHERE score >= $min_score
    ORDER BY score DESC, article_id
    LIMIT $k_wide
)
SELECT s.article_id, s.score
FROM scored s
JOIN articles a USING (article_id)
WHERE len($phrases::VARCHAR[]) = 0
   OR list_bool_and(list_transform($phrases::VARCHAR[],
        p -> contains(lower(a.title || ' ' || a.text), p)))
ORDER BY s.score DESC, s.article_id
LIMIT $k;
