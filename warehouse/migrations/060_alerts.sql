-- Alerts as an outbox. A run first records what it is about to send (the message, one pending
-- delivery per channel, and the (subscription, article) pairs it covers) in one transaction, then
-- sends, then marks each delivery sent. A crash between sending and marking leaves the delivery
-- pending: the next run sends it again with the same message id (the idempotency key), and never
-- builds a second message for the same articles.

CREATE TABLE alert_messages (
    message_id    VARCHAR PRIMARY KEY,       -- idempotency key, sent with every delivery
    subscription  VARCHAR NOT NULL,          -- subscription name ("operators" for run failures)
    kind          VARCHAR NOT NULL,          -- digest | test | operators
    run_id        VARCHAR,
    created_at    TIMESTAMPTZ NOT NULL,
    title         VARCHAR NOT NULL,
    n_items       INTEGER NOT NULL,          -- articles the message covers
    content       JSON NOT NULL              -- structured digest, rendered per channel at send time
);

CREATE TABLE alert_deliveries (
    message_id       VARCHAR NOT NULL,
    channel          VARCHAR NOT NULL,       -- stable key of the channel URL (no secret stored)
    channel_label    VARCHAR NOT NULL,       -- the URL with credentials and paths redacted
    status           VARCHAR NOT NULL,       -- pending | sent | failed | dropped
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       VARCHAR,
    last_attempt_at  TIMESTAMPTZ,
    sent_at          TIMESTAMPTZ,
    PRIMARY KEY (message_id, channel)
);

-- Which articles each subscription has been told about: at most once per (subscription, article).
CREATE TABLE alert_items (
    subscription    VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    development_id  VARCHAR NOT NULL,        -- the development at the time of the alert
    kind            VARCHAR NOT NULL,        -- new-development | related-report
    message_id      VARCHAR NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (subscription, article_id)
);

-- What a run did besides crawling: where it came from, and its alerts.
ALTER TABLE crawl_runs ADD COLUMN trigger VARCHAR;       -- local | deployment
ALTER TABLE crawl_runs ADD COLUMN flow_run_id VARCHAR;   -- Prefect flow run id
ALTER TABLE crawl_runs ADD COLUMN alerts JSON;           -- {"messages": n, "sent": n, "pending": n}

-- The alert log: one row per message and channel.
CREATE VIEW alert_log AS
SELECT
    m.created_at,
    m.subscription,
    m.kind,
    m.run_id,
    m.n_items,
    d.channel_label AS channel,
    d.status,
    d.attempts,
    d.sent_at,
    d.last_error,
    m.title,
    m.message_id
FROM alert_messages m
JOIN alert_deliveries d USING (message_id);
