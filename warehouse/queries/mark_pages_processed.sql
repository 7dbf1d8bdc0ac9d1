UPDATE pages
SET processed_at = now(), process_error = e.reason
FROM (SELECT unnest($page_ids) AS page_id, unnest($reasons) AS reason) AS e
WHERE pages.page_id = e.page_id;
