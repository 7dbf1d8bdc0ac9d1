-- The pages and their outcomes in the Arrow view _pw_outcomes (page_id, reason):
-- warehouse.store.mark_processed.
UPDATE pages
SET processed_at = now(), process_error = e.reason
FROM (SELECT page_id, reason FROM _pw_outcomes) AS e
WHERE pages.page_id = e.page_id;
