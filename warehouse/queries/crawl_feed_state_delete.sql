-- Forget the validators of source URLs that no longer send any.
DELETE FROM feed_state
WHERE url IN (SELECT unnest($urls::VARCHAR[]));
