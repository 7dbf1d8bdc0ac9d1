INSERT INTO crawl_runs (run_id, profile, started_at, status, params)
VALUES ($run_id, $profile, now(), 'running', $params)
ON CONFLICT (run_id) DO UPDATE SET status = 'running', finished_at = NULL, error = NULL;
