-- Developments still open for new reports: last report on or after $since (in id order, so a
-- grouper loads them in the same order on every run).
SELECT development_id, headline, first_article_id, first_published, last_published, story_id
FROM developments
WHERE last_published >= $since
ORDER BY development_id;
