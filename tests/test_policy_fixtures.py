"""The held-out policy sets keep their shape and the annotation guide's invariants.

Only the files are read: neither the tagger nor the grouping runs here, so the sets stay an
unseen measure (they are scored by `python -m bench`, not by these tests).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
STATUS_SET = FIXTURES / "policy_status" / "heldout.json"
THREADS = FIXTURES / "stories" / "heldout.jsonl"
TUNING_THREADS = FIXTURES / "stories" / "threads.jsonl"

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
EFFECTIVE = re.compile(r"自\d{4}年\d{1,2}月\d{1,2}日起(?:正式)?(?:施行|实施)")


def _when(value: str) -> datetime:
    when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    assert when.tzinfo is not None, f"{value}: no time zone"
    return when


def _is_official(report: dict[str, Any]) -> bool:
    return bool(report["outlet_kind"] == "official" or report["sourcing"] == "official")


@pytest.fixture(scope="module")
def developments() -> list[dict[str, Any]]:
    data = json.loads(STATUS_SET.read_text(encoding="utf-8"))
    assert set(data) == {"developments"}
    devs: list[dict[str, Any]] = data["developments"]
    return devs


@pytest.fixture(scope="module")
def threads() -> list[dict[str, Any]]:
    lines = THREADS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


# --- policy status ----------------------------------------------------------------------------


def test_status_set_covers_what_the_evaluation_needs(developments: list[dict[str, Any]]) -> None:
    reports = [r for d in developments for r in d["reports"]]
    official = [r for r in reports if r["outlet_kind"] == "official"]
    official_zh = [r for r in official if r["language"] == "zh"]
    finals = {d["history"][-1]["status"] for d in developments}
    assert len(developments) >= 10
    assert len(reports) >= 45
    assert len(official) >= 12
    assert len(official_zh) >= 6
    # Written as real notices are: numbered documents with the date they take effect.
    assert sum(bool(DOCUMENT_NUMBER.search(r["text"])) for r in official_zh) >= 6
    assert sum(bool(EFFECTIVE.search(r["text"])) for r in official_zh) >= 4
    # Rumours confirmed and denied, drafts made final, a suspension, a fine: every final status.
    assert {"in-force", "suspended", "denied", "adopted"} <= finals
    assert any(h["status"] == "denied" for d in developments for h in d["history"])
    assert any(
        [h["status"] for h in d["history"]][:2] == ["proposed", "adopted"] for d in developments
    )


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
                # The change is dated by the first report that shows it.
                earlier = [
                    r["id"]
                    for r in dev["reports"]
                    if r["stage"] == change["status"] and since < _when(r["published"]) < at
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


def test_threads_shape(threads: list[dict[str, Any]]) -> None:
    ids = [row["id"] for row in threads]
    assert len(set(ids)) == len(ids)
    story_of: dict[str, str] = {}
    for row in threads:
        assert set(row) == THREAD_KEYS, row["id"]
        assert row["split"] == "heldout-2", row["id"]
        assert row["title"].strip(), row["id"]
        assert row["text"].strip(), row["id"]
        _when(row["published"])
        # A development belongs to one story.
        assert story_of.setdefault(row["development"], row["story"]) == row["story"], row["id"]


def test_threads_do_not_collide_with_the_tuning_threads(threads: list[dict[str, Any]]) -> None:
    tuning = [json.loads(line) for line in TUNING_THREADS.read_text(encoding="utf-8").splitlines()]
    for key in ("id", "story", "development"):
        assert not {row[key] for row in threads} & {row[key] for row in tuning}, key


def test_threads_span_months(threads: list[dict[str, Any]]) -> None:
    stories: dict[str, dict[str, list[datetime]]] = defaultdict(lambda: defaultdict(list))
    for row in threads:
        stories[row["story"]][row["development"]].append(_when(row["published"]))
    policy_threads = {s: devs for s, devs in stories.items() if len(devs) >= 2}
    distractors = {s: devs for s, devs in stories.items() if len(devs) == 1}
    assert len(policy_threads) >= 8
    assert len(distractors) >= 8
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
    chinese = [row for row in threads if HAN.search(row["title"])]
    assert chinese
    assert any(HAN.search(row["title"]) for row in threads if row["story"] in distractors)
