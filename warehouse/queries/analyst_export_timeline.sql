-- Export: the timeline view, newest first.
SELECT * FROM timeline ORDER BY first_seen DESC, development_id;
