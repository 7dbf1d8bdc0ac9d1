-- Semantic search on the read snapshot's fixed-size copy of the embeddings (search_vectors, built
-- by warehouse.search.build_vector_table): the pipeline L2-normalises every embedding (and the
-- query's), so the inner product is the cosine similarity, and cheaper; fixed-size arrays are
-- several times faster than lists. Filters and $phrases as in analyst_search_fts.sql; with no
-- filter the articles table is not read before the best $k_wide are chosen.
WITH wanted_entities AS (
    SELECT e.entity_id
    FROM entities e
    WHERE lower(e.entity_id) = lower($entity)
       OR lower(e.name) = lower($entity)
       OR list_contains(list_transform(e.aliases, x -> lower(x)), lower($entity))
),
allowed AS (
    SELECT a.article_id
    FROM articles a
    WHERE ($since IS NULL OR a.published >= $since)
      AND ($until IS NULL OR a.published < $until)
      AND ($outlet IS NULL OR lower(a.outlet_id) = lower($outlet)
           OR a.outlet_id IN (SELECT outlet_id FROM sources WHERE lower(name) = lower($outlet)))
      AND ($entity IS NULL OR a.article_id IN (
            SELECT article_id FROM mentions
            WHERE entity_id IN (SELECT entity_id FROM wanted_entities)))
),
scored AS (
    SELECT article_id, score
    FROM (
        SELECT v.article_id, array_inner_product(v.vector, $vector::FLOAT[384]) AS score
        FROM search_vectors v
        WHERE v.model = $model
          AND (NOT $filtered OR v.article_id IN (SELECT article_id FROM allowed))
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
