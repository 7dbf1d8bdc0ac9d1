"""The web server's side of curation: apply the queue at once when no run holds the warehouse.

A background thread wakes when an operation is queued (and every few seconds). If no run holds
the run lock it takes the lock as a *brief holder* (``web-curation``: a run that starts meanwhile
waits for it instead of failing, see ``policywatch_core.locking``), applies the queue to the
warehouse, publishes a new read snapshot so the pages show the change, and lets go. If a run
holds the lock, it does nothing: the run applies the queue at its next batch.
"""

from __future__ import annotations

import logging
import threading
import time

from policywatch.web.curation import apply_queued
from policywatch.web.state import Operation, StateStore
from policywatch_core.locking import RunLockedError, is_locked, run_lock
from policywatch_core.settings import Settings
from warehouse import snapshot
from warehouse.db import WarehouseError, connect

log = logging.getLogger("policywatch.web")

HOLDER = "web-curation"


class Curator:
    """Applies the queue in a background thread; :meth:`wait` lets a request see its outcome."""

    def __init__(self, settings: Settings, store: StateStore, every_seconds: float = 5.0) -> None:
        self.settings = settings
        self.store = store
        self.every_seconds = every_seconds
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._published_seq = 0
        self._done = threading.Condition()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="curator", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=30)

    def kick(self) -> None:
        """Something was queued: try to apply it now."""
        self._wake.set()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self.every_seconds)
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                self.apply_now()
            except Exception:  # the thread must outlive any one failure; the queue keeps the op
                log.exception("applying the curation queue failed; it stays queued")

    def apply_now(self) -> bool:
        """Apply the queue if the warehouse is free; True when it was applied."""
        pending = self.store.operations(pending_only=True)
        if not pending or not self.settings.duckdb_path.exists():
            return False
        if is_locked(self.settings.run_lock_path):
            return False
        last = max(op.seq for op in pending)
        try:
            with run_lock(self.settings.run_lock_path, run_id=HOLDER):
                with connect(self.settings.duckdb_path, wait_seconds=5) as con:
                    apply_queued(con, self.store, applied_by="web")
                snapshot.publish(self.settings.duckdb_path)
        except RunLockedError:
            return False  # a run started: it applies the queue at its next batch
        except WarehouseError as exc:
            log.warning("curation stays queued: %s", exc)
            return False
        with self._done:
            self._published_seq = max(self._published_seq, last)
            self._done.notify_all()
        return True

    def wait(self, op: Operation, timeout: float) -> Operation:
        """The operation once applied and shown in the snapshot, or as it is after ``timeout``."""
        deadline = time.monotonic() + timeout
        while True:
            current = self.store.operation(op.op_id) or op
            shown = current.applied_by != "web" or self._published_seq >= current.seq
            if not current.pending and shown:
                return current
            left = deadline - time.monotonic()
            if left <= 0:
                return current
            with self._done:
                self._done.wait(min(left, 0.2))
