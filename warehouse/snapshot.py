"""Reading while the pipeline writes: a read snapshot of the warehouse, published atomically.

DuckDB lets one process open a database file for writing, and while it does, no other process can
open that file at all, not even read-only ("Could not set lock on file"). A reader that opens the
file between two stages of a run would also make the run's next ``connect`` fail. So analysts never
read the live file while snapshots exist:

- the writer (the daily flow) *publishes* a snapshot at safe points (after a processing batch, at
  most every ``snapshot_every_seconds``) and at the end of every run: with its own connection it
  brings the search structures up to date in place (the full-text index and the vector table:
  only what changed since the last publication), runs ``CHECKPOINT`` (everything committed is in
  the main file, nothing in the WAL), copies the file to a temporary name in the same folder,
  materialises the read models of the timeline and of each development in the copy, and renames
  the copy over ``<name>.snapshot.duckdb`` (``os.replace``: atomic on POSIX);
- readers (CLI, notebooks, report) open the snapshot read-only. A reader that has the old snapshot
  open keeps reading it (the old inode lives on until it closes); the next reader gets the new
  one. Readers and the writer never share a file, so neither waits for the other.

With no snapshot yet (a warehouse built by hand, an old data folder), readers fall back to the
live file read-only, waiting a few seconds if a writer holds it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from warehouse.db import WarehouseError, connect, migrations, open_duckdb, query_sql

log = logging.getLogger("policywatch.snapshot")

SUFFIX = ".snapshot.duckdb"


def snapshot_path(db_path: Path | str) -> Path:
    """Where the read snapshot of ``db_path`` lives (``data/policywatch.snapshot.duckdb``)."""
    path = Path(db_path)
    return path.with_name(path.stem + SUFFIX)


@dataclass(frozen=True, slots=True)
class Published:
    path: Path
    published_at: datetime
    seconds: float
    bytes: int
    indexed: bool


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(db_path: Path | str, *, index: bool = True, wait_seconds: float = 30.0) -> Published:
    """Publish a read snapshot of the warehouse (call it from the writing process only).

    Args:
        db_path: the live warehouse file.
        index: build the full-text search index in the snapshot (``warehouse.search``).
        wait_seconds: how long to wait for the warehouse if another connection writes.

    Returns:
        Where the snapshot is and what it cost.
    """
    start = time.perf_counter()
    db_path = Path(db_path)
    final = snapshot_path(db_path)
    tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
    wal = Path(str(tmp) + ".wal")
    for leftover in (tmp, wal):
        leftover.unlink(missing_ok=True)
    try:
        with connect(db_path, wait_seconds=wait_seconds) as con:
            indexed = False
            if index:
                # Search structures are updated in place in the live file (only what changed
                # since the last publication), so the copy carries them ready.
                from warehouse.search import update_search

                indexed = bool(_optional(con, "search index", update_search))
            con.execute("CHECKPOINT")
            # No transaction can run in this process while we copy, and no other process can
            # open the file while we hold it: the bytes are a consistent, checkpointed database.
            shutil.copyfile(db_path, tmp)
        published_at = datetime.now(UTC)
        with contextlib.closing(open_duckdb(tmp)) as copy:
            copy.execute(
                "CREATE OR REPLACE TABLE snapshot_info AS "
                "SELECT $at::TIMESTAMPTZ AS published_at, $source AS source",
                {"at": published_at, "source": str(db_path)},
            )
            # The extras are optional: without them readers fall back to the slower queries
            # on the base tables, so a failure here must not stop the snapshot itself.
            _optional(copy, "timeline read model", build_read_model)
            _optional(copy, "development read model", build_development_read_model)
            _optional(copy, "development vectors", build_development_vectors)
            copy.execute("CHECKPOINT")
        wal.unlink(missing_ok=True)
        _fsync(tmp)
        tmp.replace(final)  # atomic rename: readers see the old file or the new one
        _fsync(final.parent)
    finally:
        tmp.unlink(missing_ok=True)
        wal.unlink(missing_ok=True)
    seconds = time.perf_counter() - start
    size = final.stat().st_size
    log.info("published the read snapshot %s (%.1f MB, %.2f s)", final, size / 1e6, seconds)
    return Published(final, published_at, seconds, size, indexed)


def _optional(
    con: duckdb.DuckDBPyConnection, what: str, build: Callable[[duckdb.DuckDBPyConnection], Any]
) -> Any:
    """Run ``build`` in one transaction; on failure roll back, log, and return None."""
    con.execute("BEGIN TRANSACTION")
    try:
        result = build(con)
        con.execute("COMMIT")
        return result
    except (duckdb.Error, WarehouseError) as exc:
        con.execute("ROLLBACK")
        log.warning("read snapshot published without its %s: %s", what, exc)
        return None


def build_read_model(con: duckdb.DuckDBPyConnection) -> None:
    """Materialise the timeline and its filter tables in a snapshot (``read_*`` tables).

    The CLI's ``timeline`` then filters small tables instead of aggregating every development
    (``warehouse/queries/analyst_timeline_read.sql``; the same rows as ``analyst_timeline.sql``).
    """
    con.execute(query_sql("analyst_build_read_model"))


def build_development_read_model(con: duckdb.DuckDBPyConnection) -> None:
    """Materialise each development's page in a snapshot (``read_developments``, ``read_reports``).

    ``policywatch show`` and the web app's development page then read a few rows of tables sorted
    by development instead of aggregating mentions, signals and novelty per request
    (``warehouse/queries/analyst_build_development_read_model.sql``).
    """
    con.execute(query_sql("analyst_build_development_read_model"))


#: Embedding rows read per batch when averaging them per development.
VECTOR_BATCH = 50_000


def build_development_vectors(con: duckdb.DuckDBPyConnection) -> int:
    """Materialise each development's mean embedding in a snapshot (``read_development_vectors``).

    The mean of its reports' embeddings (the most common model's fixed-size copies in
    ``search_vectors``), L2-normalised, so one inner product compares two developments (the web
    app's merge suggestions). Read in batches sorted by development, each batch's finished
    developments written before the next is read; returns the rows written.
    """
    import numpy as np

    if not has_table(con, "search_vectors"):
        return 0
    top = con.execute(
        "SELECT model FROM search_vectors GROUP BY model ORDER BY count(*) DESC, model LIMIT 1"
    ).fetchone()
    con.execute(
        "CREATE OR REPLACE TABLE read_development_vectors "
        "(development_id VARCHAR NOT NULL, model VARCHAR NOT NULL, vector FLOAT[384] NOT NULL)"
    )
    if top is None:
        return 0
    model = str(top[0])
    written = 0
    carried: tuple[str, Any] | None = None  # the last development of a batch: it may continue
    # The rows are read on a cursor of their own, so the connection's transaction can write each
    # batch's finished developments while the result streams: only a batch and one development
    # carried over are held, not every development's sum (a million stored articles: hundreds of
    # MiB of sums, then as much again for the matrix).
    cursor = con.cursor()
    try:
        reader = cursor.execute(
            query_sql("analyst_development_vector_rows"), {"model": model}
        ).to_arrow_reader(VECTOR_BATCH)
        for batch in reader:
            devs = batch.column(0).to_numpy(zero_copy_only=False)
            if not len(devs):
                continue
            vectors = batch.column(1).flatten().to_numpy().reshape(len(devs), -1)
            starts = np.flatnonzero(np.r_[True, devs[1:] != devs[:-1]])
            ids = [str(dev) for dev in devs[starts]]
            sums = list(np.add.reduceat(vectors, starts, axis=0))
            if carried is not None:
                if carried[0] == ids[0]:  # a development continued from the previous batch
                    sums[0] = carried[1] + sums[0]
                else:
                    ids.insert(0, carried[0])
                    sums.insert(0, carried[1])
            carried = (ids.pop(), sums.pop())
            written += _insert_development_vectors(con, ids, sums, model)
        del reader
    finally:
        cursor.close()
    if carried is not None:
        written += _insert_development_vectors(con, [carried[0]], [carried[1]], model)
    return written


def _insert_development_vectors(
    con: duckdb.DuckDBPyConnection, ids: list[str], sums: list[Any], model: str
) -> int:
    """Append developments' summed embeddings, L2-normalised, to ``read_development_vectors``."""
    import numpy as np
    import pyarrow as pa

    if not ids:
        return 0
    totals = np.vstack(sums)
    norms = np.linalg.norm(totals, axis=1, keepdims=True)
    matrix = (totals / np.where(norms > 0, norms, 1.0)).astype(np.float32)
    dim = matrix.shape[1]
    vec = pa.FixedSizeListArray.from_arrays(pa.array(matrix.reshape(-1), pa.float32()), dim)
    table = pa.table(
        {"development_id": pa.array(ids), "model": pa.array([model] * len(ids)), "vector": vec}
    )
    con.register("_pw_development_vectors", table)
    try:
        con.execute(
            "INSERT INTO read_development_vectors "
            "SELECT development_id, model, vector FROM _pw_development_vectors"
        )
    finally:
        con.unregister("_pw_development_vectors")
    return len(ids)


def has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether the database has the table ``name`` (in its main schema)."""
    row = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = $t",
        {"t": name},
    ).fetchone()
    return bool(row and row[0])


def has_development_read_model(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether this database is a snapshot with the materialised development pages."""
    row = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' "
        "AND table_name IN ('read_developments', 'read_reports', 'read_report_decisions', "
        "'read_development_signal_rows')"
    ).fetchone()
    return bool(row and row[0] == 4)


def has_read_model(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether this database is a snapshot with the materialised timeline."""
    return has_table(con, "read_timeline")


#: Intermediate publications may take at most this share of a run's time: a snapshot that took
#: 20 s to publish is not published again within 200 s, whatever ``every_seconds`` says.
MAX_OVERHEAD = 0.1
_last_cost: dict[Path, float] = {}


def due(db_path: Path | str, every_seconds: float, *, now: float | None = None) -> bool:
    """Whether a safe point should publish: no snapshot yet, or it is old enough.

    Old enough means older than ``every_seconds`` and than the last publication's own cost
    divided by :data:`MAX_OVERHEAD` (so publishing never takes more than a tenth of a run).
    """
    final = snapshot_path(db_path)
    if not final.exists():
        return True
    age = (time.time() if now is None else now) - final.stat().st_mtime
    cost = _last_cost.get(Path(db_path).resolve(), 0.0)
    return age >= max(every_seconds, cost / MAX_OVERHEAD)


@contextmanager
def quietly() -> Iterator[None]:
    """Leave out the log line of a publication, for a caller that tells the person itself."""
    previous = log.level
    log.setLevel(max(previous, logging.WARNING))
    try:
        yield
    finally:
        log.setLevel(previous)


def publish_if_due(db_path: Path | str, every_seconds: float) -> Published | None:
    """Publish when :func:`due`; never raises.

    Meant for safe points inside a run (after a committed batch): a failure to publish is logged
    and the run goes on, since readers still have the previous snapshot.
    """
    final = snapshot_path(db_path)
    try:
        if not due(db_path, every_seconds):
            return None
        done = publish(db_path)
        _last_cost[Path(db_path).resolve()] = done.seconds
        return done
    except Exception as exc:  # a snapshot is a convenience for readers, never a reason to fail
        log.warning("could not publish the read snapshot %s: %s", final, exc)
        return None


def publish_safely(db_path: Path | str) -> Published | None:
    """:func:`publish` now (the start and the end of a run), logging instead of raising."""
    try:
        done = publish(db_path)
    except Exception as exc:  # a snapshot is a convenience for readers, never a reason to fail
        log.warning("could not publish the read snapshot %s: %s", snapshot_path(db_path), exc)
        return None
    _last_cost[Path(db_path).resolve()] = done.seconds
    return done


@dataclass(frozen=True, slots=True)
class Source:
    """Which file a reader opened, and how fresh it is."""

    path: Path
    is_snapshot: bool
    published_at: datetime | None


def reading_source(db_path: Path | str) -> Path:
    """The file readers open: the snapshot when one exists, otherwise the live warehouse."""
    snap = snapshot_path(db_path)
    return snap if snap.exists() else Path(db_path)


@contextmanager
def open_for_reading(
    db_path: Path | str, *, wait_seconds: float = 10.0
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection for analysts: the snapshot, or the live file when there is none.

    Raises:
        WarehouseError: no warehouse yet, or the live file stayed locked for ``wait_seconds``.
    """
    source = reading_source(db_path)
    if source != Path(db_path):
        try:
            con = open_duckdb(source, read_only=True)
        except duckdb.Error as exc:
            raise WarehouseError(f"{source}: cannot open the read snapshot: {exc}") from None
        try:
            _check_current(con, source)
            yield con
        finally:
            con.close()
        return
    with connect(db_path, read_only=True, wait_seconds=wait_seconds) as con:
        yield con


def _check_current(con: duckdb.DuckDBPyConnection, source: Path) -> None:
    """Refuse a snapshot published before this version's migrations: its views lack columns.

    An upgrade adds migrations; the warehouse gets them at its next write, the snapshot only when
    it is published again. Reading the old one would fail later with a missing-column error.
    """
    latest = migrations()[-1].version
    try:
        row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
    except duckdb.Error:
        row = None
    have = row[0] if row and row[0] is not None else 0
    if have < latest:
        raise WarehouseError(
            f"{source}: the read snapshot was published by an older policywatch (schema {have}, "
            f"this version needs {latest}): run `policywatch snapshot` (or wait for the next run) "
            "to publish a current one"
        )


def describe(con: duckdb.DuckDBPyConnection) -> Source:
    """What an open reading connection reads (the snapshot's publication time, if any)."""
    row = con.execute(
        "SELECT database_name, path FROM duckdb_databases() WHERE NOT internal"
    ).fetchone()
    path = Path(row[1]) if row and row[1] else Path()
    has_info = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'snapshot_info'"
    ).fetchone()
    if has_info and has_info[0]:
        info = con.execute("SELECT max(published_at) FROM snapshot_info").fetchone()
        return Source(path, True, info[0] if info else None)
    return Source(path, False, None)
