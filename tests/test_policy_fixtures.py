"""The held-out policy sets keep their shape and the annotation guide's invariants.

Only the files are read: neither the tagger nor the grouping runs here, so the sets stay an
unseen measure (they are scored by `python -m bench`, not by these tests). Every held-out set
gets the same checks; each states the minimums it was written to.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from bench import sets
from bench.sets import PolicySet

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TUNING_STATUS = sets.named(sets.POLICY, "dev").path
TUNING_THREADS = FIXTURES / "stories" / "threads.jsonl"


@dataclass(frozen=True)
class ThreadSet:
    """A held-out story file and the minimums it was written to."""

    path: Path
    split: str
    threads: int
    distractors: int
    # Threads with a gap of more than three months between two of their developments.
    long_gaps: int = 0


#: The held-out policy-status sets with the minimums they were written to (the registry
#: ``bench/sets.py``); the round's blind set is checked once its file is present.
STATUS_SETS = {s.name: s for s in sets.POLICY if s.minimums is not None and s.path.is_file()}
THREAD_SETS = {
    "heldout": ThreadSet(
        FIXTURES / "stories" / "heldout.jsonl", split="heldout-2", threads=8, distractors=8
    ),
    "heldout3": ThreadSet(
        FIXTURES / "stories" / "heldout3.jsonl",
        split="heldout-3",
        threads=9,
        distractors=10,
        long_gaps=9,
    ),
    "heldout4": ThreadSet(
        FIXTURES / "stories" / "heldout4.jsonl",
        split="heldout-4",
        threads=10,
        distractors=12,
        long_gaps=8,
    ),
    "heldout5": ThreadSet(
        FIXTURES / "stories" / "heldout5.jsonl",
        split="heldout-5",
        threads=10,
        distractors=12,
        long_gaps=10,
    ),
    "heldout6": ThreadSet(
        FIXTURES / "stories" / "heldout6.jsonl",
        split="heldout-6",
        threads=12,
        distractors=14,
        long_gaps=12,
    ),
    "heldout7": ThreadSet(
        FIXTURES / "stories" / "heldout7.jsonl",
        split="heldout-7",
        threads=12,
        distractors=14,
        long_gaps=12,
    ),
    "heldout8": ThreadSet(
        FIXTURES / "stories" / "heldout8.jsonl",
        split="heldout-8",
        threads=12,
        distractors=14,
        long_gaps=12,
    ),
    "heldout9": ThreadSet(
        FIXTURES / "stories" / "heldout9.jsonl",
        split="heldout-9",
        threads=12,
        distractors=14,
        long_gaps=12,
    ),
    "heldout10": ThreadSet(
        FIXTURES / "stories" / "heldout10.jsonl",
        split="heldout-10",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout11": ThreadSet(
        FIXTURES / "stories" / "heldout11.jsonl",
        split="heldout-11",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout12": ThreadSet(
        FIXTURES / "stories" / "heldout12.jsonl",
        split="heldout-12",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout13": ThreadSet(
        FIXTURES / "stories" / "heldout13.jsonl",
        split="heldout-13",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout14": ThreadSet(
        FIXTURES / "stories" / "heldout14.jsonl",
        split="heldout-14",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout15": ThreadSet(
        FIXTURES / "stories" / "heldout15.jsonl",
        split="heldout-15",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout16": ThreadSet(
        FIXTURES / "stories" / "heldout16.jsonl",
        split="heldout-16",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout17": ThreadSet(
        FIXTURES / "stories" / "heldout17.jsonl",
        split="heldout-17",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout18": ThreadSet(
        FIXTURES / "stories" / "heldout18.jsonl",
        split="heldout-18",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout19": ThreadSet(
        FIXTURES / "stories" / "heldout19.jsonl",
        split="heldout-19",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout20": ThreadSet(
        FIXTURES / "stories" / "heldout20.jsonl",
        split="heldout-20",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout21": ThreadSet(
        FIXTURES / "stories" / "heldout21.jsonl",
        split="heldout-21",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout22": ThreadSet(
        FIXTURES / "stories" / "heldout22.jsonl",
        split="heldout-22",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout23": ThreadSet(
        FIXTURES / "stories" / "heldout23.jsonl",
        split="heldout-23",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout24": ThreadSet(
        FIXTURES / "stories" / "heldout24.jsonl",
        split="heldout-24",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout25": ThreadSet(
        FIXTURES / "stories" / "heldout25.jsonl",
        split="heldout-25",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout26": ThreadSet(
        FIXTURES / "stories" / "heldout26.jsonl",
        split="heldout-26",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout27": ThreadSet(
        FIXTURES / "stories" / "heldout27.jsonl",
        split="heldout-27",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout28": ThreadSet(
        FIXTURES / "stories" / "heldout28.jsonl",
        split="heldout-28",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout29": ThreadSet(
        FIXTURES / "stories" / "heldout29.jsonl",
        split="heldout-29",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout30": ThreadSet(
        FIXTURES / "stories" / "heldout30.jsonl",
        split="heldout-30",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout31": ThreadSet(
        FIXTURES / "stories" / "heldout31.jsonl",
        split="heldout-31",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout32": ThreadSet(
        FIXTURES / "stories" / "heldout32.jsonl",
        split="heldout-32",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout33": ThreadSet(
        FIXTURES / "stories" / "heldout33.jsonl",
        split="heldout-33",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout34": ThreadSet(
        FIXTURES / "stories" / "heldout34.jsonl",
        split="heldout-34",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
    "heldout35": ThreadSet(
        FIXTURES / "stories" / "heldout35.jsonl",
        split="heldout-35",
        threads=13,
        distractors=15,
        long_gaps=13,
    ),
}

LADDER = ["reported", "proposed", "adopted", "in-force"]
STATUSES = {*LADDER, "suspended", "denied"}
STAGES = {*STATUSES, "none"}
SOURCINGS = {"official", "on-record", "anonymous", "secondary", "denial"}
OUTLET_KINDS = {"official", "news"}
LANGUAGES = {"en", "zh"}
REPORT_KEYS = {
    "id",
    "published",
    "outlet",
    "outlet_kind",
    "language",
    "sourcing",
    "stage",
    "sentence",
    "text",
}
DEVELOPMENT_KEYS = {"id", "title", "notes", "reports", "history"}
HISTORY_KEYS = {"status", "date", "report", "confirmed"}
THREAD_KEYS = {"id", "split", "story", "development", "published", "title", "text"}
HAN = re.compile(r"[\u4e00-\u9fff]")
# A document number as Chinese official notices print it, e.g. 〔2026〕7号 or 2026年第61号.
DOCUMENT_NUMBER = re.compile(r"〔\d{4}〕(?:第)?\d+号|\d{4}年第\d+号")
# Characters written only in the traditional form (their simplified forms differ).
TRADITIONAL = re.compile(r"[們個與為於這說發會國體關規經數條實]")
EFFECTIVE = re.compile(r"自\d{4}年\d{1,2}月\d{1,2}日起(?:正式)?(?:施行|实施)")


def _when(value: str) -> datetime:
    when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    assert when.tzinfo is not None, f"{value}: no time zone"
    return when


def _is_official(report: dict[str, Any]) -> bool:
    return bool(report["outlet_kind"] == "official" or report["sourcing"] == "official")


def _load_developments(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) == {"developments"}
    devs: list[dict[str, Any]] = data["developments"]
    return devs


def _load_threads(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module", params=sorted(STATUS_SETS))
def status_set(request: pytest.FixtureRequest) -> PolicySet:
    return STATUS_SETS[request.param]


@pytest.fixture(scope="module")
def developments(status_set: PolicySet) -> list[dict[str, Any]]:
    return _load_developments(status_set.path)


@pytest.fixture(scope="module", params=sorted(THREAD_SETS))
def thread_set(request: pytest.FixtureRequest) -> ThreadSet:
    return THREAD_SETS[request.param]


@pytest.fixture(scope="module")
def threads(thread_set: ThreadSet) -> list[dict[str, Any]]:
    return _load_threads(thread_set.path)


# --- policy status ----------------------------------------------------------------------------


def test_status_set_covers_what_the_evaluation_needs(
    status_set: PolicySet, developments: list[dict[str, Any]]
) -> None:
    least = status_set.minimums
    reports = [r for d in developments for r in d["reports"]]
    official = [r for r in reports if r["outlet_kind"] == "official"]
    official_zh = [r for r in official if r["language"] == "zh"]
    finals = {d["history"][-1]["status"] for d in developments}
    assert len(developments) >= least.developments
    assert len(reports) >= least.reports
    assert len(official) >= least.official
    assert len(official_zh) >= least.official_zh
    # Written as real notices are: numbered documents with the date they take effect.
    assert sum(bool(DOCUMENT_NUMBER.search(r["text"])) for r in official_zh) >= least.numbered
    assert sum(bool(EFFECTIVE.search(r["text"])) for r in official_zh) >= least.effective
    # In the styles official documents come in.
    missing = [s for s in least.styles if not any(s in r["text"] for r in official_zh)]
    assert not missing, missing
    # Hong Kong or Taiwan notices keep their traditional characters.
    assert sum(bool(TRADITIONAL.search(r["text"])) for r in official_zh) >= least.traditional
    # Rumours confirmed and denied, drafts made final, a suspension, a fine: every final status.
    assert {"in-force", "suspended", "denied", "adopted"} <= finals
    assert any(h["status"] == "denied" for d in developments for h in d["history"])
    assert any(
        [h["status"] for h in d["history"]][:2] == ["proposed", "adopted"] for d in developments
    )


def test_status_set_notices_have_english_reports() -> None:
    chosen = [
        s for s in STATUS_SETS.values() if s.minimums and s.minimums.notices_reported_in_english
    ]
    assert chosen
    for dev in (d for s in chosen for d in _load_developments(s.path)):
        languages = {r["language"] for r in dev["reports"]}
        notices = [
            r for r in dev["reports"] if r["outlet_kind"] == "official" and r["language"] == "zh"
        ]
        assert not notices or "en" in languages, dev["id"]


def test_status_sets_do_not_collide() -> None:
    paths = [TUNING_STATUS, *(s.path for s in STATUS_SETS.values())]
    seen: dict[str, Path] = {}
    for path in paths:
        for dev in _load_developments(path):
            assert seen.setdefault(dev["id"], path) == path, f"{dev['id']} in {path.name}"


def test_status_set_shape(developments: list[dict[str, Any]]) -> None:
    dev_ids = [d["id"] for d in developments]
    report_ids = [r["id"] for d in developments for r in d["reports"]]
    assert len(set(dev_ids)) == len(dev_ids)
    assert len(set(report_ids)) == len(report_ids)
    for dev in developments:
        assert set(dev) == DEVELOPMENT_KEYS, dev["id"]
        assert dev["title"].strip()
        assert dev["notes"].strip()
        assert 3 <= len(dev["reports"]) <= 8, dev["id"]
        times = [_when(r["published"]) for r in dev["reports"]]
        assert max(times) - min(times) >= timedelta(days=14), f"{dev['id']}: not over weeks"
        for report in dev["reports"]:
            where = report["id"]
            assert set(report) == REPORT_KEYS, where
            assert report["id"].startswith(dev["id"] + "/"), where
            assert report["outlet"].strip(), where
            assert report["outlet_kind"] in OUTLET_KINDS, where
            assert report["language"] in LANGUAGES, where
            assert report["sourcing"] in SOURCINGS, where
            assert report["stage"] in STAGES, where
            assert report["sentence"].strip(), where
            assert report["sentence"] in report["text"], where
            assert bool(HAN.search(report["text"])) == (report["language"] == "zh"), where


def test_status_history_follows_the_guide(developments: list[dict[str, Any]]) -> None:
    for dev in developments:
        reports = {r["id"]: r for r in dev["reports"]}
        history = dev["history"]
        assert history, dev["id"]
        staged = sorted(
            (r for r in dev["reports"] if r["stage"] != "none"),
            key=lambda r: _when(r["published"]),
        )
        # The first status is the first report that shows any stage.
        assert history[0]["report"] == staged[0]["id"], dev["id"]
        previous: dict[str, Any] | None = None
        for index, change in enumerate(history):
            where = f"{dev['id']} {change['status']}"
            assert set(change) == HISTORY_KEYS, where
            assert change["status"] in STATUSES, where
            assert isinstance(change["confirmed"], bool), where
            report = reports[change["report"]]
            at = _when(report["published"])
            # Dated by the report that shows it, which states that stage.
            assert change["date"] == report["published"][:10], where
            assert report["stage"] == change["status"], where
            if previous is not None:
                before = reports[previous["report"]]
                since = _when(before["published"])
                assert at > since, where
                assert change["status"] != previous["status"], where
                if previous["status"] in LADDER and change["status"] in LADDER:
                    assert LADDER.index(change["status"]) > LADDER.index(previous["status"]), where
                if previous["status"] in {"suspended", "denied"}:
                    assert _is_official(report), f"{where}: comes back only on official word"
                # The change is dated by the first report that shows it (after a suspension or a
                # denial, the first official one: a stale report of the old status is no change).
                back = previous["status"] in {"suspended", "denied"}
                earlier = [
                    r["id"]
                    for r in dev["reports"]
                    if r["stage"] == change["status"]
                    and since < _when(r["published"]) < at
                    and (_is_official(r) or not back)
                ]
                assert not earlier, f"{where}: {earlier} show it first"
            # Confirmed when an official source backs the status before the next change.
            until = (
                _when(reports[history[index + 1]["report"]]["published"])
                if index + 1 < len(history)
                else None
            )
            backed = any(
                _is_official(r)
                and r["stage"] == change["status"]
                and at <= _when(r["published"])
                and (until is None or _when(r["published"]) < until)
                for r in dev["reports"]
            )
            assert change["confirmed"] == backed, where
            previous = change


# --- policy threads ---------------------------------------------------------------------------


def test_threads_shape(thread_set: ThreadSet, threads: list[dict[str, Any]]) -> None:
    ids = [row["id"] for row in threads]
    assert len(set(ids)) == len(ids)
    story_of: dict[str, str] = {}
    for row in threads:
        assert set(row) == THREAD_KEYS, row["id"]
        assert row["split"] == thread_set.split, row["id"]
        assert row["title"].strip(), row["id"]
        assert row["text"].strip(), row["id"]
        _when(row["published"])
        # A development belongs to one story.
        assert story_of.setdefault(row["development"], row["story"]) == row["story"], row["id"]


def test_threads_do_not_collide_with_the_tuning_threads(threads: list[dict[str, Any]]) -> None:
    tuning = [json.loads(line) for line in TUNING_THREADS.read_text(encoding="utf-8").splitlines()]
    for key in ("id", "story", "development"):
        assert not {row[key] for row in threads} & {row[key] for row in tuning}, key


def test_thread_sets_do_not_collide_with_each_other() -> None:
    loaded = {name: _load_threads(s.path) for name, s in THREAD_SETS.items()}
    for key in ("id", "story", "development"):
        seen: dict[str, str] = {}
        for name, rows in loaded.items():
            for value in {row[key] for row in rows}:
                assert seen.setdefault(value, name) == name, f"{key} {value} in {name}"


def test_threads_span_months(thread_set: ThreadSet, threads: list[dict[str, Any]]) -> None:
    stories: dict[str, dict[str, list[datetime]]] = defaultdict(lambda: defaultdict(list))
    for row in threads:
        stories[row["story"]][row["development"]].append(_when(row["published"]))
    policy_threads = {s: devs for s, devs in stories.items() if len(devs) >= 2}
    distractors = {s: devs for s, devs in stories.items() if len(devs) == 1}
    assert len(policy_threads) >= thread_set.threads
    assert len(distractors) >= thread_set.distractors
    # A distractor is its own story of one development.
    for story, devs in distractors.items():
        assert list(devs) == [story]
    for story, devs in stories.items():
        assert all(1 <= len(times) <= 3 for times in devs.values()), story
    for story, devs in policy_threads.items():
        assert 2 <= len(devs) <= 4, story
        ordered = sorted(devs.values(), key=min)
        for first, then in pairwise(ordered):
            assert min(then) - max(first) > timedelta(days=14), story
    long_gaps = [
        story
        for story, devs in policy_threads.items()
        if any(
            min(then) - max(first) > timedelta(days=90)
            for first, then in pairwise(sorted(devs.values(), key=min))
        )
    ]
    assert len(long_gaps) >= thread_set.long_gaps
    chinese = [row for row in threads if HAN.search(row["title"])]
    assert chinese
    assert any(HAN.search(row["title"]) for row in threads if row["story"] in distractors)


def _synthetic_suspension(stale_sourcing: str) -> list[dict[str, Any]]:
    """A rule in force, suspended, a report calling it in force, then the official word."""

    def report(n: int, day: str, kind: str, sourcing: str, stage: str) -> dict[str, Any]:
        return {
            "id": f"synthetic/r{n}",
            "published": f"{day}T09:00:00+00:00",
            "outlet": "An Outlet",
            "outlet_kind": kind,
            "language": "en",
            "sourcing": sourcing,
            "stage": stage,
            "sentence": "A sentence.",
            "text": "A title. A sentence.",
        }

    reports = [
        report(1, "2027-01-04", "official", "official", "in-force"),
        report(2, "2027-01-11", "official", "official", "suspended"),
        report(3, "2027-01-18", "news", stale_sourcing, "in-force"),
        report(4, "2027-01-25", "official", "official", "in-force"),
    ]
    history = [
        {"status": s, "date": r["published"][:10], "report": r["id"], "confirmed": True}
        for s, r in (("in-force", reports[0]), ("suspended", reports[1]), ("in-force", reports[3]))
    ]
    return [{"id": "synthetic", "title": "t", "notes": "n", "reports": reports, "history": history}]


def test_history_check_after_a_suspension() -> None:
    # A stale report of the old status during a suspension does not date the return to it...
    test_status_history_follows_the_guide(_synthetic_suspension("on-record"))
    # ...but an official one would have brought the rule back first.
    with pytest.raises(AssertionError, match="show it first"):
        test_status_history_follows_the_guide(_synthetic_suspension("official"))
