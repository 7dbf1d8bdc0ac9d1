"""Alerts: subscriptions, matching, digests, per-channel rendering, exactly-once delivery.

- :mod:`policywatch.alerts.subscriptions`: ``config/alerts.toml``.
- :mod:`policywatch.alerts.matching`: which developments and reports each subscription hears about
  (pure).
- :mod:`policywatch.alerts.render`: one digest rendered and escaped per channel format (pure).
- :mod:`policywatch.alerts.channels`: Apprise URLs and the JSON-lines file channel.
- :mod:`policywatch.alerts.service`: the outbox in the warehouse and the delivery loop.
"""
