-- Semantic search on the read snapshot's fixed-size copy of the embeddings (search_vectors, built
-- by warehouse.search.build_vector_table): the pipeline L2-normalises every embedding (and the
-- query's), so the inner product is the cosine similarity, and cheaper; fixed-size arrays are
-- several times faster than lists.
SELECT article_id, score
FROM (
    SELECT v.article_id, array_inner_product(v.vector, $vector::FLOAT[384]) AS score
    FROM search_vectors v
    WHERE v.model = $model
)
WHERE score >= $min_score
ORDER BY score DESC, article_id
LIMIT $k;
