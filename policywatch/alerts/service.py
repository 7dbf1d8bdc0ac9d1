"""The alerts stage: plan digests from the warehouse, record them (outbox), deliver, mark sent.

Order of a run, each step safe to repeat:

1. **Plan**: developments with reports first seen in the look-back window, minus the
   (subscription, article) pairs already in ``alert_items``, give at most one digest per
   subscription (:func:`policywatch.alerts.matching.plan_digests`).
2. **Record**: in ONE transaction, the message (``alert_messages``), one pending delivery per
   channel (``alert_deliveries``) and the pairs it covers (``alert_items``). From here on these
   articles are never planned again for that subscription, whatever happens next.
3. **Deliver** every pending delivery, this run's and older ones (a channel that was down, a crash
   after step 2), with the message id as idempotency key; mark each ``sent``, or leave it
   ``pending`` with the error for the next run (``failed`` after ``alerts_max_attempts`` runs).

A crash between sending and marking resends that one message on the next run, with the same id:
the JSON-lines file channel drops the repeat itself, webhook and email receivers get the key to do
the same.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import duckdb
import pyarrow as pa

from policywatch.alerts.channels import (
    Channel,
    DeliveryError,
    channel_key,
    check_channel,
    make_channel,
    redact,
)
from policywatch.alerts.matching import (
    Development,
    Digest,
    Report,
    StatusEvent,
    plan_digests,
    plan_status_digests,
    status_event_key,
)
from policywatch.alerts.subscriptions import Subscription, load_signal_kinds, load_subscriptions
from policywatch_core.config import ConfigError, Loaded, load_watchlist
from policywatch_core.models import ConfigProblem, WatchEntity
from policywatch_core.settings import Settings
from warehouse.db import connect, run_query
from warehouse.load import register_known_table, upsert

log = logging.getLogger("policywatch.alerts")

register_known_table("alert_messages", ("message_id",))
register_known_table("alert_deliveries", ("message_id", "channel"))
register_known_table("alert_items", ("subscription", "article_id"))
register_known_table("alert_status_items", ("subscription", "event_key"))

#: Attempts per delivery within one run, and the pause before each retry (seconds).
IN_RUN_BACKOFF = (1.0,)
#: Tables the grouping stage may store per-report "what it adds" sentences in.
ADDITIONS_TABLES = ("report_additions", "article_additions", "development_additions")
OPERATORS = "operators"


@dataclass(slots=True)
class DeliveryOutcome:
    """One delivery attempt's result."""

    message_id: str
    subscription: str
    channel: str
    status: str  # sent | pending | failed | dropped
    error: str | None = None


@dataclass(slots=True)
class AlertsSummary:
    """What the alerts stage of one run did."""

    messages: int = 0  # new messages recorded this run
    items: int = 0  # (subscription, article) pairs and status events they cover
    deliveries: list[DeliveryOutcome] = field(default_factory=list)
    problems: list[ConfigProblem] = field(default_factory=list)

    def count(self, status: str) -> int:
        """Deliveries that ended with ``status``."""
        return sum(1 for d in self.deliveries if d.status == status)

    def as_dict(self) -> dict[str, int]:
        """The counts stored with the run."""
        return {
            "messages": self.messages,
            "items": self.items,
            "sent": self.count("sent"),
            "pending": self.count("pending"),
            "failed": self.count("failed"),
            "dropped": self.count("dropped"),
            "config_problems": len(self.problems),
        }


# -- configuration ----------------------------------------------------------------------------


def load_config(
    settings: Settings, watchlist: Sequence[WatchEntity] | None = None
) -> Loaded[Subscription]:
    """The subscriptions of ``alerts.toml``, checked against the watchlist and signal kinds."""
    if watchlist is None:
        try:
            watchlist = load_watchlist(settings.config_dir).items
        except ConfigError as exc:  # entities cannot be resolved: no subscription can be used
            return Loaded((), (ConfigProblem(str(settings.config_dir), "(watchlist)", str(exc)),))
    items: list[Subscription] = []
    problems: list[ConfigProblem] = []
    # alerts.toml, then what analysts follow in the web app (same format, written by it).
    for path in (settings.alerts_path, settings.following_path):
        try:
            loaded = load_subscriptions(
                path,
                watchlist,
                signal_kinds=load_signal_kinds(settings.config_dir),
                check_channel=check_channel,
            )
        except ConfigError as exc:  # an unreadable file: no subscription, the run goes on
            problems.append(ConfigProblem(str(path), "(file)", str(exc)))
            continue
        names = {s.name for s in items}
        for sub in loaded.items:
            if sub.name in names:
                problems.append(ConfigProblem(str(path), sub.name, "name already used"))
            else:
                items.append(sub)
        problems.extend(loaded.problems)
    return Loaded(tuple(items), tuple(problems))


def unreadable(problems: Iterable[ConfigProblem]) -> list[ConfigProblem]:
    """The problems that made a whole configuration file unusable (not one bad entry)."""
    return [p for p in problems if p.key in ("(file)", "(watchlist)")]


def operator_urls(settings: Settings) -> tuple[str, ...]:
    """The operators' channels (``operator_channels``, separated by whitespace)."""
    return tuple(u for u in re.split(r"\s+", settings.operator_channels.strip()) if u)


def channel_options(settings: Settings) -> dict[str, Any]:
    """What channels take from the settings: private hosts allowed, the delivery deadline."""
    return {"allow_private": settings.allow_private_hosts, "timeout": settings.download_timeout}


def channel_map(settings: Settings, subs: Iterable[Subscription]) -> dict[str, Channel]:
    """Every configured channel by key (subscriptions' and operators')."""
    found: dict[str, Channel] = {}
    urls = [u for s in subs for u in s.channels] + list(operator_urls(settings))
    for url in urls:
        try:
            channel = make_channel(url, settings.data_dir, **channel_options(settings))
        except ValueError as exc:
            log.warning("alerts: channel %s unusable: %s", redact(url), exc)
            continue
        found[channel.key] = channel
    return found


# -- warehouse edge ---------------------------------------------------------------------------


def _additions(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> dict[str, list[str]]:
    """Per-report "what it adds" sentences stored by grouping, if this warehouse has them."""
    if not article_ids:
        return {}
    rows = con.execute(
        "SELECT table_name, column_name, data_type FROM information_schema.columns "
        "WHERE table_name IN (SELECT unnest($t)) ORDER BY table_name, ordinal_position",
        {"t": list(ADDITIONS_TABLES)},
    ).fetchall()
    tables: dict[str, dict[str, str]] = defaultdict(dict)
    for table, column, dtype in rows:
        tables[table][column] = str(dtype)
    for table in ADDITIONS_TABLES:
        columns = tables.get(table)
        if not columns or "article_id" not in columns:
            continue
        text_col = next(
            (c for c in ("sentences", "additions", "adds", "sentence", "text") if c in columns),
            None,
        )
        if text_col is None:
            continue
        order = next((c for c in ("position", "rank", "idx", "start_char") if c in columns), None)
        # The most novel sentences first when grouping scored them, else in body order.
        rank = '"novelty" DESC, ' if "novelty" in columns else ""
        # Identifiers from the fixed lists above and the catalogue, never from input.
        sql = (
            f'SELECT article_id, "{text_col}" FROM "{table}" '
            "WHERE article_id IN (SELECT unnest($ids)) "
            f"ORDER BY article_id, {rank}" + (f'"{order}"' if order else "1")
        )
        found: dict[str, list[str]] = defaultdict(list)
        for article_id, value in con.execute(sql, {"ids": article_ids}).fetchall():
            if isinstance(value, list):
                found[article_id].extend(str(v) for v in value if v)
            elif value:
                found[article_id].append(str(value))
        return dict(found)
    return {}


def load_developments(
    con: duckdb.DuckDBPyConnection, since: datetime
) -> tuple[list[Development], dict[str, set[str]]]:
    """Developments with a report first seen since ``since``, and who was told about what."""
    rows = run_query(con, "alerts_candidates", {"since": since}).fetchall()
    article_ids = [r[3] for r in rows]
    additions = _additions(con, article_ids)
    grouped: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row[0]].append(row)
    developments = []
    for dev_id, members in grouped.items():
        first = members[0]
        reports = tuple(
            Report(
                article_id=r[3],
                title=r[4],
                url=r[5],
                outlet=r[6],
                published=r[7],
                first_seen=r[8],
                lead=r[9] or "",
                text=r[10] or "",
                entity_ids=frozenset(r[11] or ()),
                signals=frozenset(r[12] or ()),
                additions=tuple(additions.get(r[3], ())),
                curated=bool(r[13]),
                main_entity_ids=frozenset(r[14] or ()),
            )
            for r in members
        )
        developments.append(Development(dev_id, first[1], first[2], reports))
    told: dict[str, set[str]] = defaultdict(set)
    for sub, article_id in run_query(con, "alerts_told", {"article_ids": article_ids}).fetchall():
        told[sub].add(article_id)
    return developments, dict(told)


def load_status_events(
    con: duckdb.DuckDBPyConnection, since: datetime
) -> tuple[list[StatusEvent], dict[str, set[str]]]:
    """Status events whose report was first seen since ``since``, and who was told which."""
    events: list[StatusEvent] = []
    for row in run_query(con, "alerts_status_events", {"since": since}).fetchall():
        (dev_id, seq, status, previous, article_id, title, outlet, url, published, first_seen,
         confirmed_by, c_title, c_outlet, c_url, c_published, c_seen) = row  # fmt: skip
        shown = Report(article_id, title or "", url or "", outlet or "", published, first_seen)
        if seq > 0 and first_seen >= since:
            events.append(
                StatusEvent(
                    key=status_event_key(status, article_id, "shown"),
                    development_id=dev_id,
                    status=status,
                    previous=previous,
                    confirmation=False,
                    confirmed=confirmed_by == article_id,
                    report=shown,
                    confirmed_by=(outlet or "") if confirmed_by == article_id else "",
                )
            )
        if confirmed_by and confirmed_by != article_id and c_seen is not None and c_seen >= since:
            events.append(
                StatusEvent(
                    key=status_event_key(status, article_id, "confirmed"),
                    development_id=dev_id,
                    status=status,
                    previous=previous,
                    confirmation=True,
                    confirmed=True,
                    report=Report(
                        confirmed_by,
                        c_title or "",
                        c_url or "",
                        c_outlet or "",
                        c_published,
                        c_seen,
                    ),
                    confirmed_by=c_outlet or "",
                )
            )
    told: dict[str, set[str]] = defaultdict(set)
    keys = [e.key for e in events]
    if keys:
        for sub, key in run_query(con, "alerts_status_told", {"keys": keys}).fetchall():
            told[sub].add(key)
    return events, dict(told)


_MESSAGE_SCHEMA = pa.schema(
    [
        ("message_id", pa.string()),
        ("subscription", pa.string()),
        ("kind", pa.string()),
        ("run_id", pa.string()),
        ("created_at", pa.timestamp("us", tz="UTC")),
        ("title", pa.string()),
        ("n_items", pa.int32()),
        ("content", pa.string()),
    ]
)


def record_message(
    con: duckdb.DuckDBPyConnection,
    digest: Digest,
    channels: Sequence[Channel],
    run_id: str | None,
) -> str:
    """Record a message, its pending deliveries and the items it covers; return its id.

    The caller wraps this in a transaction. Recording the same digest twice changes nothing.
    """
    at = datetime.now(UTC)
    message_id = digest.message_id
    upsert(
        con,
        "alert_messages",
        [
            {
                "message_id": message_id,
                "subscription": digest.subscription,
                "kind": digest.kind,
                "run_id": run_id,
                "created_at": at,
                "title": digest.title,
                "n_items": len(digest.items),
                "content": json.dumps(digest.to_json(), ensure_ascii=False),
            }
        ],
        schema=_MESSAGE_SCHEMA,
        update=False,
    )
    upsert(
        con,
        "alert_deliveries",
        [
            {
                "message_id": message_id,
                "channel": c.key,
                "channel_label": c.label,
                "status": "pending",
                "attempts": 0,
            }
            for c in channels
        ],
        update=False,
    )
    upsert(
        con,
        "alert_status_items",
        [
            {
                "subscription": digest.subscription,
                "event_key": key,
                "development_id": dev_id,
                "message_id": message_id,
                "recorded_at": at,
            }
            for key, dev_id in digest.status_items
        ],
        update=False,
    )
    upsert(
        con,
        "alert_items",
        [
            {
                "subscription": digest.subscription,
                "article_id": article_id,
                "development_id": dev_id,
                "kind": kind,
                "message_id": message_id,
                "recorded_at": at,
            }
            for article_id, dev_id, kind in digest.items
        ],
        update=False,
    )
    return message_id


def _mark(
    settings: Settings, message_id: str, channel: str, status: str, tried: int, error: str | None
) -> None:
    with connect(settings.duckdb_path) as con:
        run_query(
            con,
            "alerts_mark_delivery",
            {
                "message_id": message_id,
                "channel": channel,
                "status": status,
                "tried": tried,
                "error": error,
            },
        )


def deliver_pending(
    settings: Settings,
    channels: Mapping[str, Channel],
    *,
    message_id: str | None = None,
    give_up: bool = False,
    backoff: Sequence[float] = IN_RUN_BACKOFF,
    drop_missing: bool = True,
) -> list[DeliveryOutcome]:
    """Send every pending delivery (or those of ``message_id``) and record each outcome.

    Args:
        settings: where the warehouse is, and ``alerts_max_attempts``.
        channels: the configured channels by key; a delivery whose channel is gone is dropped.
        message_id: only this message's deliveries.
        give_up: mark a failure ``failed`` at once instead of ``pending`` (test messages).
        backoff: pauses before the in-run retries of a failing delivery.
        drop_missing: drop a delivery whose channel is not configured; False when the
            configuration could not be read (a typo must not drop what is waiting).
    """
    with connect(settings.duckdb_path) as con:
        pending = run_query(con, "alerts_pending", {"message_id": message_id}).fetchall()
    outcomes: list[DeliveryOutcome] = []
    for msg_id, key, label, attempts, subscription, _kind, content in pending:
        channel = channels.get(key)
        if channel is None and not drop_missing:
            continue  # left pending: the configuration that names it could not be read
        if channel is None:
            gone = "channel no longer configured"
            _mark(settings, msg_id, key, "dropped", 0, gone)
            outcomes.append(DeliveryOutcome(msg_id, subscription, label, "dropped", gone))
            log.warning("alerts: %s to %s dropped: %s", msg_id, label, gone)
            continue
        digest = Digest.from_json(json.loads(content))
        error: str | None = None
        tried = 0
        for pause in (0.0, *backoff):
            if pause:
                time.sleep(pause)
            tried += 1
            try:
                channel.send(digest, msg_id)
            except DeliveryError as exc:
                error = str(exc) or type(exc).__name__
                continue
            except Exception as exc:  # a channel bug must not stop the other deliveries
                error = f"{type(exc).__name__}: {exc}"
                continue
            error = None
            break
        if error is None:
            status = "sent"
        elif give_up or attempts + 1 >= settings.alerts_max_attempts:
            status = "failed"
        else:
            status = "pending"
        # One run counts as one attempt, whatever the in-run retries.
        _mark(settings, msg_id, key, status, 1 if tried else 0, error)
        outcomes.append(DeliveryOutcome(msg_id, subscription, label, status, error))
        if error:
            log.warning("alerts: %s to %s %s: %s", subscription, label, status, error)
        else:
            log.info("alerts: %s to %s sent (%s)", subscription, label, msg_id)
    return outcomes


# -- the stage and the commands ----------------------------------------------------------------


def run_alerts(
    settings: Settings,
    run_id: str | None,
    *,
    watchlist: Sequence[WatchEntity] | None = None,
    now: datetime | None = None,
) -> AlertsSummary:
    """The alerts stage of a run: plan, record, deliver (see the module docstring)."""
    summary = AlertsSummary()
    config = load_config(settings, watchlist)
    summary.problems = list(config.problems)
    for problem in config.problems:
        log.warning("config %s %s: %s (skipped)", problem.file, problem.key, problem.reason)
    subs = config.items
    channels = channel_map(settings, subs)
    since = (now or datetime.now(UTC)) - timedelta(days=settings.alerts_lookback_days)
    if watchlist is None:
        try:
            watchlist = load_watchlist(settings.config_dir).items
        except ConfigError:  # already a problem of load_config: no subscription to alert
            watchlist = ()
    entity_names = {e.id: e.name for e in watchlist}
    with connect(settings.duckdb_path) as con:
        developments, told = load_developments(con, since) if subs else ([], {})
        digests = plan_digests(subs, developments, told, since, entity_names)
        if any("status" in s.on for s in subs):
            events, told_status = load_status_events(con, since)
            digests += plan_status_digests(subs, developments, events, told_status, entity_names)
        by_name = {s.name: s for s in subs}
        con.execute("BEGIN TRANSACTION")
        try:
            for digest in digests:
                sub_channels = [
                    channels[k]
                    for k in (channel_key(u) for u in by_name[digest.subscription].channels)
                    if k in channels
                ]
                record_message(con, digest, sub_channels, run_id)
                summary.messages += 1
                summary.items += len(digest.items) + len(digest.status_items)
            if run_id is not None and config.problems:
                _record_problems(con, run_id, config.problems)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    summary.deliveries = deliver_pending(
        settings, channels, drop_missing=not unreadable(config.problems)
    )
    if run_id is not None:
        with connect(settings.duckdb_path) as con:
            run_query(
                con,
                "runs_record_alerts",
                {"run_id": run_id, "alerts": json.dumps(summary.as_dict())},
            )
    return summary


def _record_problems(
    con: duckdb.DuckDBPyConnection, run_id: str, problems: Iterable[ConfigProblem]
) -> None:
    at = datetime.now(UTC)
    upsert(
        con,
        "problems",
        [
            {
                "run_id": run_id,
                "stage": "alert",
                "subject": f"{p.file}:{p.key}",
                "reason": p.reason,
                "recorded_at": at,
            }
            for p in problems
        ],
    )


def send_test(settings: Settings, name: str) -> list[DeliveryOutcome]:
    """Send a test message to every channel of subscription ``name`` (or ``operators``).

    Raises:
        KeyError: no such subscription.
    """
    config = load_config(settings)
    if name == OPERATORS:
        urls = operator_urls(settings)
        if not urls:
            raise KeyError("no operators' channel: set POLICYWATCH_OPERATOR_CHANNELS")
        description = "failed runs are reported here"
    else:
        sub = next((s for s in config.items if s.name == name), None)
        if sub is None:
            known = ", ".join(s.name for s in config.items) or "none"
            own = [p for p in config.problems if f"({name})" in p.key or p.key == name]
            if own:  # it is in the file, refused for a reason: say that, not "no subscription"
                reasons = "; ".join(f"{p.file} {p.key}: {p.reason}" for p in own)
                raise KeyError(f"subscription {name!r} cannot be used: {reasons}")
            why = "".join(
                f"; {p.reason}" if p.key.startswith("(") else f"; {p.file} {p.key}: {p.reason}"
                for p in config.problems
                if p.key.startswith("(") or name in p.key
            )
            raise KeyError(
                f"no subscription {name!r} in {settings.alerts_path} (known: {known}){why}"
            )
        urls = sub.channels
        description = sub.description
    channels = [make_channel(u, settings.data_dir, **channel_options(settings)) for u in urls]
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    digest = Digest(
        subscription=name,
        entries=(),
        description=description,
        kind="test",
        note=f"Test message sent at {stamp}: this channel receives the alerts of {name!r}.",
    )
    with connect(settings.duckdb_path) as con:
        con.execute("BEGIN TRANSACTION")
        message_id = record_message(con, digest, channels, None)
        con.execute("COMMIT")
    return deliver_pending(
        settings,
        {c.key: c for c in channels},
        message_id=message_id,
        give_up=True,
        backoff=(),
    )


def notify_operators(
    settings: Settings,
    run_id: str,
    error: str,
    details: Mapping[str, Any] | None = None,
    *,
    status: str = "failed",
) -> list[DeliveryOutcome]:
    """Tell the operators' channels that run ``run_id`` failed or was partial, and why.

    Deliveries that fail stay pending for the next run.
    """
    urls = operator_urls(settings)
    if not urls:
        log.warning(
            "run %s %s: %s; no operators' channel is set (POLICYWATCH_OPERATOR_CHANNELS)",
            run_id,
            status,
            error,
        )
        return []
    channels = {}
    for url in urls:
        try:
            channel = make_channel(url, settings.data_dir, **channel_options(settings))
        except ValueError as exc:
            log.warning("operators' channel %s unusable: %s", redact(url), exc)
            continue
        channels[channel.key] = channel
    extra = {"run": run_id, "error": error, **{k: str(v) for k, v in (details or {}).items()}}
    digest = Digest(
        subscription=OPERATORS,
        entries=(),
        kind="operators",
        note=f"run {run_id} {status}",
        extra=extra,
    )
    try:
        with connect(settings.duckdb_path) as con:
            con.execute("BEGIN TRANSACTION")
            message_id = record_message(con, digest, list(channels.values()), run_id)
            con.execute("COMMIT")
    except Exception as exc:  # the warehouse may be why the run failed: send without the outbox
        log.warning("alerts: cannot record the operators' message (%s); sending it directly", exc)
        return _send_unrecorded(digest, channels)
    return deliver_pending(settings, channels, message_id=message_id)


def _send_unrecorded(digest: Digest, channels: Mapping[str, Channel]) -> list[DeliveryOutcome]:
    outcomes = []
    for channel in channels.values():
        try:
            channel.send(digest, digest.message_id)
        except Exception as exc:
            outcomes.append(
                DeliveryOutcome(
                    digest.message_id, digest.subscription, channel.label, "failed", str(exc)
                )
            )
        else:
            outcomes.append(
                DeliveryOutcome(digest.message_id, digest.subscription, channel.label, "sent")
            )
    return outcomes


def mark_interrupted_runs(settings: Settings, current_run_id: str) -> list[str]:
    """Mark runs left 'running' by a dead process as failed (call while holding the run lock)."""
    with connect(settings.duckdb_path) as con:
        rows = run_query(
            con, "runs_mark_interrupted", {"current_run_id": current_run_id}
        ).fetchall()
    return [r[0] for r in rows]
