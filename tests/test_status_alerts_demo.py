"""Status alerts on the full demo pipeline: reported by the press, then confirmed officially.

A first demo run (the news outlets and the official gazette's notices) stores the
travel-approval development: the press reports an unpublished instruction on anonymous and
second-hand sources only, and no notice is about it: `reported`, not confirmed. Before a second
run the gazette publishes a new Chinese notice of the ministry saying the requirements took
effect: it joins the English reports across languages, the status becomes `in-force`, confirmed
by the gazette, and the subscription following status changes gets exactly one status message.
A third, unchanged run sends nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from policywatch.demo.server import DEFAULT_SITE_DIR, DemoServer
from tests.test_alerts_demo import development_of, read_jsonl, run_demo
from warehouse.db import connect

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures" / "policy_demo"
NOTICE_PATH = "/policy-gazette/notices/2026/11/n2026111001.html"
SECTION_PATH = "/policy-gazette/notices/"
NEW_ITEM = (
    f'<li><a href="{{{{BASE}}}}{NOTICE_PATH}">科技部通知</a> '
    '<span class="date">2026-11-10</span></li>'
)
TRAVEL_REPORT = "china-ai-researchers-travel-approval.html"


def status_of(data_dir: Path, dev_id: str) -> tuple[Any, ...]:
    with connect(data_dir / "policywatch.duckdb", read_only=True) as con:
        row = con.execute(
            "SELECT status, confirmed FROM timeline WHERE development_id = $d", {"d": dev_id}
        ).fetchone()
    assert row is not None
    return tuple(row)


def status_messages(data_dir: Path) -> list[dict[str, Any]]:
    return [
        m
        for m in read_jsonl(data_dir / "alerts" / "status.jsonl")
        if m["digest"]["kind"] == "status"
    ]


def test_official_notice_confirms_a_reported_rule_and_alerts_once(
    config_dir: Path, data_dir: Path
) -> None:
    (config_dir / "alerts.toml").write_text(
        """
[[subscriptions]]
name = "most-status"
entities = ["Ministry of Science and Technology"]
mentions = true
on = ["status"]
channels = ["jsonl:alerts/status.jsonl"]
""",
        encoding="utf-8",
    )
    with DemoServer() as demo:
        first = run_demo(demo, config_dir, data_dir)
        assert first["status"] in ("ok", "partial")
        travel = development_of(data_dir, TRAVEL_REPORT)
        status, confirmed = status_of(data_dir, travel)
        assert status == "reported"
        assert confirmed is False
        before = status_messages(data_dir)
        assert all(e["development_id"] != travel for m in before for e in m["digest"]["entries"])

        # The gazette was crawled (its notices confirm other developments) ...
        assert any(p == SECTION_PATH for _m, p, _s in demo.request_log)
        # ... and now lists one new notice at the top of its notices page.
        section = (DEFAULT_SITE_DIR / "policy-gazette" / "notices" / "index.html").read_text(
            "utf-8"
        )
        marker = '<ul class="notice-list">'
        assert section.count(marker) == 1
        demo.add_route(SECTION_PATH, 200, section.replace(marker, f"{marker}\n{NEW_ITEM}"))
        demo.add_route(NOTICE_PATH, 200, (FIXTURES / "n2026111001.html").read_text("utf-8"))
        second = run_demo(demo, config_dir, data_dir)
        assert second["counts"]["new_articles"] == 1
        assert development_of(data_dir, NOTICE_PATH) == travel
        assert status_of(data_dir, travel) == ("in-force", True)
        fresh = status_messages(data_dir)[len(before) :]
        assert len(fresh) == 1
        [entry] = fresh[0]["digest"]["entries"]
        assert entry["kind"] == "status-change"
        assert entry["development_id"] == travel
        assert (
            entry["change"] == "was reported, now in-force, confirmed by Technology Policy Gazette"
        )
        [report] = entry["reports"]
        assert report["url"].endswith(NOTICE_PATH)
        with connect(data_dir / "policywatch.duckdb", read_only=True) as con:
            told = con.execute(
                "SELECT subscription, development_id FROM alert_status_items "
                "WHERE development_id = $d",
                {"d": travel},
            ).fetchall()
        assert told == [("most-status", travel)]

        third = run_demo(demo, config_dir, data_dir)
        assert third["counts"].get("new_articles", 0) == 0
        assert len(status_messages(data_dir)) == len(before) + 1
    assert json.loads(json.dumps(entry))  # the message is plain JSON
