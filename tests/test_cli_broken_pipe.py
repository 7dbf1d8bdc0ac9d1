"""A reader that stops early (``policywatch ... | head``) is not a failure of the command.

Typer's runner caught the broken pipe and exited with status 1, the status of every real error,
so a script under ``set -o pipefail`` could not tell ``| head`` from a failed query. The command
now exits as a process stopped by SIGPIPE does (128 + 13), says nothing on stderr, and keeps 1
for real errors.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def policywatch(data: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    command = [sys.executable, "-c", "from policywatch.cli.app import main; main()"]
    return subprocess.Popen(
        [*command, "--data-dir", str(data), "--config", str(ROOT / "config"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )


MANY_ROWS = ("sql", "select * from range(200000)", "--max-rows", "200000", "--format", "csv")


def test_a_reader_that_stops_early_ends_the_command_as_sigpipe_does(demo_data_dir):
    with policywatch(demo_data_dir, *MANY_ROWS) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        assert proc.stdout.readline().strip() == b"range"
        proc.stdout.close()  # as `head -1` does once it has its line
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=300) == 128 + signal.SIGPIPE, err
    assert "Traceback" not in err
    assert "error" not in err.lower(), err


def test_a_reader_that_reads_everything_and_a_real_error_keep_their_status(demo_data_dir):
    with policywatch(demo_data_dir, *MANY_ROWS) as whole:
        out, err = whole.communicate(timeout=300)
    assert whole.returncode == 0, err.decode()
    assert out.decode().count("\n") == 200001
    with policywatch(demo_data_dir, "show", "no-such-development") as missing:
        _, err = missing.communicate(timeout=300)
    assert missing.returncode == 1, err.decode()
