"""Status alerts as pure planning: the `on` key, one message per run, each event once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from policywatch.alerts.matching import (
    NEW_DEVELOPMENT,
    STATUS_CHANGE,
    Development,
    Digest,
    StatusEvent,
    plan_digests,
    plan_status_digests,
    status_event_key,
)
from policywatch.alerts.render import render
from policywatch.alerts.subscriptions import Subscription, load_subscriptions
from tests.test_alerts import WATCHLIST, report

NOW = datetime.now(UTC).replace(microsecond=0)
SINCE = NOW - timedelta(days=7)


def _subs(tmp_path: Path, body: str) -> tuple[list[Subscription], list[str]]:
    path = tmp_path / "alerts.toml"
    path.write_text(body, encoding="utf-8")
    loaded = load_subscriptions(path, WATCHLIST)
    return list(loaded.items), [p.reason for p in loaded.problems]


def test_on_defaults_to_new_and_related_and_is_checked(tmp_path: Path) -> None:
    subs, problems = _subs(
        tmp_path,
        """
[[subscriptions]]
name = "plain"
entities = ["China"]
channels = ["jsonl:a.jsonl"]

[[subscriptions]]
name = "status"
entities = ["China"]
on = ["new", "related", "status"]
channels = ["jsonl:a.jsonl"]

[[subscriptions]]
name = "typo"
entities = ["China"]
on = ["stauts"]
channels = ["jsonl:a.jsonl"]

[[subscriptions]]
name = "empty"
entities = ["China"]
on = []
channels = ["jsonl:a.jsonl"]
""",
    )
    assert {s.name: s.on for s in subs} == {
        "plain": frozenset({"new", "related"}),
        "status": frozenset({"new", "related", "status"}),
    }
    assert len(problems) == 2
    assert "stauts unknown" in problems[0]
    assert "on is empty" in problems[1]


def _event(dev: str, status: str, article: str, *, previous: str | None, what: str) -> StatusEvent:
    return StatusEvent(
        key=status_event_key(status, article, what),
        development_id=dev,
        status=status,
        previous=previous,
        confirmation=what == "confirmed",
        confirmed=what == "confirmed",
        report=report(article),
        confirmed_by="Gazette" if what == "confirmed" else "",
    )


def _dev(dev_id: str, entity: str) -> Development:
    return Development(
        dev_id, f"headline {dev_id}", NOW, (report(f"{dev_id}-1", entity_ids=frozenset({entity})),)
    )


def test_status_events_one_message_per_subscription_each_event_once() -> None:
    follows = Subscription(
        "s", ("jsonl:x",), entities=frozenset({"china"}), on=frozenset({"status"})
    )
    plain = Subscription("p", ("jsonl:x",), entities=frozenset({"china"}))
    devs = [_dev("a", "china"), _dev("b", "china"), _dev("eu", "european-union")]
    events = [
        _event("a", "adopted", "a-2", previous="reported", what="shown"),
        _event("a", "reported", "a-1", previous=None, what="confirmed"),
        _event("b", "suspended", "b-3", previous="in-force", what="shown"),
        _event("eu", "denied", "eu-2", previous="reported", what="shown"),
    ]
    [digest] = plan_status_digests([follows, plain], devs, events, {})
    assert digest.kind == "status"
    assert digest.subscription == "s"
    assert [(e.kind, e.development_id) for e in digest.entries] == [
        (STATUS_CHANGE, "a"),
        (STATUS_CHANGE, "b"),
    ]
    assert digest.entries[0].change == (
        "was reported, now adopted (not confirmed by an official source yet); "
        "reported is now confirmed by Gazette"
    )
    assert digest.items == []  # the news ledger is not touched by status messages
    assert sorted(k for k, _ in digest.status_items) == sorted(e.key for e in events[:3])
    # Told once: nothing the next time; a new event alone the time after.
    told = {"s": {k for k, _ in digest.status_items}}
    assert plan_status_digests([follows], devs, events, told) == []
    later = _event("b", "in-force", "b-4", previous="suspended", what="shown")
    [again] = plan_status_digests([follows], devs, [*events, later], told)
    assert [k for k, _ in again.status_items] == [later.key]
    assert again.message_id != digest.message_id
    # The message id is stable for the same events (a crash before delivery resends the same).
    assert plan_status_digests([follows], devs, events, {})[0].message_id == digest.message_id
    # Rendered and read back from its stored form unchanged.
    assert Digest.from_json(digest.to_json()) == digest
    text = render(digest, "text")
    assert "Status change: headline a" in text
    assert "now adopted" in text


def test_a_subscription_without_new_hears_no_new_development() -> None:
    only_status = Subscription(
        "s", ("jsonl:x",), entities=frozenset({"china"}), on=frozenset({"status"})
    )
    both = Subscription("b", ("jsonl:x",), entities=frozenset({"china"}))
    digests = plan_digests([only_status, both], [_dev("a", "china")], {}, SINCE)
    assert [(d.subscription, [e.kind for e in d.entries]) for d in digests] == [
        ("b", [NEW_DEVELOPMENT])
    ]


@pytest.mark.parametrize("fmt", ["text", "markdown", "slack", "html", "chat", "chat-text"])
def test_status_change_renders_in_every_format(fmt: str) -> None:
    follows = Subscription(
        "s", ("jsonl:x",), entities=frozenset({"china"}), on=frozenset({"status"})
    )
    event = _event("a", "in-force", "a-2", previous="adopted", what="shown")
    [digest] = plan_status_digests([follows], [_dev("a", "china")], [event], {})
    body = render(digest, fmt)
    assert "Status change" in body
    assert "was adopted" in body
    assert digest.title == "policywatch · s: 1 status change"
