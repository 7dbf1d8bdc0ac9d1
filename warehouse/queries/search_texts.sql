-- The title and text of the articles a search shows, for their highlighted snippets.
SELECT article_id, title, text
FROM articles
WHERE article_id IN (SELECT unnest($ids::VARCHAR[]));
