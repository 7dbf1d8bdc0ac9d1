-- Close a run; returns its duration as `policywatch runs` shows it (row opened -> closed).
UPDATE crawl_runs
SET finished_at = now(), status = $status, discovered = $discovered, fetched = $fetched,
    new_articles = $new_articles, skipped = $skipped, failed = $failed, failures = $failures,
    stage_timings = $stage_timings, error = $error
WHERE run_id = $run_id
RETURNING epoch(finished_at - started_at) AS seconds;
