"""The run lock: two runs of the pipeline never overlap on one data folder.

The lock is an exclusive ``flock`` on ``<data_dir>/run.lock``. The kernel releases it when the
holding process exits for any reason (normal end, exception, SIGKILL, crash), so a crashed run can
never leave it behind; no stale-lock detection is needed. The file also holds a JSON line about the
holder (pid, host, run id, start time), only to write a helpful message for a second start.

``flock`` is per open file description: a second :func:`run_lock` in the same process is refused
too. It is reliable on local file systems; on NFS use a data folder on a local disk.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


class RunLockedError(RuntimeError):
    """Another run holds the lock; the message says which and what to do."""

    def __init__(self, path: Path, holder: dict[str, Any]) -> None:
        self.path = path
        self.holder = holder
        who = ", ".join(
            f"{k} {holder[k]}" for k in ("run_id", "pid", "host", "started_at") if holder.get(k)
        )
        super().__init__(
            f"another policywatch run is in progress ({who or 'holder unknown'}; lock {path}). "
            "Two runs never overlap: wait for it to finish, or stop that process. "
            "A crashed run releases the lock by itself."
        )


#: Holders that keep the lock for a few seconds only; a run waits for them instead of failing.
BRIEF_HOLDERS = frozenset({"web-curation"})
#: How long a run waits for a brief holder (the web app's curation and snapshot publication).
BRIEF_HOLD_SECONDS = 120.0


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds the lock (this process, once acquired)."""

    path: Path
    pid: int
    run_id: str | None
    started_at: str


def read_holder(path: Path) -> dict[str, Any]:
    """The holder information written in the lock file (empty when none or unreadable)."""
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return {}
    if not text:
        return {}
    try:
        data = json.loads(text.splitlines()[0])
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def is_locked(path: Path) -> bool:
    """Whether some process holds the lock right now."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


@contextlib.contextmanager
def run_lock(path: Path, *, run_id: str | None = None) -> Iterator[LockHolder]:
    """Hold the run lock for the duration of the block.

    Raises:
        RunLockedError: another process (or another block of this process) holds it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)  # not inherited by child processes
    deadline = time.monotonic() + BRIEF_HOLD_SECONDS
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            current = read_holder(path)
            # A brief holder (the web app applying queued curation) lets go within seconds:
            # wait for it rather than refuse the run.
            if current.get("run_id") in BRIEF_HOLDERS and time.monotonic() < deadline:
                time.sleep(0.2)
                continue
            os.close(fd)
            raise RunLockedError(path, current) from None
    holder = LockHolder(
        path=path,
        pid=os.getpid(),
        run_id=run_id,
        started_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    info = {
        "pid": holder.pid,
        "host": socket.gethostname(),
        "run_id": run_id,
        "started_at": holder.started_at,
    }
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, (json.dumps(info) + "\n").encode("utf-8"), 0)
        yield holder
    finally:
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
