-- Which of the given articles each subscription was already told about (or is being told about).
SELECT subscription, article_id
FROM alert_items
WHERE article_id IN (SELECT unnest($article_ids));
