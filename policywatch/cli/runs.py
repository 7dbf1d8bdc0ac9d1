"""``policywatch runs``: recent runs with their parameters, stage timings, counts and outcome."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from policywatch.cli.app import app, fail, settings_of
from policywatch.cli.output import Format, emit
from policywatch.settings import Settings
from warehouse.db import WarehouseError, connect, run_query

COLUMNS = [
    "run_id",
    "started_at",
    "seconds",
    "status",
    "trigger",
    "fetched",
    "new_articles",
    "failed",
    "alerts",
    "stages",
    "error",
]
DETAIL_COLUMNS = [
    "run_id",
    "profile",
    "started_at",
    "finished_at",
    "seconds",
    "status",
    "trigger",
    "flow_run_id",
    "discovered",
    "fetched",
    "new_articles",
    "skipped",
    "failed",
    "failures",
    "params",
    "stage_timings",
    "alerts",
    "error",
]
JSON_COLUMNS = ("failures", "params", "stage_timings", "alerts")


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def fetch_runs(settings: Settings, *, limit: int, status: str | None) -> list[dict[str, Any]]:
    """Recent runs, newest first, with their JSON columns decoded."""
    with connect(settings.duckdb_path, read_only=True) as con:
        return query_runs(con, limit=limit, status=status)


def query_runs(con: Any, *, limit: int, status: str | None) -> list[dict[str, Any]]:
    """Recent runs on an open connection (the web app reads the snapshot's)."""
    cursor = run_query(con, "runs_list", {"limit": limit, "status": status})
    names = [d[0] for d in cursor.description or []]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    for row in rows:
        for column in JSON_COLUMNS:
            row[column] = _json(row.get(column))
        if row.get("seconds") is not None:
            row["seconds"] = round(float(row["seconds"]), 1)
    return rows


def _compact(row: dict[str, Any]) -> dict[str, Any]:
    timings = row.get("stage_timings") or {}
    alerts = row.get("alerts") or {}
    error = row.get("error") or ""
    return {
        **row,
        "stages": " ".join(f"{k} {float(v):.1f}s" for k, v in timings.items()),
        "alerts": (
            f"{alerts.get('messages', 0)} new, {alerts.get('sent', 0)} sent, "
            f"{alerts.get('pending', 0)} pending"
            if alerts
            else ""
        ),
        "error": error if len(error) <= 80 else error[:79] + "…",
    }


@app.command()
def runs(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=1, help="at most this many runs")] = 20,
    status: Annotated[
        str | None, typer.Option(help="only runs with this outcome: ok, partial, failed, running")
    ] = None,
    details: Annotated[
        bool, typer.Option("--details", help="all columns: parameters, failures, timings")
    ] = False,
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
) -> None:
    """List recent runs, newest first: outcome, counts, time per stage, alerts, error.

    A run is 'ok', 'partial' (some pages or config entries failed, see `failures`), 'failed'
    (the run stopped; `error` says why; the operators' channel was told) or 'running'. A run
    whose process died is marked failed ('interrupted') by the next run.

    Example: policywatch runs --status failed --format json
    """
    settings = settings_of(ctx)
    try:
        rows = fetch_runs(settings, limit=limit, status=status)
    except WarehouseError as exc:
        raise fail(str(exc)) from None
    if fmt is Format.table and not details:
        emit([_compact(r) for r in rows], fmt, columns=COLUMNS, title=f"Runs ({len(rows)})")
        return
    emit(rows, fmt, columns=DETAIL_COLUMNS, title=f"Runs ({len(rows)})")
