"""``policywatch export``: the timeline and its tables as Parquet, CSV, XLSX or JSON files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

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
    output_path,
    plain,
    settings_of,
)
from policywatch.cli.output import counted
from policywatch.export import DATASETS, ExportError, ExportFormat, Selection, export_tables
from policywatch.reading import utc
from warehouse.db import WarehouseError
from warehouse.snapshot import open_for_reading

__all__ = ["DATASETS", "ExportFormat", "export", "export_tables"]


@app.command()
def export(
    ctx: typer.Context,
    out_dir: Annotated[
        Path,
        typer.Argument(help="folder to write the files into (created)", parser=output_path),
    ],
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="file format")
    ] = ExportFormat.parquet,
    since: Since = None,
    until: Until = None,
    entity: Annotated[
        str | None,
        typer.Option(
            help="only developments about this entity (a main subject of a report, or of a unit "
            "of it): id, name or alias",
            show_default=False,
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
    min_outlets: Annotated[
        int | None,
        typer.Option(
            min=1, max=MAX_NUMBER, help="only developments reported by at least this many outlets"
        ),
    ] = None,
    min_independent: MinIndependent = None,
    status: StatusFilter = None,
    confirmed: ConfirmedFilter = None,
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--only",
            help=f"only this dataset (repeat for several): {', '.join(DATASETS)}",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Export the timeline, articles, mentions, memberships, signals, salience and status changes.

    Writes one file per dataset and a manifest.json (row counts, filters, source snapshot).
    The filters are the timeline's: a development is exported, with all its articles, when any
    of its reports matches. Parquet keeps types and lists; json writes JSON lines (.jsonl);
    csv and xlsx are ready for spreadsheets (UTF-8 with BOM, dates in UTC that spreadsheets read
    as dates, lists joined with '; ', a text that would run as a formula starts with an
    apostrophe). Raw HTML is never exported.

    Examples:
      policywatch export --format parquet exports/2026-11-23
      policywatch export --format xlsx --entity DeepSeek --since 30d --only timeline out/
      policywatch export --format csv --status in-force --unconfirmed --min-independent 2 out/
    """
    settings = settings_of(ctx)
    check_window(utc(since), utc(until))
    selection = Selection(
        since=utc(since),
        until=utc(until),
        entity=entity,
        signal=signal,
        outlet=outlet,
        policy_only=policy_only,
        min_outlets=min_outlets,
        include_mentions=include_mentions,
        min_independent=min_independent,
        status=status,
        confirmed=confirmed,
    )
    from policywatch.filters import UnknownValueError, check_values

    try:
        with open_for_reading(settings.duckdb_path) as con:
            check_values(con, entity=entity, signal=signal, outlet=outlet)
            manifest = export_tables(con, out_dir, fmt, selection, only)
    except (WarehouseError, ExportError, UnknownValueError, ValueError) as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"{out_dir}: cannot write the export ({exc.strerror})") from None
    if manifest["developments"] is not None:
        console.print(
            f"{counted(manifest['developments'], 'development')} "
            f"{'matches' if manifest['developments'] == 1 else 'match'} the filters",
            highlight=False,
        )
    for name, info in manifest["files"].items():
        cut = f" ({info['cut_cells']} cells cut to Excel's limit)" if info["cut_cells"] else ""
        line = f"{name}: {counted(info['rows'], 'row')} -> {out_dir / info['file']}{cut}"
        console.print(plain(line), highlight=False)
