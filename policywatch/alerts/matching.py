"""Which developments and reports each subscription hears about: pure functions, no I/O.

Rules, for one subscription:

- A development is a **new development** for it the first time it matches (entities, signals,
  keywords or development id, see :class:`~policywatch.alerts.subscriptions.Subscription`) and was
  first seen within the look-back window. Its message lists every report of the development.
- Once the subscription was told about a development, each later report that joins it is a
  **related report**, with what that report adds, whether or not the report matches on its own.
- Analyst curation (merge, split, rename) is never news: a report an analyst moved is not alerted
  (neither as a related report nor as the report of a "new" development a split created), and a
  development is alerted only while it matches as it stands, so a split that takes away what a
  subscription follows ends the subscription's related reports about it.
- An article is in at most one message per subscription (the caller keeps the ledger of
  (subscription, article) pairs already told, see ``alert_items``), and one run makes at most one
  message (a digest) per subscription.
- A subscription with ``on = [..., "status"]`` also hears of each **status change** of a
  development it follows (reported -> adopted, in force, suspended, denied...) and of the
  official confirmation of its status, exactly once per event (the caller keeps the ledger of
  events told, ``alert_status_items``), in one message per run (kind ``status``) beside the
  digest. A development's first status is not a change: the new-development alert tells it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from policywatch.alerts.subscriptions import Subscription
from policywatch_core.models import stable_id

NEW_DEVELOPMENT = "new-development"
RELATED_REPORT = "related-report"
STATUS_CHANGE = "status-change"
#: At most this many "what it adds" sentences per related report.
MAX_ADDS = 3


@dataclass(frozen=True, slots=True)
class Report:
    """One report of a development, with what matching and messages need."""

    article_id: str
    title: str
    url: str
    outlet: str
    published: datetime | None
    first_seen: datetime
    lead: str = ""
    text: str = ""
    entity_ids: frozenset[str] = frozenset()
    signals: frozenset[str] = frozenset()  # reported policy signals (background left out)
    additions: tuple[str, ...] = ()  # sentences no earlier report had (grouping), may be empty
    curated: bool = False  # placed in its development by an analyst correction: never news
    # Entities the report is about (main subjects and their parents); None: not known, so
    # every entity named counts (reports tagged before salience existed).
    main_entity_ids: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Development:
    """A development and its current reports (oldest first)."""

    development_id: str
    headline: str
    first_seen: datetime
    reports: tuple[Report, ...]

    @property
    def entity_ids(self) -> frozenset[str]:
        """Watchlist entities any report names."""
        return frozenset().union(*(r.entity_ids for r in self.reports))

    @property
    def main_entity_ids(self) -> frozenset[str]:
        """Watchlist entities (and their parents) a report is about."""
        return frozenset().union(
            *(
                r.entity_ids if r.main_entity_ids is None else r.main_entity_ids
                for r in self.reports
            )
        )

    @property
    def signals(self) -> frozenset[str]:
        """Policy signals any report reports (background ones are left out of reports)."""
        return frozenset().union(*(r.signals for r in self.reports))


@dataclass(frozen=True, slots=True)
class DigestReport:
    """A report as shown in a message."""

    article_id: str
    title: str
    outlet: str
    url: str
    published: str | None  # ISO date
    adds: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DigestEntry:
    """One development in a digest: newly matching, or with new related reports."""

    kind: str  # new-development | related-report
    development_id: str
    headline: str
    reports: tuple[DigestReport, ...]
    entities: tuple[str, ...] = ()
    signals: tuple[str, ...] = ()
    n_reports: int = 0  # reports of the development so far
    n_outlets: int = 0
    # the entities its reports are about (main subjects and their parents); ``entities`` are
    # all those named. Empty in messages stored before salience: then every name is shown alike.
    about: tuple[str, ...] = ()
    change: str = ""  # a status change in words (status-change entries)
    keys: tuple[str, ...] = ()  # the status events the entry tells (status-change entries)


@dataclass(frozen=True, slots=True)
class Digest:
    """The one message a subscription gets from a run."""

    subscription: str
    entries: tuple[DigestEntry, ...]
    description: str = ""
    kind: str = "digest"  # digest | test | operators
    note: str = ""  # free text (test and operators messages)
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def items(self) -> list[tuple[str, str, str]]:
        """(article id, development id, kind) of every report the digest covers."""
        if self.kind == "status":
            return []
        return [(r.article_id, e.development_id, e.kind) for e in self.entries for r in e.reports]

    @property
    def status_items(self) -> list[tuple[str, str]]:
        """(event key, development id) of every status event the message tells."""
        return [(k, e.development_id) for e in self.entries for k in e.keys]

    @property
    def message_id(self) -> str:
        """Deterministic idempotency key: the same articles give the same id after a crash."""
        if self.kind == "status":
            return stable_id("status", self.subscription, *sorted(k for k, _ in self.status_items))
        if self.kind != "digest":
            return stable_id(
                self.kind, self.subscription, self.note, repr(sorted(self.extra.items()))
            )
        return stable_id("digest", self.subscription, *sorted(a for a, _, _ in self.items))

    @property
    def counts(self) -> tuple[int, int]:
        """(new developments, related reports)."""
        new = sum(1 for e in self.entries if e.kind == NEW_DEVELOPMENT)
        related = sum(len(e.reports) for e in self.entries if e.kind == RELATED_REPORT)
        return new, related

    @property
    def title(self) -> str:
        """The message title (subject line), free of any article text."""
        if self.kind == "test":
            return f"policywatch test message for {self.subscription}"
        if self.kind == "operators":
            return f"policywatch: {self.note}"
        if self.kind == "status":
            n = len(self.entries)
            return f"policywatch · {self.subscription}: {n} status change{'s' if n != 1 else ''}"
        new, related = self.counts
        parts = []
        if new:
            parts.append(f"{new} new development{'s' if new != 1 else ''}")
        if related:
            parts.append(f"{related} related report{'s' if related != 1 else ''}")
        return f"policywatch · {self.subscription}: " + ", ".join(parts or ["nothing new"])

    def to_json(self) -> dict[str, Any]:
        """A JSON-able form (stored with the message, rendered again for a retry)."""
        return {
            "subscription": self.subscription,
            "description": self.description,
            "kind": self.kind,
            "note": self.note,
            "extra": dict(self.extra),
            "entries": [
                {
                    "kind": e.kind,
                    "development_id": e.development_id,
                    "headline": e.headline,
                    "entities": list(e.entities),
                    "about": list(e.about),
                    "signals": list(e.signals),
                    "n_reports": e.n_reports,
                    "n_outlets": e.n_outlets,
                    "change": e.change,
                    "keys": list(e.keys),
                    "reports": [
                        {
                            "article_id": r.article_id,
                            "title": r.title,
                            "outlet": r.outlet,
                            "url": r.url,
                            "published": r.published,
                            "adds": list(r.adds),
                        }
                        for r in e.reports
                    ],
                }
                for e in self.entries
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Digest:
        """The inverse of :meth:`to_json`."""
        return cls(
            subscription=str(data["subscription"]),
            description=str(data.get("description", "")),
            kind=str(data.get("kind", "digest")),
            note=str(data.get("note", "")),
            extra=dict(data.get("extra") or {}),
            entries=tuple(
                DigestEntry(
                    kind=e["kind"],
                    development_id=e["development_id"],
                    headline=e["headline"],
                    entities=tuple(e.get("entities", ())),
                    about=tuple(e.get("about", ())),
                    signals=tuple(e.get("signals", ())),
                    n_reports=int(e.get("n_reports", 0)),
                    n_outlets=int(e.get("n_outlets", 0)),
                    change=str(e.get("change", "")),
                    keys=tuple(e.get("keys", ())),
                    reports=tuple(
                        DigestReport(
                            article_id=r["article_id"],
                            title=r["title"],
                            outlet=r["outlet"],
                            url=r["url"],
                            published=r.get("published"),
                            adds=tuple(r.get("adds", ())),
                        )
                        for r in e["reports"]
                    ),
                )
                for e in data.get("entries", [])
            ),
        )


def _keyword_pattern(keyword: str) -> re.Pattern[str]:
    escaped = re.escape(keyword)
    if keyword.isascii():
        return re.compile(rf"(?<!\w){escaped}(?!\w)", re.IGNORECASE)
    return re.compile(escaped, re.IGNORECASE)  # CJK text has no word boundaries


def matches(sub: Subscription, dev: Development) -> bool:
    """Whether ``dev`` (all its reports together) is what ``sub`` follows."""
    tests: list[bool] = []
    if sub.developments:
        tests.append(dev.development_id in sub.developments)
    if sub.entities:
        named = dev.entity_ids if sub.mentions else dev.main_entity_ids
        tests.append(bool(sub.entities & named))
    if sub.signals:
        tests.append(bool(sub.signals & dev.signals))
    if sub.keywords:
        patterns = [_keyword_pattern(k) for k in sub.keywords]
        tests.append(
            any(
                p.search(text)
                for r in dev.reports
                for text in (r.title, r.lead, r.text)
                for p in patterns
            )
        )
    if not tests:
        return False
    return all(tests) if sub.match_all else any(tests)


_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+")


def what_it_adds(report: Report, earlier: Sequence[Report]) -> tuple[str, ...]:
    """What a related report brings: the grouping's additions, else its lead.

    When grouping stored no additions for the report (older warehouses), the sentences of its lead
    that no earlier report contains word for word stand in, then the lead itself.
    """
    if report.additions:
        return tuple(report.additions[:MAX_ADDS])
    lead = report.lead.strip() or report.text.strip()[:400]
    if not lead:
        return ()
    known = {" ".join(s.lower().split()) for r in earlier for s in _SENTENCE.split(r.text or "")}
    fresh = [s for s in _SENTENCE.split(lead) if s and " ".join(s.lower().split()) not in known]
    return tuple((fresh or [lead])[:MAX_ADDS])


def _iso(value: datetime | None) -> str | None:
    return value.date().isoformat() if value is not None else None


def _digest_report(report: Report, adds: tuple[str, ...] = ()) -> DigestReport:
    return DigestReport(
        article_id=report.article_id,
        title=report.title,
        outlet=report.outlet,
        url=report.url,
        published=_iso(report.published),
        adds=adds,
    )


def _sort_key(report: Report) -> tuple[datetime, str]:
    return (report.published or report.first_seen, report.article_id)


def plan_digests(
    subscriptions: Iterable[Subscription],
    developments: Iterable[Development],
    told: Mapping[str, set[str]],
    since: datetime,
    entity_names: Mapping[str, str] | None = None,
) -> list[Digest]:
    """One digest per subscription that has something new; none for the others.

    Args:
        subscriptions: the configured subscriptions.
        developments: developments with at least one recent report, with all their reports.
        told: per subscription, the article ids it was already told about (any run).
        since: reports first seen before this are never alerted as news.
        entity_names: watchlist id to display name.
    """
    names = entity_names or {}
    devs = sorted(developments, key=lambda d: (d.first_seen, d.development_id))
    digests: list[Digest] = []
    for sub in subscriptions:
        already = told.get(sub.name, set())
        entries: list[DigestEntry] = []
        for dev in devs:
            reports = sorted(dev.reports, key=_sort_key)
            untold = [r for r in reports if r.article_id not in already and not r.curated]
            if not any(r.first_seen >= since for r in untold):
                continue
            if not matches(sub, dev):  # as the development stands now, after any curation
                continue
            outlets = len({r.outlet for r in reports})
            known_dev = any(r.article_id in already for r in reports)
            if known_dev:
                if "related" not in sub.on:
                    continue
                shown = []
                for report in untold:
                    earlier = [r for r in reports if _sort_key(r) < _sort_key(report)]
                    shown.append(_digest_report(report, what_it_adds(report, earlier)))
                kind = RELATED_REPORT
            elif dev.first_seen >= since:
                if "new" not in sub.on:
                    continue
                shown = [_digest_report(r) for r in untold]
                kind = NEW_DEVELOPMENT
            else:
                continue
            entries.append(
                DigestEntry(
                    kind=kind,
                    development_id=dev.development_id,
                    headline=dev.headline,
                    reports=tuple(shown),
                    entities=tuple(sorted(names.get(e, e) for e in dev.entity_ids)),
                    about=tuple(sorted(names.get(e, e) for e in dev.main_entity_ids)),
                    signals=tuple(sorted(dev.signals)),
                    n_reports=len(reports),
                    n_outlets=outlets,
                )
            )
        if entries:
            digests.append(Digest(sub.name, tuple(entries), description=sub.description))
    return digests


@dataclass(frozen=True, slots=True)
class StatusEvent:
    """A development's change of status, or the official confirmation of its status.

    ``key`` identifies the event whatever the development is called later (it derives from the
    status and the report that first shows it); ``report`` is the report that shows the change
    (for a confirmation: the official one).
    """

    key: str
    development_id: str
    status: str
    previous: str | None
    confirmation: bool  # the later official confirmation of a status shown before
    confirmed: bool  # an official source backs the status
    report: Report
    confirmed_by: str = ""  # the confirming outlet's name


def status_event_key(status: str, article_id: str, what: str) -> str:
    """The stable key of a status event: ``what`` is ``shown`` or ``confirmed``."""
    return stable_id("status-event", status, article_id, what)


def describe_change(events: Sequence[StatusEvent]) -> str:
    """One development's status events of a run, in words (oldest first)."""
    parts: list[str] = []
    for event in events:
        if event.confirmation:
            by = event.confirmed_by or "an official source"
            parts.append(f"{event.status} is now confirmed by {by}")
            continue
        text = f"was {event.previous}, now {event.status}" if event.previous else event.status
        if event.confirmed:
            text += f", confirmed by {event.confirmed_by or 'an official source'}"
        else:
            text += " (not confirmed by an official source yet)"
        parts.append(text)
    return "; ".join(parts)


def plan_status_digests(
    subscriptions: Iterable[Subscription],
    developments: Iterable[Development],
    events: Iterable[StatusEvent],
    told: Mapping[str, set[str]],
    entity_names: Mapping[str, str] | None = None,
) -> list[Digest]:
    """One ``status`` message per subscription that follows ``status`` and has untold events.

    Args:
        subscriptions: the configured subscriptions (those without ``status`` in ``on`` skip).
        developments: the developments with recent reports (for matching, as for digests).
        events: the status events of recent reports.
        told: per subscription, the event keys it was already told about (any run).
        entity_names: watchlist id to display name.
    """
    names = entity_names or {}
    by_id = {d.development_id: d for d in developments}
    by_dev: dict[str, list[StatusEvent]] = {}
    for event in events:
        by_dev.setdefault(event.development_id, []).append(event)
    digests: list[Digest] = []
    for sub in subscriptions:
        if "status" not in sub.on:
            continue
        already = told.get(sub.name, set())
        entries: list[DigestEntry] = []
        followed = [d for d in by_dev if d in by_id]
        for dev_id in sorted(followed, key=lambda d: (by_id[d].first_seen, d)):
            dev = by_id[dev_id]
            if not matches(sub, dev):
                continue
            fresh = [e for e in by_dev[dev_id] if e.key not in already]
            if not fresh:
                continue
            entries.append(
                DigestEntry(
                    kind=STATUS_CHANGE,
                    development_id=dev_id,
                    headline=dev.headline,
                    reports=tuple(_digest_report(e.report) for e in fresh),
                    entities=tuple(sorted(names.get(e, e) for e in dev.entity_ids)),
                    signals=tuple(sorted(dev.signals)),
                    n_reports=len(dev.reports),
                    n_outlets=len({r.outlet for r in dev.reports}),
                    change=describe_change(fresh),
                    keys=tuple(e.key for e in fresh),
                )
            )
        if entries:
            digests.append(
                Digest(sub.name, tuple(entries), description=sub.description, kind="status")
            )
    return digests
