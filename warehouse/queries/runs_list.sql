-- Recent runs for `policywatch runs`, newest first (NULL filters = no filter).
SELECT run_id, profile, started_at, finished_at,
       epoch(finished_at - started_at)           AS seconds,
       status, discovered, fetched, new_articles, skipped, failed, failures, params,
       stage_timings, alerts, trigger, flow_run_id, error
FROM crawl_runs
WHERE ($status IS NULL OR status = $status)
ORDER BY started_at DESC, run_id
LIMIT $limit;
