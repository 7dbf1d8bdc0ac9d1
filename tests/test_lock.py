"""The run lock: a second start is refused with a clear message; a dead holder leaves no lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from policywatch_core.locking import RunLockedError, is_locked, read_holder, run_lock


def test_second_start_in_the_same_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "run.lock"
    with run_lock(path, run_id="first"):
        assert is_locked(path)
        with pytest.raises(RunLockedError) as info, run_lock(path, run_id="second"):
            pass
        message = str(info.value)
        assert "another policywatch run is in progress" in message
        assert "run_id first" in message
        assert f"pid {os.getpid()}" in message
    assert not is_locked(path)
    with run_lock(path, run_id="third") as holder:  # released: can be taken again
        assert holder.run_id == "third"
        assert read_holder(path)["run_id"] == "third"


def _holder(path: Path) -> subprocess.Popen[str]:
    code = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from policywatch_core.locking import run_lock
        with run_lock(Path({str(path)!r}), run_id="child"):
            print("locked", flush=True)
            time.sleep(120)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=Path.cwd()
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_a_killed_holder_leaves_no_lock_behind(tmp_path: Path) -> None:
    path = tmp_path / "run.lock"
    proc = _holder(path)
    try:
        with pytest.raises(RunLockedError, match=r"run_id child.*pid \d+"), run_lock(path):
            pass
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()
    # The kernel released the flock with the process; the stale file content does not matter.
    deadline = time.monotonic() + 10
    while is_locked(path) and time.monotonic() < deadline:
        time.sleep(0.05)
    with run_lock(path, run_id="after-crash") as holder:
        assert holder.run_id == "after-crash"


def test_unreadable_holder_info_still_gives_a_message(tmp_path: Path) -> None:
    path = tmp_path / "run.lock"
    with run_lock(path):
        path.write_text("garbage", encoding="utf-8")
        with pytest.raises(RunLockedError, match="holder unknown"), run_lock(path):
            pass
