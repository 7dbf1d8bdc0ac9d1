"""Source health: whether each outlet still delivers, compared with its own recent runs.

Silent source failure (a feed that moved, a site that started blocking, a layout change that
empties extraction) is the most common complaint about news monitors. :func:`flag_runs` is the
pure rule set; :func:`source_health` reads the warehouse and applies it.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Any

import duckdb

from warehouse.db import run_query

# A run "far below" normal: fewer links than this share of the outlet's median.
VOLUME_DROP_RATIO = 0.25
# The median must be at least this for a drop to mean something.
VOLUME_MIN_NORMAL = 4
FAILURE_RATE = 0.5
FAILURE_MIN = 3
FAILURE_MARGIN = 0.3
EXTRACTION_RATIO = 0.5
EXTRACTION_MIN = 3
SILENT_RUNS = 3


def _fetch_failed(row: dict[str, Any]) -> int:
    """Failed requests (``failed`` also counts fetched pages that gave no article)."""
    return int(row.get("fetch_failed", row["failed"]))


def _rate(row: dict[str, Any]) -> float:
    attempts = int(row["fetched"]) + _fetch_failed(row) + int(row["source_ok"])
    return _fetch_failed(row) / attempts if attempts else 0.0


def normal_found(previous: Sequence[dict[str, Any]]) -> float | None:
    """The median links found over counted earlier runs (None with fewer than two)."""
    counts = [int(p["found"]) for p in previous if p.get("counted", True)]
    return statistics.median(counts) if len(counts) >= 2 else None


def flags_for(row: dict[str, Any], previous: Sequence[dict[str, Any]]) -> list[str]:
    """The health flags of one outlet's run, given its earlier runs (oldest first).

    Args:
        row: found, fetched, extracted, failed, source_ok, source_failed of the run.
        previous: the same for the outlet's earlier runs.

    Returns:
        Flags among volume-drop, failure-spike, source-failing, extraction-drop, silent.
    """
    flags: list[str] = []
    found = int(row["found"])
    # Without the crawler's own counts, "found" is only what was fetched: an unchanged run that
    # skips everything would look like a collapse. Volume is judged on counted runs only.
    counted = bool(row.get("counted", True))
    normal = normal_found(previous)
    if (
        counted
        and normal is not None
        and normal >= VOLUME_MIN_NORMAL
        and found < VOLUME_DROP_RATIO * normal
    ):
        flags.append("volume-drop")
    rate = _rate(row)
    usual = statistics.median(_rate(p) for p in previous) if previous else 0.0
    if (
        _fetch_failed(row) >= FAILURE_MIN
        and rate >= FAILURE_RATE
        and rate >= usual + FAILURE_MARGIN
    ):
        flags.append("failure-spike")
    if int(row["source_failed"]) > 0 and int(row["source_ok"]) == 0:
        flags.append("source-failing")
    fetched = int(row["fetched"])
    if fetched >= EXTRACTION_MIN and int(row["extracted"]) < EXTRACTION_RATIO * fetched:
        flags.append("extraction-drop")
    recent = [*previous[-(SILENT_RUNS - 1) :], row] if SILENT_RUNS > 1 else [row]
    if (
        counted
        and len(recent) >= SILENT_RUNS
        and all(int(r["found"]) == 0 and r.get("counted", True) for r in recent)
        and "source-failing" not in flags
    ):
        flags.append("silent")
    return flags


def flag_runs(
    rows: Sequence[dict[str, Any]], *, runs: int = 1, history: int = 7
) -> list[dict[str, Any]]:
    """Add ``normal_found`` and ``flags`` to the last ``runs`` runs of each outlet.

    Args:
        rows: per (outlet, run) counts, each outlet's runs oldest first.
        runs: how many recent runs per outlet to return.
        history: how many earlier runs make the outlet's normal.
    """
    by_outlet: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_outlet.setdefault(str(row["outlet_id"]), []).append(dict(row))
    out: list[dict[str, Any]] = []
    for outlet_id in sorted(by_outlet):
        series = by_outlet[outlet_id]
        for index in range(max(0, len(series) - runs), len(series)):
            previous = series[max(0, index - history) : index]
            row = series[index]
            row["normal_found"] = normal_found(previous)
            row["flags"] = flags_for(row, previous)
            out.append(row)
    return out


def source_health(
    con: duckdb.DuckDBPyConnection, *, runs: int = 1, history: int = 7
) -> list[dict[str, Any]]:
    """Per outlet, its last ``runs`` crawl runs with counts and flags (see :func:`flags_for`)."""
    cursor = run_query(con, "crawl_source_health")
    names = [d[0] for d in cursor.description or []]
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    return flag_runs(rows, runs=runs, history=history)
