-- Semantic search on the read snapshot's fixed-size copy of the embeddings (search_vectors, built
-- by warehouse.search.build_vector_table): vectors are L2-normalised, so the inner product is the
-- cosine similarity, and fixed-size arrays are several times faster than lists.
SELECT article_id, score
FROM (
    SELECT v.article_id, array_cosine_similarity(v.vector, $vector::FLOAT[384]) AS score
    FROM search_vectors v
    WHERE v.model = $model
)
WHERE score >= $min_score
ORDER BY score DESC, article_id
LIMIT $k;
