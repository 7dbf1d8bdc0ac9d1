"""``policywatch timeline``: the developments, newest first, with filters."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any

import typer

from policywatch.cli.app import Since, Until, app, check_window, console, fail, plain, settings_of
from policywatch.cli.filters import UnknownValueError
from policywatch.cli.output import Format, emit, show_time
from policywatch.settings import Settings
from warehouse.db import WarehouseError, run_query
from warehouse.snapshot import describe, has_read_model, open_for_reading

COLUMNS = [
    "first_seen",
    "last_update",
    "headline",
    "n_reports",
    "n_outlets",
    "outlets",
    "top_entities",
    "signals",
    "stage",
    "sourcing",
    "development_id",
]
#: Beside the table's columns, what --format json and csv print.
MORE_COLUMNS = ["main_entities", "background_signals", "is_policy", "last_seen", "story_id"]
FILTERS = (
    "since", "until", "entity", "signal", "outlet", "policy_only", "limit", "sort",
    "include_mentions", "min_outlets",
)  # fmt: skip


class Sort(StrEnum):
    """The orders of the timeline: by first report (default) or by latest report."""

    first_seen = "first-seen"
    last_update = "last-update"


def utc(value: datetime | None) -> datetime | None:
    """A date from the command line as an aware UTC time (naive values are taken as UTC)."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def timeline_params(**filters: Any) -> dict[str, Any]:
    """The bound parameters of the ``timeline`` query (unknown filters are refused)."""
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise TypeError(f"unknown timeline filters: {sorted(unknown)}")
    params: dict[str, Any] = dict.fromkeys(FILTERS)
    params["limit"] = 100
    params["sort"] = Sort.first_seen
    params.update(filters)
    params["sort"] = str(Sort(params["sort"] or Sort.first_seen))
    params["since"] = utc(params["since"])
    params["until"] = utc(params["until"])
    for key in ("entity", "signal", "outlet"):
        if params[key] is not None and not str(params[key]).strip():
            params[key] = None
    return params


def query_timeline(con: Any, **filters: Any) -> list[dict[str, Any]]:
    """Run the timeline query on an open connection; rows as dicts.

    On a read snapshot the query reads the timeline materialised at publication; on the live
    warehouse it aggregates the page of developments it returns.
    """
    query = "analyst_timeline_read" if has_read_model(con) else "analyst_timeline"
    cursor = run_query(con, query, timeline_params(**filters))
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def fetch_timeline(settings: Settings, **filters: Any) -> list[dict[str, Any]]:
    """The timeline rows, read from the read snapshot (or the warehouse when there is none).

    Raises :class:`~policywatch.cli.filters.UnknownValueError` for an entity, signal or outlet
    nothing is known by.
    """
    with open_for_reading(settings.duckdb_path) as con:
        return checked_timeline(con, **filters)


def checked_timeline(con: Any, **filters: Any) -> list[dict[str, Any]]:
    """The rows ``policywatch timeline`` shows, on an open connection (the web app's too).

    Raises :class:`~policywatch.cli.filters.UnknownValueError` for an entity, signal or outlet
    nothing is known by.
    """
    from policywatch.cli.filters import check_values

    check_values(
        con,
        entity=filters.get("entity"),
        signal=filters.get("signal"),
        outlet=filters.get("outlet"),
    )
    rows = query_timeline(con, **filters)
    for row in rows:  # the latest report's publication: why a development is in a window
        row.setdefault("last_update", row.get("last_seen"))
    return rows


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
    except (WarehouseError, UnknownValueError) as exc:
        raise fail(str(exc)) from None
    columns = COLUMNS if fmt is Format.table else COLUMNS + MORE_COLUMNS
    emit(markup_safe(rows, fmt), fmt, columns=columns, title=f"Timeline ({len(rows)} developments)")
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
        bool, typer.Option("--policy-only", help="only developments with a policy signal")
    ] = False,
    limit: Annotated[int, typer.Option(min=1, help="at most this many rows")] = 100,
    min_outlets: Annotated[
        int | None,
        typer.Option(min=1, help="only developments reported by this many outlets or more"),
    ] = None,
    sort: Annotated[
        Sort,
        typer.Option(
            help="first-seen: newest first report first; last-update: newest latest report first"
        ),
    ] = Sort.first_seen,
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
) -> None:
    """Show the timeline of developments, newest first.

    A development is listed when its reports overlap the --since/--until window; "last update"
    is the publication of its latest report (a development first seen in October that got a
    report in November is in a November listing). Reads the read snapshot the pipeline
    publishes, so it works while a run is writing. An entity, signal or outlet nothing is known
    by is an error naming the closest known values.

    Entities are listed most salient first; --entity matches the reports about the entity (add
    --include-mentions for every report naming it). Stage and sourcing: see the README.

    Examples:
      policywatch timeline --since 2026-11-01 --entity DeepSeek
      policywatch timeline --since "last week" --sort last-update
      policywatch timeline --entity DeepSeek --include-mentions
      policywatch timeline --signal export-control --outlet "Circuit Standard" --format json
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
        sort=sort,
        include_mentions=include_mentions,
    )
