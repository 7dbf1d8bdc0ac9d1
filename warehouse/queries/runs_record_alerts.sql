-- What the alerts stage of a run did.
UPDATE crawl_runs SET alerts = $alerts WHERE run_id = $run_id;
