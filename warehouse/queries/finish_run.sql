UPDATE crawl_runs
SET finished_at = now(), status = $status, discovered = $discovered, fetched = $fetched,
    new_articles = $new_articles, skipped = $skipped, failed = $failed, failures = $failures,
    stage_timings = $stage_timings, error = $error
WHERE run_id = $run_id;
