-- The status events $keys (a list) each subscription was already told about.
SELECT subscription, event_key FROM alert_status_items WHERE event_key IN (SELECT unnest($keys));
