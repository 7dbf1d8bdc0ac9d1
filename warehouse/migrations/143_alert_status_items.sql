-- Status alerts, exactly once: which status events (a development's change of status, or its
-- official confirmation) each subscription was told about. Keyed on the report that shows the
-- status, not on the development id, so a regrouping or merge that renames a development does
-- not alert again (as alert_items is keyed on articles).
CREATE TABLE alert_status_items (
    subscription   VARCHAR NOT NULL,
    event_key      VARCHAR NOT NULL,      -- stable id of (status, first report, shown | confirmed)
    development_id VARCHAR NOT NULL,      -- the development at the time of the alert
    message_id     VARCHAR NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (subscription, event_key)
);
