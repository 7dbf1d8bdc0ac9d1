-- Semantic search: articles whose embedding is closest (cosine) to $vector, the embedding of the
-- query made with the same model ($model) as the stored vectors.
SELECT article_id, score
FROM (
    SELECT e.article_id, list_cosine_similarity(e.vector, $vector::FLOAT[]) AS score
    FROM embeddings e
    WHERE e.model = $model
)
WHERE score >= $min_score
ORDER BY score DESC, article_id
LIMIT $k;
