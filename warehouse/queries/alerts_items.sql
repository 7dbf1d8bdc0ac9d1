-- Which articles each subscription was told about, in which message, newest first.
SELECT i.recorded_at, i.subscription, i.kind, i.development_id, i.article_id, a.title,
       i.message_id
FROM alert_items i
LEFT JOIN articles a USING (article_id)
WHERE ($subscription IS NULL OR i.subscription = $subscription)
ORDER BY i.recorded_at DESC, i.subscription, i.development_id, i.article_id
LIMIT $limit;
