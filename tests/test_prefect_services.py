"""A flow run leaves no thread that moves the global random state once its services are drained.

Run in a fresh interpreter, so that what earlier tests left in this process (settings, a
drained worker, a server) cannot decide the outcome.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SCRIPT = textwrap.dedent(
    """
    from prefect import flow

    from tests.prefect_services import drain_prefect_services, running_service_threads

    @flow(name="services-probe", persist_result=False)
    def probe() -> int:
        return 7

    for _ in range(2):
        assert probe() == 7
        # the flow run started the worker whose websocket pings draw from the global random module
        print("before", running_service_threads())
        drain_prefect_services()
        print("after", running_service_threads())
    """
)


def test_draining_stops_the_events_worker_a_flow_run_starts() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith(("before", "after"))]
    assert lines == [
        "before ['EventsWorkerThread']",
        "after []",
        "before ['EventsWorkerThread']",
        "after []",
    ], done.stdout
