-- The problems recorded by the runs $ids (config, crawl, extract, alert ...), per run.
SELECT run_id, stage, subject, reason, recorded_at
FROM problems
WHERE run_id IN (SELECT unnest($ids::VARCHAR[]))
ORDER BY run_id, stage, subject
LIMIT $limit;
