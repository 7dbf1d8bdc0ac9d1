"""The web app's own state: read marks, follows, preferences and the queue of curation operations.

The warehouse has one writer, and a run holds it for minutes. What an analyst does in the browser
must neither wait for the run nor stop it, and must never be lost, so it goes to a small SQLite
file beside the warehouse (``data/web.sqlite3``), which several processes can write safely:

- read marks, follows and preferences live only here (the warehouse never needs them);
- curation (merge, split, rename) is *queued* here, then applied to the warehouse by
  :mod:`policywatch.web.curation`, either by the web server at once when no run holds the
  warehouse, or by the pipeline at the start of its next batch (and before it finishes).

Every write is one short SQLite transaction committed before the browser gets its answer
(``synchronous=FULL``, write-ahead log), so a crash of the server loses nothing it confirmed.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS read_marks (
    development_id TEXT PRIMARY KEY,
    n_reports      INTEGER NOT NULL,
    read_at        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS follows (
    kind       TEXT NOT NULL CHECK (kind IN ('development', 'entity')),
    target     TEXT NOT NULL,
    label      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (kind, target)
);
CREATE TABLE IF NOT EXISTS curation_queue (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id      TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
    payload    TEXT NOT NULL,
    queued_at  TEXT NOT NULL,
    applied_at TEXT,
    applied_by TEXT,
    outcome    TEXT,
    error      TEXT
);
CREATE TABLE IF NOT EXISTS preferences (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

CURATION_KINDS = ("merge", "split", "rename")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class Operation:
    """One queued curation operation."""

    seq: int
    op_id: str
    kind: str
    payload: dict[str, Any]
    queued_at: str
    applied_at: str | None = None
    applied_by: str | None = None
    outcome: str | None = None
    error: str | None = None

    @property
    def pending(self) -> bool:
        return self.applied_at is None

    def touches(self, development_id: str) -> bool:
        """Whether the operation names this development."""
        p = self.payload
        return development_id in (p.get("keep"), p.get("other"), p.get("development_id"))


@dataclass(frozen=True, slots=True)
class Follow:
    kind: str
    target: str
    label: str
    created_at: str


class StateStore:
    """The web app's SQLite state file. Cheap to create: each call opens its own connection."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as con:
            con.executescript(SCHEMA)

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        con = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=FULL")
            con.execute("PRAGMA busy_timeout=30000")
            yield con
        finally:
            con.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    # -- read marks ------------------------------------------------------------------------

    def mark_read(self, marks: Iterable[tuple[str, int]]) -> int:
        """Mark developments read as of their current number of reports; returns how many."""
        rows = [(dev, int(n), _now()) for dev, n in marks]
        with self._write() as con:
            con.executemany(
                "INSERT INTO read_marks (development_id, n_reports, read_at) VALUES (?, ?, ?) "
                "ON CONFLICT (development_id) DO UPDATE SET n_reports = excluded.n_reports, "
                "read_at = excluded.read_at",
                rows,
            )
        return len(rows)

    def mark_unread(self, development_id: str) -> None:
        with self._write() as con:
            con.execute("DELETE FROM read_marks WHERE development_id = ?", (development_id,))

    def read_marks(self, development_ids: Sequence[str] | None = None) -> dict[str, int]:
        """Development id -> number of reports it had when marked read."""
        with self._connect() as con:
            if development_ids is None:
                rows = con.execute("SELECT development_id, n_reports FROM read_marks").fetchall()
            else:
                ids = list(development_ids)
                rows = []
                for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
                    chunk = ids[start : start + 500]
                    marks = ",".join("?" * len(chunk))
                    rows += con.execute(
                        "SELECT development_id, n_reports FROM read_marks "
                        f"WHERE development_id IN ({marks})",  # placeholders only, values bound
                        chunk,
                    ).fetchall()
        return {str(d): int(n) for d, n in rows}

    # -- follows ---------------------------------------------------------------------------

    def follow(self, kind: str, target: str, label: str) -> None:
        with self._write() as con:
            con.execute(
                "INSERT INTO follows (kind, target, label, created_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, target) DO UPDATE SET label = excluded.label",
                (kind, target, label, _now()),
            )

    def unfollow(self, kind: str, target: str) -> None:
        with self._write() as con:
            con.execute("DELETE FROM follows WHERE kind = ? AND target = ?", (kind, target))

    def follows(self) -> list[Follow]:
        with self._connect() as con:
            rows = con.execute(
                "SELECT kind, target, label, created_at FROM follows ORDER BY created_at DESC"
            ).fetchall()
        return [Follow(*r) for r in rows]

    def is_following(self, kind: str, target: str) -> bool:
        with self._connect() as con:
            row = con.execute(
                "SELECT 1 FROM follows WHERE kind = ? AND target = ?", (kind, target)
            ).fetchone()
        return row is not None

    # -- preferences -----------------------------------------------------------------------

    def preference(self, key: str, default: str | None = None) -> str | None:
        with self._connect() as con:
            row = con.execute("SELECT value FROM preferences WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_preference(self, key: str, value: str) -> None:
        with self._write() as con:
            con.execute(
                "INSERT INTO preferences (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def secret(self) -> bytes:
        """A random secret kept in the state file (signs CSRF tokens and sessions)."""
        with self._write() as con:
            row = con.execute("SELECT value FROM preferences WHERE key = 'secret'").fetchone()
            if row is None:
                value = uuid.uuid4().hex + uuid.uuid4().hex
                con.execute("INSERT INTO preferences (key, value) VALUES ('secret', ?)", (value,))
            else:
                value = str(row[0])
        return bytes.fromhex(value)

    # -- the curation queue ----------------------------------------------------------------

    def enqueue(self, kind: str, payload: dict[str, Any]) -> Operation:
        """Queue a curation operation; it is durable when this returns."""
        if kind not in CURATION_KINDS:
            raise ValueError(f"unknown curation operation {kind!r}")
        op_id = uuid.uuid4().hex
        at = _now()
        text = json.dumps(payload, sort_keys=True)
        with self._write() as con:
            cur = con.execute(
                "INSERT INTO curation_queue (op_id, kind, payload, queued_at) VALUES (?, ?, ?, ?)",
                (op_id, kind, text, at),
            )
            seq = int(cur.lastrowid or 0)
        return Operation(seq, op_id, kind, payload, at)

    def operations(self, *, pending_only: bool = False, limit: int = 200) -> list[Operation]:
        """Queued operations in queue order (pending ones only, or the latest ``limit``)."""
        with self._connect() as con:
            if pending_only:
                rows = con.execute(
                    "SELECT seq, op_id, kind, payload, queued_at, applied_at, applied_by, "
                    "outcome, error FROM curation_queue WHERE applied_at IS NULL ORDER BY seq"
                ).fetchall()
            else:
                rows = con.execute(
                    "SELECT * FROM (SELECT seq, op_id, kind, payload, queued_at, applied_at, "
                    "applied_by, outcome, error FROM curation_queue ORDER BY seq DESC LIMIT ?) "
                    "ORDER BY seq",
                    (limit,),
                ).fetchall()
        return [Operation(r[0], r[1], r[2], json.loads(r[3]), *r[4:]) for r in rows]

    def operation(self, op_id: str) -> Operation | None:
        with self._connect() as con:
            r = con.execute(
                "SELECT seq, op_id, kind, payload, queued_at, applied_at, applied_by, outcome, "
                "error FROM curation_queue WHERE op_id = ?",
                (op_id,),
            ).fetchone()
        return Operation(r[0], r[1], r[2], json.loads(r[3]), *r[4:]) if r else None

    def record_outcome(
        self, op_id: str, *, applied_by: str, outcome: str, error: str | None = None
    ) -> None:
        """Close a queued operation (``outcome`` is ``applied``, ``already`` or ``failed``)."""
        with self._write() as con:
            con.execute(
                "UPDATE curation_queue SET applied_at = ?, applied_by = ?, outcome = ?, error = ? "
                "WHERE op_id = ? AND applied_at IS NULL",
                (_now(), applied_by, outcome, error, op_id),
            )

    def has_pending(self) -> bool:
        with self._connect() as con:
            row = con.execute(
                "SELECT 1 FROM curation_queue WHERE applied_at IS NULL LIMIT 1"
            ).fetchone()
        return row is not None
