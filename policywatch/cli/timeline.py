"""``policywatch timeline``: the developments, newest first."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import typer

from policywatch.cli.app import app, fail, settings_of
from policywatch.cli.output import Format, emit
from policywatch.settings import Settings
from warehouse.db import WarehouseError, connect, run_query

COLUMNS = [
    "first_seen",
    "headline",
    "n_reports",
    "n_outlets",
    "outlets",
    "top_entities",
    "signals",
    "development_id",
]


def fetch_timeline(settings: Settings, **filters: Any) -> list[dict[str, Any]]:
    params = {"since": None, "until": None, "entity": None, "policy_only": None, "limit": 100}
    params.update(filters)
    with connect(settings.duckdb_path, read_only=True) as con:
        cursor = run_query(con, "timeline", params)
        names = [d[0] for d in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def show_timeline(settings: Settings, *, fmt: Format, **filters: Any) -> None:
    try:
        rows = fetch_timeline(settings, **filters)
    except WarehouseError as exc:
        raise fail(str(exc)) from None
    emit(rows, fmt, columns=COLUMNS, title=f"Timeline ({len(rows)} developments)")


@app.command()
def timeline(
    ctx: typer.Context,
    since: Annotated[
        datetime | None, typer.Option(help="developments updated on or after this date")
    ] = None,
    until: Annotated[
        datetime | None, typer.Option(help="developments first seen before this date")
    ] = None,
    entity: Annotated[
        str | None, typer.Option(help="only developments naming this entity (id, name or alias)")
    ] = None,
    policy_only: Annotated[
        bool, typer.Option("--policy-only", help="only developments with a policy signal")
    ] = False,
    limit: Annotated[int, typer.Option(min=1, help="at most this many rows")] = 100,
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
) -> None:
    """Show the timeline of developments, newest first.

    Example: policywatch timeline --since 2026-11-01 --entity DeepSeek --format json
    """
    show_timeline(
        settings_of(ctx),
        fmt=fmt,
        since=since,
        until=until,
        entity=entity,
        policy_only=policy_only,
        limit=limit,
    )
