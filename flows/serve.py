"""Serve the ``daily`` flow on a schedule, with a supervised local Prefect server if needed.

Prefect creates scheduled runs only through a real API server (its ephemeral in-process API
cannot schedule). :class:`LocalPrefectServer` runs ``prefect server start`` on 127.0.0.1 as a child
process in its own process group, with its state (SQLite) under ``<data_dir>/prefect``, waits for
``/api/health``, and stops the whole group on exit. With ``PREFECT_API_URL`` set, that server is
used instead and nothing is started.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from policywatch_core.settings import Settings, child_environment, prefect_api_url, use_prefect_api

log = logging.getLogger("policywatch")

HOST = "127.0.0.1"


class PrefectServerError(RuntimeError):
    """The local Prefect server did not come up; the message points at its log."""


def free_port(host: str = HOST) -> int:
    """A port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def healthy(api_url: str, timeout: float = 2.0) -> bool:
    """Whether the Prefect API at ``api_url`` answers its health check."""
    try:
        with urllib.request.urlopen(
            f"{api_url}/health", timeout=timeout
        ) as response:  # our own loopback URL
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


class LocalPrefectServer:
    """``prefect server start`` on loopback, supervised: started, health-checked, stopped."""

    def __init__(self, home: Path, port: int = 0, host: str = HOST) -> None:
        self.home = home
        self.host = host
        self.port = port or free_port(host)
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = home / "server.log"

    @property
    def api_url(self) -> str:
        """The API root (what PREFECT_API_URL must be)."""
        return f"http://{self.host}:{self.port}/api"

    @property
    def dashboard_url(self) -> str:
        """Prefect's dashboard (runs, schedules, logs) in a browser."""
        return f"http://{self.host}:{self.port}/"

    def start(self, timeout: float = 120.0) -> str:
        """Start the server and wait until it is healthy; return its API URL."""
        if healthy(self.api_url, timeout=0.5):
            raise PrefectServerError(f"something already answers on {self.api_url}")
        self.home.mkdir(parents=True, exist_ok=True)
        prefect = Path(sys.executable).with_name("prefect")
        command = ([str(prefect)] if prefect.exists() else [sys.executable, "-m", "prefect"]) + [
            "server",
            "start",
            "--host",
            self.host,
            "--port",
            str(self.port),
        ]
        env = child_environment(
            # The dashboard is served from files in Prefect's package: nothing is downloaded.
            {"PREFECT_HOME": str(self.home.resolve()), "PREFECT_UI_ENABLED": "true"},
            drop=["PREFECT_API_URL"],  # the server must not talk to itself through a client
        )
        with self.log_path.open("ab") as log_file:
            self.proc = subprocess.Popen(  # our own interpreter's prefect, no shell
                command,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=env,
                start_new_session=True,  # its own process group: stopped as a whole
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise PrefectServerError(
                    f"the Prefect server exited with code {self.proc.returncode}; "
                    f"see {self.log_path}"
                )
            if healthy(self.api_url):
                log.info("Prefect server ready at %s (state in %s)", self.api_url, self.home)
                return self.api_url
            time.sleep(0.5)
        self.stop()
        raise PrefectServerError(
            f"the Prefect server did not answer within {timeout:.0f} s; see {self.log_path}"
        )

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the server's process group: SIGTERM, then SIGKILL after ``timeout``."""
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)  # the group we created for it
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        # uvicorn workers of the group may outlive the leader by a moment
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        log.info("Prefect server stopped")

    def __enter__(self) -> LocalPrefectServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def prefect_api(settings: Settings, port: int = 0) -> Iterator[tuple[str, bool]]:
    """The API to schedule on: ``PREFECT_API_URL``, or a local server for the block.

    Yields (api url, whether we started the server). The dashboard of a server we started is at
    :func:`dashboard_of` the API URL.
    """
    external = prefect_api_url()
    if external:
        yield external, False
        return
    server = LocalPrefectServer(settings.prefect_home, port=port)
    try:
        server.start()  # Ctrl-C while it starts still stops it (finally)
        use_prefect_api(server.api_url)
        yield server.api_url, True
    finally:
        server.stop()


async def _stop_once_started(runner: Any, poll: float = 0.05) -> None:
    """Stop ``runner`` as soon as it has started (at once if it has).

    The runner installs its SIGTERM handler before it has entered its own context (API client,
    observers); a stop asked for in that window must wait for it, since the runner refuses to
    stop before it has started and would otherwise serve on, the stop lost.
    """
    while not runner.started:
        await asyncio.sleep(poll)
    await runner.astop()


def _stopper(runner: Any) -> Any:
    """A SIGTERM handler that stops ``runner`` from inside its event loop (signal-safe)."""
    tasks: list[asyncio.Task[None]] = []
    asked: list[bool] = []  # set in the handler: a second signal may precede the loop

    def failed(task: asyncio.Task[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.error("serve: stopping the runner failed: %r", task.exception())

    def start_stop(loop: asyncio.AbstractEventLoop) -> None:
        task = loop.create_task(_stop_once_started(runner))
        task.add_done_callback(failed)
        tasks.append(task)

    def handle(signum: int, frame: FrameType | None) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not serving yet (or any more): stop like Ctrl-C
            raise KeyboardInterrupt from None
        log.info("serve: SIGTERM received, stopping")
        if not asked:
            asked.append(True)
            loop.call_soon_threadsafe(start_stop, loop)

    return handle


def dashboard_of(api_url: str) -> str:
    """The dashboard URL of the Prefect server whose API is at ``api_url``."""
    return api_url.rstrip("/").removesuffix("/api") + "/"


def _sigterm_as_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


@contextlib.contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Handle SIGTERM (service managers, ``kill``) like Ctrl-C for the block: clean shutdown."""
    previous = signal.signal(signal.SIGTERM, _sigterm_as_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def serve_daily(
    settings: Settings,
    api_url: str,
    *,
    profile: str = "default",
    cron: str | None = None,
    timezone: str | None = None,
    interval: float | None = None,
    name: str = "policywatch-daily",
    demo_base: str | None = None,
) -> None:
    """Serve the daily flow on the cron (or interval) until interrupted (Ctrl-C or SIGTERM).

    ``demo_base``: the base URL of a demo server this process keeps running (profile "demo").
    """
    from prefect.runner import Runner
    from prefect.schedules import Cron, Interval
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.daily import daily

    schedule: Any
    if interval:
        schedule = Interval(interval)
    else:
        schedule = Cron(
            cron or settings.schedule_cron, timezone=timezone or settings.schedule_timezone
        )
    parameters = {
        "profile": profile,
        "config_dir": str(settings.config_dir.resolve()),
        "data_dir": str(settings.data_dir.resolve()),
    }
    if demo_base:
        parameters["demo_base"] = demo_base
    with sigterm_as_interrupt(), temporary_settings(updates={PREFECT_API_URL: api_url}):
        # Flow.serve's runner installs its own SIGTERM handler, which calls the runner's stop in a
        # way that, inside the event loop, only creates a coroutine ("Runner.astop was never
        # awaited") and exits at once, leaving a flow run it started behind. The runner is built
        # here instead, with a handler that stops it properly: in-flight runs are cancelled (the
        # next run resumes their work), the schedule is paused (pause_on_shutdown), and
        # runner.start returns.
        runner = Runner(name=name, pause_on_shutdown=True, limit=1)
        runner.handle_sigterm = _stopper(runner)  # type: ignore[method-assign]
        runner.add_flow(
            daily,
            name=name,
            schedule=schedule,
            parameters=parameters,
            paused=False,
            description="policywatch: crawl, process, alert (served by `policywatch serve`)",
            tags=["policywatch"],
        )
        # this process never runs two flow runs at once (limit=1; the run lock too)
        try:
            asyncio.run(runner.start())
        except KeyboardInterrupt:
            log.info("serve: stopping (interrupt or SIGTERM)")
            raise
