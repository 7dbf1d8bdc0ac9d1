"""``policywatch timeline``: the developments, newest first, with filters."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from policywatch.cli.app import (
    MAX_NUMBER,
    ConfirmedFilter,
    MinIndependent,
    Since,
    StatusFilter,
    Until,
    app,
    check_window,
    console,
    fail,
    plain,
    settings_of,
)
from policywatch.cli.output import Format, counted, emit, show_time
from policywatch.filters import UnknownValueError
from policywatch.reading import COLUMNS, MORE_COLUMNS, Sort, fetch_timeline, status_label, utc
from policywatch_core.settings import Settings
from warehouse.db import WarehouseError
from warehouse.snapshot import describe, open_for_reading


def snapshot_note(settings: Settings) -> str | None:
    """A line naming the read snapshot's time when readers use one (shown under tables)."""
    try:
        with open_for_reading(settings.duckdb_path) as con:
            source = describe(con)
    except WarehouseError:
        return None
    if source.is_snapshot and source.published_at is not None:
        return f"as of the read snapshot published {show_time(source.published_at)}"
    return None


#: The table's columns: the development's status (and whether an official source confirms it)
#: stands where json and csv also give the latest report's ``stage``, which can differ from it.
TABLE_COLUMNS = ["status" if c == "stage" else c for c in COLUMNS]


def table_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows for the table: ``status`` reads e.g. ``in-force, confirmed`` (``-`` without one)."""
    return [{**r, "status": status_label(r.get("status"), r.get("confirmed"))} for r in rows]


def markup_safe(rows: list[dict[str, Any]], fmt: Format) -> list[dict[str, Any]]:
    """Rows whose crawled text cannot be read as Rich markup in a table.

    A title with ``[/x]`` would make Rich raise, ``[bold]`` would style the cell: text is escaped
    for tables and left alone for json and csv.
    """
    if fmt is not Format.table:
        return rows

    def safe(value: Any) -> Any:
        if isinstance(value, str):
            return plain(value)
        if isinstance(value, list):
            return [safe(v) for v in value]
        return value

    return [{k: safe(v) for k, v in row.items()} for row in rows]


def show_timeline(settings: Settings, *, fmt: Format, **filters: Any) -> None:
    """Print the timeline in the requested format (used by ``timeline`` and ``demo``)."""
    check_window(utc(filters.get("since")), utc(filters.get("until")))
    try:
        rows = fetch_timeline(settings, **filters)
    except (WarehouseError, UnknownValueError, ValueError) as exc:
        raise fail(str(exc)) from None
    if fmt is Format.table:
        rows, columns = table_rows(rows), TABLE_COLUMNS
    else:
        columns = COLUMNS + MORE_COLUMNS
    emit(
        markup_safe(rows, fmt),
        fmt,
        columns=columns,
        title=f"Timeline ({counted(len(rows), 'development')})",
    )
    if fmt is Format.table:
        note = snapshot_note(settings)
        if note:
            console.print(f"[dim]{plain(note)}[/]", highlight=False)


@app.command()
def timeline(
    ctx: typer.Context,
    since: Since = None,
    until: Until = None,
    entity: Annotated[
        str | None,
        typer.Option(
            help="only developments about this entity (a main subject of a report, or of a unit "
            "of it): its id, name or any alias (e.g. deepseek, 'Cyberspace Administration of "
            "China', CAC)",
            show_default=False,
        ),
    ] = None,
    include_mentions: Annotated[
        bool,
        typer.Option(
            "--include-mentions",
            help="with --entity: also developments that only name the entity in passing "
            "(a competitor in a list, a place, background)",
        ),
    ] = False,
    signal: Annotated[
        str | None,
        typer.Option(
            help="only developments reporting this kind of policy action (e.g. export-control; "
            "background mentions do not count)",
            show_default=False,
        ),
    ] = None,
    outlet: Annotated[
        str | None,
        typer.Option(
            help="only developments reported by this outlet (id or name)", show_default=False
        ),
    ] = None,
    policy_only: Annotated[
        bool,
        typer.Option(
            "--policy-only",
            help="only developments reporting a policy action (background signals do not count)",
        ),
    ] = False,
    limit: Annotated[int, typer.Option(min=1, max=MAX_NUMBER, help="at most this many rows")] = 100,
    min_outlets: Annotated[
        int | None,
        typer.Option(
            min=1, max=MAX_NUMBER, help="only developments reported by this many outlets or more"
        ),
    ] = None,
    min_independent: MinIndependent = None,
    sort: Annotated[
        Sort,
        typer.Option(
            help="first-seen: newest first report first; last-update: newest latest report first"
        ),
    ] = Sort.first_seen,
    status: StatusFilter = None,
    confirmed: ConfirmedFilter = None,
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
) -> None:
    """Show the timeline of developments, newest first.

    A development is listed when its reports overlap the --since/--until window; "last update"
    is the publication of its latest report (a development first seen in October that got a
    report in November is in a November listing). Reads the read snapshot the pipeline
    publishes, so it works while a run is writing. An entity, signal or outlet nothing is known
    by is an error naming the closest known values.

    Entities are listed most salient first; --entity matches the reports about the entity (add
    --include-mentions for every report naming it). The table's status is the development's
    (json and csv: status, confirmed, status_changed, and stage, the latest report's own); status,
    stage and sourcing: see the README.

    Examples:
      policywatch timeline --since 2026-11-01 --entity DeepSeek
      policywatch timeline --since "last week" --sort last-update
      policywatch timeline --entity DeepSeek --include-mentions
      policywatch timeline --min-independent 2 --since "last week"
      policywatch timeline --signal export-control --outlet "Circuit Standard" --format json
      policywatch timeline --status in-force --unconfirmed
    """
    show_timeline(
        settings_of(ctx),
        fmt=fmt,
        since=since,
        until=until,
        entity=entity,
        signal=signal,
        outlet=outlet,
        policy_only=policy_only,
        limit=limit,
        min_outlets=min_outlets,
        min_independent=min_independent,
        sort=sort,
        include_mentions=include_mentions,
        status=status,
        confirmed=confirmed,
    )
