"""Helpers for the web app's tests: a real `policywatch web` server in a subprocess, a browser."""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: The `policywatch` command, run with the interpreter of the tests (and their PYTHONPATH).
MAIN = [sys.executable, "-c", "from policywatch.cli.app import main; main()"]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or ""
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
#: Screenshots for reviewers (the data folder is not committed).
SCREENSHOTS = ROOT / "data" / "screenshots"

needs_chromium = pytest.mark.skipif(
    not CHROMIUM, reason="headless Chromium is missing: install it with `apt-get install chromium`"
)


def cli(
    data_dir: Path, config_dir: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a `policywatch` command; fails the test on a non-zero exit."""
    done = subprocess.run(
        [*MAIN, "--data-dir", str(data_dir), "--config", str(config_dir), *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def cli_json(data_dir: Path, config_dir: Path, *args: str) -> list[dict[str, Any]]:
    out = cli(data_dir, config_dir, *args, "--format", "json").stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@contextmanager
def web_server(
    data_dir: Path,
    config_dir: Path,
    *extra: str,
    env: dict[str, str] | None = None,
    timeout: float = 90.0,
) -> Iterator[str]:
    """Start `policywatch web --port 0` and yield its base URL (``http://127.0.0.1:PORT``)."""
    log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115  # closed below
    proc = subprocess.Popen(
        [
            *MAIN,
            "--data-dir",
            str(data_dir),
            "--config",
            str(config_dir),
            "web",
            "--port",
            "0",
            "--no-semantic",
            *extra,
        ],
        stdout=subprocess.PIPE,
        stderr=log,
        text=True,
        env={**os.environ, **(env or {})},
    )
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], timeout)
        line = proc.stdout.readline() if ready else ""
        found = re.search(r"http://[^/\s]+", line)
        if found is None:
            proc.kill()
            proc.wait(timeout=10)
            log.seek(0)
            raise AssertionError(f"the web app did not start: {line!r} {log.read()[-3000:]}")
        yield found.group(0)
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()
        log.seek(0)
        errors = log.read()
        log.close()
        if "Traceback" in errors:
            raise AssertionError(f"the web app logged an error:\n{errors[-5000:]}")


def copy_data(source: Path, target: Path) -> Path:
    """A private copy of a data folder (warehouse and snapshot), for tests that write."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("policywatch.duckdb", "policywatch.snapshot.duckdb"):
        if (source / name).exists():
            shutil.copyfile(source / name, target / name)
    return target


@contextmanager
def browser_page(width: int = 1280, height: int = 900) -> Iterator[Any]:
    """A Playwright page in Debian's Chromium; the test fails if any page logs a CSP violation."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(
                viewport={"width": width, "height": height}, accept_downloads=True
            )
            page = context.new_page()
            seen: list[str] = []
            page.console_messages_seen = seen  # type: ignore[attr-defined]

            def remember(message: Any) -> None:
                seen.append(message.text)

            page.on("console", remember)
            yield page
        finally:
            browser.close()


def screenshot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
