"""Connections, migrations and named queries of the DuckDB warehouse.

SQL lives in files beside this module: ``migrations/NNN_name.sql`` (applied once, in order, each in
one transaction with its row in ``schema_migrations``) and ``queries/name.sql`` (named queries with
``$name`` parameters). Python never formats values into SQL.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from warehouse.connection_config import configure as configure
from warehouse.connection_config import duckdb_config as duckdb_config

HERE = Path(__file__).resolve().parent
MIGRATIONS_DIR = HERE / "migrations"
QUERIES_DIR = HERE / "queries"
_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


class WarehouseError(Exception):
    """A warehouse problem with a message that names the cause and the fix."""


class WarehouseLockedError(WarehouseError):
    """The warehouse file is held by another process that writes to it (a run in progress)."""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    path: Path

    @property
    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """The migration files, in order. Names must be ``NNN_snake_case.sql`` and unique."""
    found: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if not match:
            raise WarehouseError(f"{path}: migration files must be named NNN_snake_case.sql")
        version = int(match.group(1))
        if version in found:
            raise WarehouseError(f"{path}: version {version} is used twice")
        found[version] = Migration(version, match.group(2), path)
    return [found[v] for v in sorted(found)]


def migrate(con: duckdb.DuckDBPyConnection, directory: Path = MIGRATIONS_DIR) -> list[int]:
    """Apply pending migrations in order; return the versions applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied: list[int] = []
    for migration in migrations(directory):
        if migration.version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            con.execute(
                "INSERT INTO schema_migrations VALUES ($v, $n, now())",
                {"v": migration.version, "n": migration.name},
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied


@functools.cache
def query_sql(name: str) -> str:
    """The text of the named query ``queries/<name>.sql``."""
    path = QUERIES_DIR / f"{name}.sql"
    if not path.is_file():
        raise WarehouseError(f"no named query {name!r} (expected {path})")
    return path.read_text(encoding="utf-8")


def run_query(
    con: duckdb.DuckDBPyConnection, name: str, params: dict[str, Any] | None = None
) -> duckdb.DuckDBPyConnection:
    """Execute a named query with bound parameters; fetch from the returned cursor."""
    return con.execute(query_sql(name), params or {})


#: How the file system's refusals read in DuckDB's and Python's messages.
_DISK_FULL = ("no space left on device", "disk quota exceeded", "file too large")
_READ_ONLY = ("read-only file system", "permission denied")


def storage_problem(exc: BaseException, path: Path | str) -> WarehouseError | None:
    """A clear error for a full disk or a data folder that cannot be written, else None."""
    text = str(exc).lower()
    errno_ = getattr(exc, "errno", None)
    folder = Path(path).parent
    if errno_ in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG) or any(s in text for s in _DISK_FULL):
        return WarehouseError(
            f"{folder}: the disk is full (no space left to write the warehouse). Free some "
            "space, or set POLICYWATCH_DATA_DIR to a folder on a disk with room. What was "
            "stored before is intact: the unfinished write was rolled back."
        )
    if errno_ in (errno.EROFS, errno.EACCES, errno.EPERM) or any(s in text for s in _READ_ONLY):
        return WarehouseError(
            f"{folder}: the data folder cannot be written (read-only or no permission). Make it "
            "writable, or set POLICYWATCH_DATA_DIR to a writable folder."
        )
    return None


#: Room a run needs in the data folder: fetched pages, the warehouse's growth, a snapshot copy.
MIN_FREE_BYTES = 64 * 2**20


def check_data_folder(folder: Path | str, *, min_free_bytes: int = MIN_FREE_BYTES) -> None:
    """Check, before a run writes anything, that the data folder can take its writes.

    Raises:
        WarehouseError: the folder cannot be created, is read-only, or its disk is (nearly) full.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WarehouseError(
            f"{folder}: cannot create the data folder ({exc.strerror}). "
            "Set POLICYWATCH_DATA_DIR to a writable folder."
        ) from None
    usage = os.statvfs(folder)
    if usage.f_flag & os.ST_RDONLY or not os.access(folder, os.W_OK):
        raise WarehouseError(
            f"{folder}: the data folder cannot be written (read-only or no permission). Make it "
            "writable, or set POLICYWATCH_DATA_DIR to a writable folder."
        )
    free = usage.f_bavail * usage.f_frsize
    if free < min_free_bytes:
        raise WarehouseError(
            f"{folder}: the disk is full ({free / 2**20:.1f} MiB free; a run needs at least "
            f"{min_free_bytes / 2**20:.0f} MiB). Free some space, or set POLICYWATCH_DATA_DIR "
            "to a folder on a disk with room. Nothing was written."
        )


def open_duckdb(path: Path | str, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A bare DuckDB connection with this process's settings (no migrations, no lock retries)."""
    con = duckdb.connect(str(path), read_only=read_only, config=duckdb_config())
    # DuckDB draws a progress bar on long statements; in a run's log it is noise, and on an
    # analyst's terminal it would interleave with the JSON lines a command prints.
    with contextlib.suppress(duckdb.Error):
        # In Jupyter, DuckDB refuses to change the setting without ipywidgets (and draws no
        # bar without them either).
        con.execute("SET enable_progress_bar = false")
    return con


def _is_lock_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "lock" in text or "conflicting lock" in text or "could not set lock" in text


@contextmanager
def connect(
    path: Path | str,
    read_only: bool = False,
    *,
    migrate_schema: bool = True,
    wait_seconds: float = 0.0,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the warehouse; a writer also applies pending migrations.

    Args:
        path: the DuckDB file (its folder is created for a writer).
        read_only: open for reading only (analysts, notebooks, reports).
        migrate_schema: apply pending migrations when opening for writing.
        wait_seconds: how long to retry while another process holds the file.

    Raises:
        WarehouseError: the file is locked by another writer, missing, or not writable.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise WarehouseError(
            f"{path}: no warehouse yet. Run `policywatch run` (or `make run` for the demo) first."
        )
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WarehouseError(
                f"{path.parent}: cannot create the data folder ({exc.strerror}). "
                "Set POLICYWATCH_DATA_DIR to a writable folder."
            ) from None
        if path.parent.is_dir() and not os.access(path.parent, os.W_OK):
            raise WarehouseError(
                f"{path.parent}: the data folder is not writable. Make it writable, or set "
                "POLICYWATCH_DATA_DIR to a writable folder."
            )
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            con = open_duckdb(path, read_only=read_only)
            break
        except duckdb.IOException as exc:
            if _is_lock_error(exc) and time.monotonic() < deadline:
                time.sleep(0.2)
                continue
            if _is_lock_error(exc):
                raise WarehouseLockedError(
                    f"{path}: the warehouse is in use by another process that writes to it "
                    "(a run in progress?). Wait for it to finish, or stop it."
                ) from None
            problem = storage_problem(exc, path)
            if problem is not None:
                raise problem from None
            raise WarehouseError(f"{path}: cannot open the warehouse: {exc}") from None
    try:
        if not read_only and migrate_schema:
            migrate(con)
        yield con
    except (duckdb.Error, OSError) as exc:
        # A full disk or a folder turned read-only shows up in whichever write meets it first.
        problem = storage_problem(exc, path)
        if problem is not None:
            raise problem from exc
        raise
    finally:
        con.close()
