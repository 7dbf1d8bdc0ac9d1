"""Source health: the flag rules (pure) and the report read from a warehouse."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from policywatch.cli.app import _load_commands, app
from policywatch_core.models import FetchRecord
from policywatch_core.settings import load_settings
from spiders.health import flag_runs, flags_for, source_health
from spiders.state import save_outlet_stats
from warehouse import store
from warehouse.db import connect
from warehouse.load import upsert


def run(found: int, fetched: int = 0, extracted: int | None = None, failed: int = 0,
        source_ok: int = 1, source_failed: int = 0) -> dict[str, Any]:  # fmt: skip
    return {
        "outlet_id": "o",
        "found": found,
        "fetched": fetched,
        "extracted": fetched if extracted is None else extracted,
        "failed": failed,
        "source_ok": source_ok,
        "source_failed": source_failed,
    }


NORMAL = [run(20, 5), run(22, 6), run(18, 4), run(21, 5)]


def test_a_normal_run_has_no_flag() -> None:
    assert flags_for(run(19, 5), NORMAL) == []


def test_volume_drop() -> None:
    assert flags_for(run(3, 1), NORMAL) == ["volume-drop"]
    assert flags_for(run(8, 2), NORMAL) == []  # lower, not far below
    assert flags_for(run(0), [run(1), run(2)]) == []  # too small a normal to judge


def test_failure_spike() -> None:
    assert "failure-spike" in flags_for(run(20, 2, failed=8), NORMAL)
    # An outlet that always fails this much is not spiking (its volume tells the rest).
    usual = [run(20, 2, failed=8), run(20, 2, failed=8)]
    assert "failure-spike" not in flags_for(run(20, 2, failed=8), usual)


def test_source_failing_and_silent() -> None:
    assert flags_for(run(0, source_ok=0, source_failed=1), NORMAL) == [
        "volume-drop",
        "source-failing",
    ]
    assert "silent" in flags_for(run(0), [run(0), run(0)])
    assert "silent" not in flags_for(run(0), [run(3), run(0)])


def test_volume_not_judged_without_crawler_counts() -> None:
    # From the fetch log alone, an unchanged run (everything skipped) finds nothing.
    uncounted = dict(run(0), counted=False)
    assert flags_for(uncounted, NORMAL) == []
    assert flags_for(dict(run(0), counted=False), [uncounted, uncounted]) == []


def test_extraction_drop() -> None:
    assert flags_for(run(20, 10, extracted=2), NORMAL) == ["extraction-drop"]
    assert flags_for(run(20, 2, extracted=0), NORMAL) == []  # too few pages to judge


def test_flag_runs_keeps_the_last_runs_per_outlet() -> None:
    rows = [dict(r, outlet_id="a", run_id=str(i)) for i, r in enumerate([*NORMAL, run(2)])]
    rows += [dict(run(5), outlet_id="b", run_id="x")]
    out = flag_runs(rows, runs=1, history=7)
    assert [(r["outlet_id"], r["run_id"]) for r in out] == [("a", "4"), ("b", "x")]
    assert out[0]["flags"] == ["volume-drop"]
    assert out[0]["normal_found"] == 20.5
    assert out[1]["normal_found"] is None
    assert len(flag_runs(rows, runs=3)) == 4


def _fetch(url: str, outlet: str, kind: str, reason: str, at: datetime) -> FetchRecord:
    status = 200 if reason == "ok" else (int(reason[5:]) if reason.startswith("http-") else None)
    return FetchRecord(url, outlet, kind, status, reason, 100, at)


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    path = tmp_path / load_settings().duckdb_file
    start = datetime(2026, 11, 1, 5, tzinfo=UTC)
    with connect(path) as con:
        for day in range(6):
            run_id = f"run{day}"
            store.start_run(con, run_id, "default", {})
            con.execute(
                "UPDATE crawl_runs SET started_at = $t WHERE run_id = $r",
                {"t": start + timedelta(days=day), "r": run_id},
            )
            at = start + timedelta(days=day)
            fetches = [_fetch("https://a.example/feed", "alpha", "feed", "ok", at)]
            last = day == 5
            n_articles = 1 if last else 10
            fetches += [
                _fetch(f"https://a.example/{day}/{i}", "alpha", "article", "ok", at)
                for i in range(n_articles)
            ]
            beta_reason = "http-403" if last else "ok"
            fetches.append(_fetch("https://b.example/feed", "beta", "feed", beta_reason, at))
            if not last:
                fetches += [
                    _fetch(f"https://b.example/{day}/{i}", "beta", "article", "ok", at)
                    for i in range(4)
                ]
            store.save_fetches(con, run_id, fetches)
            save_outlet_stats(
                con,
                run_id,
                {
                    "alpha": {
                        "discovered": 30 if not last else 2,
                        "skipped": 20,
                        "fetched": n_articles,
                    },
                    "beta": {"discovered": 0 if last else 4, "fetched": 0 if last else 4},
                },
            )
            upsert(
                con,
                "articles",
                [
                    {
                        "article_id": f"{day}-{i}",
                        "page_id": f"{day}-{i}",
                        "url": f"https://a.example/{day}/{i}",
                        "canonical_url": f"https://a.example/{day}/{i}",
                        "outlet_id": "alpha",
                        "title": "t",
                        "first_seen": at,
                        "text": "x",
                        "method": "test",
                        "content_hash": f"{day}-{i}",
                        "run_id": run_id,
                    }
                    for i in range(n_articles)
                ],
            )
    return path


def test_source_health_from_the_warehouse(warehouse: Path) -> None:
    with connect(warehouse, read_only=True) as con:
        rows = source_health(con, runs=1)
    by_outlet = {r["outlet_id"]: r for r in rows}
    alpha, beta = by_outlet["alpha"], by_outlet["beta"]
    assert alpha["run_id"] == "run5"
    assert (alpha["found"], alpha["skipped"], alpha["fetched"], alpha["extracted"]) == (2, 20, 1, 1)
    assert alpha["normal_found"] == 30
    assert alpha["flags"] == ["volume-drop"]
    assert beta["failed"] == 1
    assert beta["failures"] == "http-403 1"
    assert beta["flags"] == ["volume-drop", "source-failing"]


def test_sources_command(warehouse: Path) -> None:
    _load_commands()
    result = CliRunner().invoke(
        app, ["--data-dir", str(warehouse.parent), "sources", "--format", "json", "--flagged"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["outlet_id"]: r["flags"] for r in rows} == {
        "alpha": ["volume-drop"],
        "beta": ["volume-drop", "source-failing"],
    }


def test_sources_command_without_warehouse(tmp_path: Path) -> None:
    _load_commands()
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path), "sources"])
    assert result.exit_code == 1
    assert "no warehouse yet" in result.stderr
