-- A re-checked page that changed: its stored HTML becomes the latest version (so that a later
-- `policywatch reprocess` starts from it).
UPDATE pages
SET html_gz = $html_gz, fetched_at = $fetched_at, final_url = $final_url
WHERE page_id = $page_id;
