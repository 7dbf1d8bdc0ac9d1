-- Which of the given article ids or content hashes are already stored.
SELECT article_id, content_hash
FROM articles
WHERE article_id IN (SELECT unnest($ids)) OR content_hash IN (SELECT unnest($hashes));
