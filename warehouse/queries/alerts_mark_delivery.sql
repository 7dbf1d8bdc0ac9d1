-- The outcome of delivery attempts of one message on one channel.
UPDATE alert_deliveries
SET status = $status,
    attempts = attempts + $tried,
    last_error = $error,
    last_attempt_at = now(),
    sent_at = CASE WHEN $status = 'sent' THEN now() ELSE sent_at END
WHERE message_id = $message_id AND channel = $channel;
