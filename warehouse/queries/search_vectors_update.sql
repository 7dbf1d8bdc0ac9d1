-- Bring search_vectors (the 384-dimension embeddings as FLOAT[384], fast to compare) up to date
-- with the embeddings table, in place: rows whose embedding is gone are dropped, missing ones are
-- added. warehouse.grouping.save_embeddings drops the row of every embedding it rewrites, so a
-- changed vector is re-added here. Executed as one script by warehouse.search.update_vector_table.
CREATE TABLE IF NOT EXISTS search_vectors (
    article_id VARCHAR NOT NULL,
    model      VARCHAR NOT NULL,
    vector     FLOAT[384] NOT NULL
);
DELETE FROM search_vectors
WHERE article_id NOT IN (SELECT article_id FROM embeddings WHERE len(vector) = 384);
INSERT INTO search_vectors (article_id, model, vector)
SELECT e.article_id, e.model, e.vector::FLOAT[384]
FROM embeddings e
ANTI JOIN search_vectors s USING (article_id)
WHERE len(e.vector) = 384;
