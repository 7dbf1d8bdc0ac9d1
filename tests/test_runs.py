"""Runs of the daily flow: recorded with parameters, timings, counts and outcome; a failed run is
visible in `policywatch runs` and told to the operators; two runs never overlap.

The profile "nothing" has no outlet: each run is the whole flow with no crawling work. Prefect runs
in its ephemeral in-process mode (the first flow of the session takes ~20 s to start).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import policywatch.cli.alerts
import policywatch.cli.runs  # noqa: F401  # registers the commands on the app
from policywatch.cli import app
from policywatch_core.locking import RunLockedError, run_lock
from warehouse.db import connect

pytestmark = pytest.mark.slow


@pytest.fixture
def ops_env(monkeypatch: pytest.MonkeyPatch, config_dir: Path, data_dir: Path) -> dict[str, str]:
    monkeypatch.setenv("POLICYWATCH_OPERATOR_CHANNELS", "jsonl:ops.jsonl")
    return {"profile": "nothing", "config_dir": str(config_dir), "data_dir": str(data_dir)}


def _daily(**params: Any) -> dict[str, Any]:
    from flows.daily import daily

    result: dict[str, Any] = daily(**params)
    return result


def _runs(data_dir: str, *args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["--data-dir", data_dir, "runs", "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def _ops(data_dir: str) -> list[dict[str, Any]]:
    path = Path(data_dir) / "ops.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_a_run_records_parameters_timings_counts_and_outcome(ops_env: dict[str, str]) -> None:
    summary = _daily(**ops_env)
    assert summary["status"] == "ok"
    [row] = _runs(ops_env["data_dir"])
    assert row["run_id"] == summary["run_id"]
    assert row["status"] == "ok"
    assert row["trigger"] == "local"
    assert row["flow_run_id"]
    assert row["params"]["profile"] == "nothing"
    assert {"crawl", "alerts"} <= set(row["stage_timings"])
    assert row["alerts"]["messages"] == 0
    assert row["finished_at"] is not None
    assert _ops(ops_env["data_dir"]) == []


def test_second_start_while_a_run_holds_the_lock_is_refused(ops_env: dict[str, str]) -> None:
    lock = Path(ops_env["data_dir"]) / "run.lock"
    with run_lock(lock, run_id="the-first-run"), pytest.raises(RunLockedError) as info:
        _daily(**ops_env)
    assert "another policywatch run is in progress (run_id the-first-run" in str(info.value)
    # The refused start is not a run: nothing recorded, nothing alerted.
    with connect(Path(ops_env["data_dir"]) / "policywatch.duckdb") as con:
        count = con.execute("SELECT count(*) FROM crawl_runs").fetchone()
    assert count == (0,)
    assert _ops(ops_env["data_dir"]) == []


def test_a_run_failing_in_a_stage_is_failed_in_runs_and_told_to_operators(
    ops_env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect import task

    import flows.tasks

    @task(name="crawl", retries=0)
    def broken_crawl(ctx: Any) -> Any:
        raise RuntimeError("the crawler is broken <!channel>")

    monkeypatch.setattr(flows.tasks, "crawl", broken_crawl)
    with pytest.raises(RuntimeError, match="the crawler is broken"):
        _daily(**ops_env)
    [row] = _runs(ops_env["data_dir"], "--status", "failed")
    assert row["error"] == "RuntimeError: the crawler is broken <!channel>"
    [message] = _ops(ops_env["data_dir"])
    assert message["kind"] == "operators"
    assert message["title"] == f"policywatch: run {row['run_id']} failed"
    assert "the crawler is broken" in message["text"]


def test_a_run_failing_before_it_starts_is_recorded_too(
    ops_env: dict[str, str], config_dir: Path
) -> None:
    (config_dir / "sources.toml").write_text("this is [not toml", encoding="utf-8")
    with pytest.raises(Exception, match="not valid TOML"):
        _daily(**ops_env)
    [row] = _runs(ops_env["data_dir"])
    assert row["status"] == "failed"
    assert "not valid TOML" in row["error"]
    [message] = _ops(ops_env["data_dir"])
    assert row["run_id"] in message["title"]


def test_a_run_left_running_by_a_dead_process_is_marked_failed(ops_env: dict[str, str]) -> None:
    with connect(Path(ops_env["data_dir"]) / "policywatch.duckdb") as con:
        con.execute(
            "INSERT INTO crawl_runs (run_id, profile, started_at, status) "
            "VALUES ('killed-run', 'nothing', now() - INTERVAL 1 HOUR, 'running')"
        )
    summary = _daily(**ops_env)
    rows = {r["run_id"]: r for r in _runs(ops_env["data_dir"])}
    assert rows[summary["run_id"]]["status"] == "ok"
    assert rows["killed-run"]["status"] == "failed"
    assert rows["killed-run"]["error"].startswith("interrupted")
    [message] = _ops(ops_env["data_dir"])
    assert "killed-run" in message["title"]


def test_runs_and_alerts_commands_without_a_warehouse_fail_clearly(tmp_path: Path) -> None:
    for command in (["runs"], ["alerts"]):
        result = CliRunner().invoke(app, ["--data-dir", str(tmp_path / "none"), *command])
        assert result.exit_code == 1
        assert "no warehouse yet" in result.output
