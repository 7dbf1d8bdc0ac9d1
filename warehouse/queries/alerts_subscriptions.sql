-- Every subscription name the alert ledger holds (messages recorded for it), for checking the
-- names analysts type (`policywatch alerts -s NAME`): a subscription removed from alerts.toml keeps
-- its history.
SELECT DISTINCT subscription
FROM alert_messages
UNION
SELECT DISTINCT subscription
FROM alert_items
ORDER BY subscription;
