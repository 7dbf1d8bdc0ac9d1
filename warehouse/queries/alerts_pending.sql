-- Deliveries not made yet (a channel that was down, a crash before recording), oldest first.
SELECT d.message_id, d.channel, d.channel_label, d.attempts, m.subscription, m.kind, m.content
FROM alert_deliveries d
JOIN alert_messages m USING (message_id)
WHERE d.status = 'pending'
  AND ($message_id IS NULL OR d.message_id = $message_id)
ORDER BY m.created_at, d.message_id, d.channel;
