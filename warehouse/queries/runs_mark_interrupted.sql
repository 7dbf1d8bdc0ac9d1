-- Runs still marked 'running' when a new run holds the run lock died without finishing
-- (killed, crashed, machine stopped): mark them failed so they show as such.
UPDATE crawl_runs
SET status = 'failed',
    finished_at = coalesce(finished_at, now()),
    error = 'interrupted: the process stopped before the run finished (killed or crashed)'
WHERE status = 'running' AND run_id <> $current_run_id
RETURNING run_id;
