"""Policy status stage: a development's status history against an annotated set.

``tests/fixtures/policy_status/developments.json`` (see its README) holds developments of 3 to 8
reports over weeks, each report with its outlet kind, sourcing and stage as the salience tagger
would give them, and the status history an analyst reads from them. The stage runs
:func:`nlp.status.status_history` on the reports with their GOLD stage and sourcing: the figures
measure how the history is derived, not the tagger (its own errors are not in them yet).

Figures: final-status accuracy, transition-date accuracy (a gold change found with the same status,
in order, dated within one day), transition precision (found changes that are in the gold),
``confirmed`` accuracy per gold change and per development.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from bench.common import ROOT, StageResult
from nlp.status import StatusChange, StatusHistory, StatusReport, status_history

DATA = ROOT / "tests" / "fixtures" / "policy_status" / "developments.json"


@dataclass(frozen=True, slots=True)
class GoldChange:
    """One change of the annotated history."""

    status: str
    day: date
    report: str
    confirmed: bool


@dataclass(frozen=True, slots=True)
class Case:
    """One annotated development: its reports and its gold history."""

    id: str
    reports: tuple[StatusReport, ...]
    gold: tuple[GoldChange, ...]


def load_cases(path: Path = DATA) -> list[Case]:
    """The annotated developments of ``path``."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    cases = []
    for dev in data["developments"]:
        reports = tuple(
            StatusReport(
                article_id=r["id"],
                published=datetime.fromisoformat(r["published"]),
                outlet_kind=r["outlet_kind"],
                sourcing=r["sourcing"],
                stage=r["stage"],
                sentence=r["sentence"],
            )
            for r in dev["reports"]
        )
        gold = tuple(
            GoldChange(h["status"], date.fromisoformat(h["date"]), h["report"], h["confirmed"])
            for h in dev["history"]
        )
        cases.append(Case(dev["id"], reports, gold))
    return cases


def align(
    gold: tuple[GoldChange, ...], found: tuple[StatusChange, ...]
) -> list[tuple[GoldChange, StatusChange | None]]:
    """Pair each gold change with the next found change of the same status, in order."""
    pairs: list[tuple[GoldChange, StatusChange | None]] = []
    start = 0
    for change in gold:
        match = None
        for j in range(start, len(found)):
            if found[j].status == change.status:
                match, start = found[j], j + 1
                break
        pairs.append((change, match))
    return pairs


def within_a_day(change: StatusChange, day: date) -> bool:
    """Whether a found change is dated within one day (UTC) of the gold day."""
    return abs((change.at.astimezone(UTC).date() - day).days) <= 1


@dataclass(slots=True)
class Scores:
    """The evaluation's counts."""

    developments: int = 0
    final_right: int = 0
    dev_confirmed_right: int = 0
    gold_changes: int = 0
    dated_right: int = 0
    confirmed_right: int = 0
    found_changes: int = 0
    found_in_gold: int = 0


def score(cases: list[Case]) -> tuple[Scores, list[str]]:
    """Compare the derived histories with the gold; also return what went wrong, readably."""
    s = Scores()
    errors: list[str] = []
    for case in cases:
        history: StatusHistory = status_history(case.reports)
        s.developments += 1
        gold_final = case.gold[-1].status
        gold_confirmed = case.gold[-1].confirmed
        if history.status == gold_final:
            s.final_right += 1
        else:
            errors.append(f"{case.id}: final status {history.status}, gold {gold_final}")
        if history.confirmed == gold_confirmed:
            s.dev_confirmed_right += 1
        else:
            errors.append(f"{case.id}: confirmed {history.confirmed}, gold {gold_confirmed}")
        pairs = align(case.gold, history.changes)
        matched = {id(found) for _, found in pairs if found is not None}
        s.gold_changes += len(pairs)
        s.found_changes += len(history.changes)
        s.found_in_gold += len(matched)
        for change, found in pairs:
            if found is not None and within_a_day(found, change.day):
                s.dated_right += 1
            else:
                errors.append(f"{case.id}: {change.status} on {change.day} not found on that day")
            if found is not None and found.confirmed == change.confirmed:
                s.confirmed_right += 1
            elif found is not None:
                errors.append(f"{case.id}: {change.status} confirmed {found.confirmed}")
        for found in history.changes:
            if id(found) not in matched:
                errors.append(f"{case.id}: extra change {found.status} at {found.at.date()}")
    return s, errors


def run(quick: bool) -> StageResult:
    result = StageResult("policy_status")
    cases = load_cases()
    s, errors = score(cases)
    n_reports = sum(len(c.reports) for c in cases)
    result.notes.append(
        f"{s.developments} annotated developments, {n_reports} reports, {s.gold_changes} gold "
        "status changes (tests/fixtures/policy_status); per-report stage and sourcing given as "
        "GOLD: the salience tagger's own errors are not in these figures yet"
    )
    result.add(
        "final status accuracy", s.final_right / s.developments, "ratio", target=0.90, op=">="
    )
    result.add(
        "transition date accuracy (same status, within one day)",
        s.dated_right / s.gold_changes,
        "ratio",
        target=0.85,
        op=">=",
    )
    result.add(
        "transition precision (found changes in the gold)",
        s.found_in_gold / s.found_changes if s.found_changes else None,
        "ratio",
    )
    result.add(
        "confirmed accuracy per gold change",
        s.confirmed_right / s.gold_changes,
        "ratio",
        target=0.95,
        op=">=",
    )
    result.add(
        "confirmed accuracy per development (current status)",
        s.dev_confirmed_right / s.developments,
        "ratio",
        target=0.95,
        op=">=",
    )
    result.notes.extend(errors)
    return result
