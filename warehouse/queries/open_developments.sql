-- Developments still open for new reports: last report on or after $since.
SELECT development_id, headline, first_article_id, first_published, last_published
FROM developments
WHERE last_published >= $since;
