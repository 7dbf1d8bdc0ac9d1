"""A run killed while an alert is on the wire delivers it once: same id, recorded once.

The alerts stage runs in a child process; the webhook receiver (loopback, in this process) takes
the message and holds its answer until the child has been killed with SIGKILL. The next run sends
the message again with the same idempotency key (the receiver keeps one), the JSON-lines channel
holds it once, and a third run sends nothing.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from policywatch.alerts import service
from policywatch_core.settings import load_settings
from tests.hostile.servers import Loopback
from tests.test_alerts import seed, write_config
from warehouse.db import connect

CHILD = """
import sys
from policywatch.alerts import service
from policywatch_core.settings import load_settings
settings = load_settings(config_dir=sys.argv[1], data_dir=sys.argv[2])
service.run_alerts(settings, "run-killed")
"""


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_kill_during_delivery_still_delivers_exactly_once(tmp_path: Path) -> None:
    arrived = threading.Event()
    release = threading.Event()
    receiver = Loopback()

    def hook(h: BaseHTTPRequestHandler) -> None:
        arrived.set()
        release.wait(60)  # the sender is killed while it waits for this answer
        h.send_response(200)
        h.send_header("Content-Length", "0")
        h.end_headers()

    receiver.routes["/hook"] = hook
    config = tmp_path / "config"
    write_config(
        config,
        f"""
[[subscriptions]]
name = "china-desk"
entities = ["china", "alibaba"]
channels = ["json://127.0.0.1:{receiver.port}/hook", "jsonl:alerts/china.jsonl"]
""",
    )
    settings = load_settings(config_dir=config, data_dir=tmp_path / "data")
    seed(settings)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen(  # our own interpreter, no shell
        [sys.executable, "-c", CHILD, str(config), str(tmp_path / "data")],
        env=env,
        start_new_session=True,
    )
    try:
        assert arrived.wait(180), "the child never delivered"
        os.kill(child.pid, signal.SIGKILL)  # the child we started, by its id
        child.wait(30)
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        release.set()

    try:
        again = service.run_alerts(settings, "run-2")
        third = service.run_alerts(settings, "run-3")
    finally:
        receiver.close()
    keys = [h.get("idempotency-key") for m, p, h, _ in receiver.requests if m == "POST"]
    assert len(keys) == 2  # the killed attempt and the resend...
    assert len(set(keys)) == 1  # ...of one message: a receiver keeping the key shows it once
    assert again.messages == 0  # nothing planned twice
    # The webhook's delivery is resent; the file channel's is resent only if the kill came
    # before it was delivered: pending deliveries go out in the order of their channel keys,
    # which hash the receiver's port, so either channel can come first.
    resent = {d.status for d in again.deliveries}
    assert resent == {"sent"}
    assert 1 <= len(again.deliveries) <= 2
    assert third.deliveries == []
    lines = (tmp_path / "data" / "alerts" / "china.jsonl").read_text(encoding="utf-8").splitlines()
    assert len({json.loads(line)["message_id"] for line in lines}) == len(lines) == 1
    with connect(settings.duckdb_path, read_only=True) as con:
        rows = con.execute("SELECT status FROM alert_deliveries").fetchall()
    assert sorted(r[0] for r in rows) == ["sent", "sent"]
