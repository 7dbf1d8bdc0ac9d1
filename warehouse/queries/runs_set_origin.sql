-- Where a run came from: a local call or a Prefect deployment (schedule), and its flow run.
UPDATE crawl_runs SET trigger = $trigger, flow_run_id = $flow_run_id WHERE run_id = $run_id;
