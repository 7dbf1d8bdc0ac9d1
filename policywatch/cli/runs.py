"""``policywatch runs``: recent runs with their parameters, stage timings, counts and outcome."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from policywatch.cli.app import MAX_NUMBER, app, choice, fail, note_source, settings_of
from policywatch.cli.output import Format, emit
from policywatch.reading import fetch_runs
from warehouse.db import WarehouseError

#: A run's outcomes (``crawl_runs.status``).
RUN_OUTCOMES = ("ok", "partial", "failed", "running")

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


def _pairs(value: Any, unit: str = "") -> str:
    """A decoded JSON object as ``key value`` pairs (``crawl 4.7s, tag 8.4s``)."""
    if not isinstance(value, dict):
        return "" if value is None else str(value)
    parts = []
    for key, item in value.items():
        if isinstance(item, float):
            shown = f"{item:.1f}{unit}"
        elif isinstance(item, bool):
            shown = "yes" if item else "no"
        else:
            shown = f"{item}{unit if isinstance(item, int) and unit else ''}"
        parts.append(f"{key.replace('_', ' ')} {shown}")
    return ", ".join(parts)


def _seconds(value: Any) -> str:
    return "" if value is None else f"{float(value):.1f}"


def readable(row: dict[str, Any]) -> dict[str, Any]:
    """A run for a table: its JSON columns as ``key value`` pairs, not Python dicts."""
    return {
        **row,
        "seconds": _seconds(row.get("seconds")),
        "failures": _pairs(row.get("failures")),
        "params": _pairs(row.get("params")),
        "stage_timings": _pairs(row.get("stage_timings"), "s"),
        "alerts": _pairs(row.get("alerts")),
    }


def _compact(row: dict[str, Any]) -> dict[str, Any]:
    timings = row.get("stage_timings") or {}
    alerts = row.get("alerts") or {}
    error = row.get("error") or ""
    return {
        **row,
        "seconds": _seconds(row.get("seconds")),
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
    limit: Annotated[int, typer.Option(min=1, max=MAX_NUMBER, help="at most this many runs")] = 20,
    status: Annotated[
        str | None, typer.Option(help="only runs with this outcome: ok, partial, failed, running")
    ] = None,
    details: Annotated[
        bool, typer.Option("--details", help="all columns: parameters, failures, timings")
    ] = False,
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
) -> None:
    """List recent runs, newest first: outcome, counts, time per stage, alerts, error.

    A run is 'ok', 'partial' (some pages or config entries failed; it went on), 'failed' (it
    stopped, or could read nothing at all) or 'running'. For partial and failed runs `error`
    says why and the operators' channel was told. A run whose process died is marked failed
    ('interrupted') by the next run. `seconds` is the run's own duration, from the opening of
    its record to its end, as `policywatch run` prints it (the command's own time adds the
    orchestrator's start). `failed` counts what `policywatch sources` counts: failed requests
    and fetched pages that gave no article.

    Example: policywatch runs --status failed --format json
    """
    settings = settings_of(ctx)
    try:
        rows, note = fetch_runs(
            settings, limit=limit, status=choice("--status", status, RUN_OUTCOMES)
        )
    except WarehouseError as exc:
        raise fail(str(exc)) from None
    note_source(note)
    if fmt is Format.table and not details:
        emit([_compact(r) for r in rows], fmt, columns=COLUMNS, title=f"Runs ({len(rows)})")
        return
    if fmt is Format.table:
        print_details([readable(r) for r in rows])
        return
    emit(rows, fmt, columns=DETAIL_COLUMNS, title=f"Runs ({len(rows)})")


def print_details(rows: list[dict[str, Any]]) -> None:
    """Each run as a block of ``field  value`` lines (18 columns do not fit a terminal)."""
    from rich.markup import escape
    from rich.panel import Panel
    from rich.table import Table

    from policywatch.cli.app import out
    from policywatch.cli.output import cell
    from policywatch.reading import display_zone
    from policywatch_core.when import zone_suffix

    if not rows:
        out.print("no run recorded yet (run `policywatch run` first)")
        return
    zone = zone_suffix(display_zone())
    for row in rows:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for column in DETAIL_COLUMNS[1:]:
            label = column.replace("_", " ")
            if column in {"started_at", "finished_at"}:
                label += f" ({zone})"
            grid.add_row(label, escape(cell(row.get(column))))
        out.print(Panel(grid, title=f"run {row['run_id']}", title_align="left", expand=False))
