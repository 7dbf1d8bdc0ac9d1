"""``policywatch report``: the timeline as one self-contained HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from policywatch.cli.app import (
    MAX_NUMBER,
    ConfirmedFilter,
    Since,
    StatusFilter,
    Until,
    app,
    check_window,
    console,
    fail,
    output_path,
    plain,
    settings_of,
)
from policywatch.cli.output import human_size
from policywatch.reading import utc
from policywatch.report.html import write_report
from warehouse.db import WarehouseError
from warehouse.snapshot import open_for_reading


@app.command()
def report(
    ctx: typer.Context,
    out: Annotated[
        Path, typer.Option("--out", help="the HTML file to write", parser=output_path)
    ] = Path("timeline.html"),
    since: Since = None,
    until: Until = None,
    entity: Annotated[
        str | None,
        typer.Option(
            help="only developments about this entity (a main subject of a report, or of a unit "
            "of it): id, name or alias"
        ),
    ] = None,
    include_mentions: Annotated[
        bool,
        typer.Option(
            "--include-mentions",
            help="with --entity: also developments that only name the entity in passing",
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
    limit: Annotated[
        int,
        typer.Option(min=1, max=MAX_NUMBER, help="at most this many developments, newest first"),
    ] = 1_000_000,
    status: StatusFilter = None,
    confirmed: ConfirmedFilter = None,
    title: Annotated[str, typer.Option(help="the page's title")] = "policywatch timeline",
) -> None:
    """Write the timeline as one self-contained HTML page (opens offline, no server needed).

    The page has a chart of new developments and reports per day, entity, policy signal, outlet,
    status, confirmed and headline filters, and every development expandable to its reports
    with links to the original articles and what each later report adds. Open it with
    #entity=<id>, #signal=<kind>, #outlet=<name>, #status=<status> or #confirmed=yes|no to start
    filtered, or #open=<development id> to start expanded. The options below choose which
    developments the page holds at all.

    Examples:
      policywatch report --out timeline.html --since 2026-10-01
      policywatch report --out chips.html --signal export-control --outlet "Circuit Standard"
      policywatch report --out unconfirmed.html --status in-force --unconfirmed
    """
    from policywatch.filters import UnknownValueError, check_values

    settings = settings_of(ctx)
    check_window(utc(since), utc(until))
    try:
        with open_for_reading(settings.duckdb_path) as con:
            check_values(con, entity=entity, signal=signal, outlet=outlet)
            info = write_report(
                con,
                out,
                title=title,
                since=utc(since),
                until=utc(until),
                entity=entity,
                signal=signal,
                outlet=outlet,
                policy_only=policy_only,
                limit=limit,
                include_mentions=include_mentions,
                status=status,
                confirmed=confirmed,
            )
    except (WarehouseError, UnknownValueError, ValueError) as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"{out}: cannot write the report ({exc.strerror})") from None
    console.print(
        f"wrote {plain(info.path)} ({info.developments} developments, {info.reports} reports, "
        f"{human_size(info.bytes)})",
        highlight=False,
    )
