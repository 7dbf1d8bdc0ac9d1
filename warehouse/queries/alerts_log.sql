-- The alert log for the CLI, newest first (NULL filters = no filter).
SELECT created_at, subscription, kind, run_id, n_items, channel, status, attempts, sent_at,
       last_error, title, message_id
FROM alert_log
WHERE ($subscription IS NULL OR subscription = $subscription)
  AND ($status IS NULL OR status = $status)
  AND ($run_id IS NULL OR run_id = $run_id)
ORDER BY created_at DESC, message_id, channel
LIMIT $limit;
