"""Status alerts on the full demo pipeline: reported by the press, then confirmed officially.

A first demo run stores the travel-approval development (the press reports a rule in force,
from anonymous sources: not confirmed). A second run finds a new Chinese notice of the ministry
on the demo's official gazette: it joins the English reports across languages, confirms the
status, and the subscription following status changes gets exactly one status message. A third,
unchanged run sends nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from policywatch.demo.server import DemoServer
from tests.test_alerts_demo import development_of, read_jsonl, run_demo
from warehouse.db import connect

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures" / "policy_demo"
NOTICE_PATH = "/policy-gazette/notices/2026/11/n2026111001.html"
SECTION = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>通知公告_科技政策公报</title></head>
<body><main><ul class="notices">
<li><a href="{{BASE}}/policy-gazette/notices/2026/11/n2026111001.html">科技部通知</a></li>
</ul></main></body></html>
"""
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
        assert status is not None
        assert confirmed is False
        before = status_messages(data_dir)
        assert all(e["development_id"] != travel for m in before for e in m["digest"]["entries"])

        # The gazette joins the run, its notices page listing one new notice.
        sources = (config_dir / "sources.toml").read_text(encoding="utf-8")
        marker = 'profiles = ["demo-official"]'
        assert sources.count(marker) == 1
        (config_dir / "sources.toml").write_text(
            sources.replace(marker, 'profiles = ["demo-official", "demo"]'), encoding="utf-8"
        )
        demo.add_route("/policy-gazette/notices/", 200, SECTION)
        demo.add_route(NOTICE_PATH, 200, (FIXTURES / "n2026111001.html").read_text("utf-8"))
        second = run_demo(demo, config_dir, data_dir)
        assert second["counts"]["new_articles"] == 1
        assert development_of(data_dir, NOTICE_PATH) == travel
        assert status_of(data_dir, travel) == (status, True)
        fresh = status_messages(data_dir)[len(before) :]
        assert len(fresh) == 1
        [entry] = fresh[0]["digest"]["entries"]
        assert entry["kind"] == "status-change"
        assert entry["development_id"] == travel
        assert f"{status} is now confirmed by Technology Policy Gazette" in entry["change"]
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
