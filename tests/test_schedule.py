"""`policywatch serve` on a real local Prefect server: the schedule creates runs and they complete.

The profile "nothing" has no outlet, so each scheduled run is the whole flow (lock, prepare, crawl,
store, process, alerts, finish) with no work: seconds, not minutes. All waits are bounded.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from flows.serve import LocalPrefectServer, healthy
from policywatch_core.locking import is_locked
from warehouse.db import connect

POLICYWATCH = [str(Path(sys.executable).with_name("policywatch"))]


def _post(url: str, body: dict[str, Any]) -> Any:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def _wait_for(what: str, check: Any, timeout: float, proc: subprocess.Popen[bytes]) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        if proc.poll() is not None:
            pytest.fail(f"serve exited with {proc.returncode} while waiting for {what}")
        time.sleep(1)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")


def _start_serve(
    config_dir: Path,
    data_dir: Path,
    log_file: Any,
    interval: str,
    env: dict[str, str] | None = None,
) -> subprocess.Popen[bytes]:
    """`policywatch serve` of the empty profile, in its own process group, logging to a file."""
    return subprocess.Popen(
        [
            *POLICYWATCH,
            "--config",
            str(config_dir),
            "--data-dir",
            str(data_dir),
            "serve",
            "--profile",
            "nothing",
            "--interval",
            interval,
        ],
        stdout=log_file,
        stderr=subprocess.STDOUT,
        env=env,
        start_new_session=True,
    )


@pytest.mark.slow
def test_serve_schedules_runs_that_complete_and_stops_cleanly(
    config_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    log_path = tmp_path / "serve.log"
    env = dict(os.environ, POLICYWATCH_OPERATOR_CHANNELS="jsonl:ops.jsonl")
    with log_path.open("wb") as log_file:
        proc = _start_serve(config_dir, data_dir, log_file, "5", env)
    api_url = None
    try:

        def started() -> str | None:
            match = re.search(r"(http://127\.0\.0\.1:\d+/api)", log_path.read_text("utf-8"))
            return match.group(1) if match else None

        api_url = _wait_for("the Prefect server", started, 180, proc)
        assert healthy(api_url)

        def deployment() -> Any:
            found = _post(f"{api_url}/deployments/filter", {"limit": 5})
            return found[0] if found else None

        dep = _wait_for("the deployment", deployment, 60, proc)
        assert dep["name"] == "policywatch-daily"
        assert dep["schedules"], "the deployment has a schedule"
        assert dep["parameters"]["profile"] == "nothing"

        def completed() -> list[Any]:
            runs = _post(
                f"{api_url}/flow_runs/filter",
                {"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}, "limit": 10},
            )
            return [r for r in runs if r["auto_scheduled"] and r["deployment_id"] == dep["id"]]

        done = _wait_for("a scheduled run to complete", completed, 240, proc)
        second = subprocess.run(
            [*POLICYWATCH, "--config", str(config_dir), "--data-dir", str(data_dir), "serve"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == 1
        assert "`policywatch serve` already runs for" in " ".join(second.stderr.split())
        scheduled = _post(f"{api_url}/flow_runs/filter", {"limit": 50})
        assert sum(1 for r in scheduled if r["auto_scheduled"]) >= 2  # the schedule made runs
    finally:
        proc.send_signal(signal.SIGINT)  # what Ctrl-C sends
        try:
            code = proc.wait(timeout=90)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the group started above for this test
            proc.wait(timeout=30)
            pytest.fail("serve did not stop within 90 s of Ctrl-C")
    assert code == 0, log_path.read_text("utf-8")[-3000:]
    assert api_url is not None
    assert not healthy(api_url, timeout=2), "the local Prefect server was stopped"
    assert "Prefect server stopped" in log_path.read_text("utf-8")

    with connect(data_dir / "policywatch.duckdb", read_only=True) as con:
        rows = con.execute(
            "SELECT status, trigger, flow_run_id, stage_timings FROM crawl_runs "
            "WHERE status = 'ok' ORDER BY started_at"
        ).fetchall()
    flow_run_ids = {r[2] for r in rows}
    assert {r["id"] for r in done} <= flow_run_ids
    assert all(r[1] == "deployment" for r in rows)
    assert "alerts" in json.loads(rows[0][3])


@pytest.mark.slow
def test_serve_stops_cleanly_on_sigterm(config_dir: Path, data_dir: Path, tmp_path: Path) -> None:
    """What a service manager (systemd, Docker, ``kill``) sends: stop like Ctrl-C, exit 0.

    Once the flow is served, Prefect's runner also turns SIGTERM into a stop; this checks the
    whole behaviour an operator sees: exit 0, the local server down, the serve lock released.
    """
    log_path = tmp_path / "serve.log"
    with log_path.open("wb") as log_file:
        proc = _start_serve(config_dir, data_dir, log_file, "3600")
    api_url = None
    try:

        def served() -> str | None:
            text = log_path.read_text("utf-8")
            match = re.search(r"(http://127\.0\.0\.1:\d+/api)", text)
            if match is None or not healthy(match.group(1)):
                return None
            found = _post(f"{match.group(1)}/deployments/filter", {"limit": 5})
            return match.group(1) if found else None

        api_url = _wait_for("the deployment to be served", served, 180, proc)
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=90)
        except subprocess.TimeoutExpired:
            pytest.fail("serve did not stop within 90 s of SIGTERM")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the group started above for this test
            proc.wait(timeout=30)
    log = log_path.read_text("utf-8")
    assert code == 0, log[-3000:]
    assert not healthy(api_url, timeout=2), "the local Prefect server was stopped"
    assert "Prefect server stopped" in log
    assert not is_locked(data_dir / "serve.lock"), "serve released its lock"
    assert "never awaited" not in log  # the runner is stopped inside its loop, not abandoned
    dashboard = re.search(
        r"Prefect dashboard \(runs, schedule, logs\): (http://127\.0\.0\.1:\d+/)", log
    )
    assert dashboard is not None, log[-3000:]
    assert dashboard.group(1) == api_url.removesuffix("api")


@pytest.mark.slow
def test_local_server_state_lives_in_the_data_folder(data_dir: Path) -> None:
    server = LocalPrefectServer(data_dir / "prefect")
    with server:
        assert healthy(server.api_url)
        assert server.proc is not None
        pgid = server.proc.pid
    assert not healthy(server.api_url, timeout=2)
    assert (data_dir / "prefect" / "server.log").exists()
    assert any((data_dir / "prefect").glob("*.db")), "the server's SQLite is under data/prefect"
    with pytest.raises(ProcessLookupError):
        os.killpg(pgid, 0)  # the whole process group is gone


def test_an_external_server_is_used_as_is(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    from flows.serve import prefect_api
    from policywatch_core.settings import load_settings

    monkeypatch.setenv("PREFECT_API_URL", "http://prefect.example:4200/api")
    settings = load_settings(data_dir=data_dir)
    with prefect_api(settings) as (url, started):
        assert url == "http://prefect.example:4200/api"
        assert not started
    assert not (data_dir / "prefect" / "server.log").exists()  # nothing was started


@pytest.mark.slow
def test_prefect_yaml_deploys_the_daily_flow_to_a_work_pool(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    prefect = Path(sys.executable).with_name("prefect")
    with LocalPrefectServer(tmp_path / "prefect") as server:
        env = dict(
            os.environ,
            PREFECT_API_URL=server.api_url,
            POLICYWATCH_HOME=str(root),
        )
        subprocess.run(
            [str(prefect), "work-pool", "create", "policywatch", "--type", "process"],
            env=env,
            cwd=root,
            check=True,
            capture_output=True,
            timeout=120,
        )
        # Prefect 3.8.8's `deploy` may exit 1 after "successfully created" (its own check of
        # active workers is refused by the server with a 422): judge by what the server holds.
        subprocess.run(
            [str(prefect), "--no-prompt", "deploy", "--all"],
            env=env,
            cwd=root,
            capture_output=True,
            timeout=300,
        )
        [dep] = _post(f"{server.api_url}/deployments/filter", {"limit": 5})
    assert dep["name"] == "policywatch-daily"
    assert dep["entrypoint"] == "flows/daily.py:daily"
    assert dep["work_pool_name"] == "policywatch"
    assert dep["schedules"][0]["schedule"]["cron"] == "0 5 * * *"
    assert dep["global_concurrency_limit"]["limit"] == 1
    assert dep["pull_steps"] == [
        {"prefect.deployments.steps.set_working_directory": {"directory": str(root)}}
    ]


@pytest.mark.slow
def test_serve_of_the_demo_profile_serves_the_demo_outlets(
    config_dir: Path, data_dir: Path, tmp_path: Path
) -> None:
    """`serve --profile demo`, as the README shows it: the scheduled run finds the demo outlets.

    Before, the scheduled run had no demo server to read, skipped every outlet and was recorded
    `partial` with no reason.
    """
    log_path = tmp_path / "serve.log"
    command = [
        *POLICYWATCH,
        "--config",
        str(config_dir),
        "--data-dir",
        str(data_dir),
        "serve",
        "--profile",
        "demo",
        "--interval",
        "20",
    ]
    with log_path.open("wb") as log_file:
        proc = subprocess.Popen(
            command, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:

        def started() -> str | None:
            match = re.search(r"(http://127\.0\.0\.1:\d+/api)", log_path.read_text("utf-8"))
            return match.group(1) if match and healthy(match.group(1)) else None

        api_url = _wait_for("the Prefect server", started, 180, proc)
        assert "demo outlets served at http://127.0.0.1:" in log_path.read_text("utf-8")

        def completed() -> list[Any]:
            runs = _post(
                f"{api_url}/flow_runs/filter",
                {"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}, "limit": 10},
            )
            return [r for r in runs if r["auto_scheduled"]]

        _wait_for("a scheduled demo run to complete", completed, 600, proc)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=90)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the group started above for this test
            proc.wait(timeout=30)
            pytest.fail("serve did not stop within 90 s of SIGTERM")
    log = log_path.read_text("utf-8")
    assert code == 0, log[-3000:]
    with connect(data_dir / "policywatch.duckdb", read_only=True) as con:
        first = con.execute(
            "SELECT status, new_articles, error FROM crawl_runs WHERE status <> 'running' "
            "ORDER BY started_at LIMIT 1"
        ).fetchone()
    assert first is not None
    status, new_articles, error = first
    # The readable demo articles: 38 + 2 restricted, and the official gazette's 4 notices.
    assert new_articles == 44, log[-3000:]
    assert status == "partial"  # the demo's 404 and its video page, on purpose
    assert "http-404 x1" in error
    assert "the demo server is not running" not in log
