"""``policywatch sql``: an analyst's own query on the read snapshot, read-only."""

from __future__ import annotations

import contextlib
import sys
from typing import Annotated

import duckdb
import typer

from policywatch.cli.app import MAX_NUMBER, app, console, fail, settings_of
from policywatch.cli.output import Format, counted, emit
from policywatch.cli.timeline import snapshot_note
from warehouse.adhoc import SqlError, run_readonly
from warehouse.db import WarehouseError
from warehouse.search import load_fts
from warehouse.snapshot import open_for_reading


def _params(pairs: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise fail(f"--param {pair!r}: write it as name=value (used as $name in the query)")
        params[name.strip()] = value
    return params


@app.command()
def sql(
    ctx: typer.Context,
    query: Annotated[
        str, typer.Argument(help="one SELECT (or WITH, DESCRIBE, SHOW, EXPLAIN); '-' reads stdin")
    ],
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="a bound parameter name=value, used as $name in the query (repeatable)",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
    max_rows: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=MAX_NUMBER,
            help="print at most this many rows (default: 1000 in a table, all in csv and json)",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Run your own SQL on the warehouse, read-only (the read snapshot, as every reader).

    Only queries run: a statement that would write (INSERT, UPDATE, COPY, ATTACH, SET, ...) is
    refused before it runs. Start with the analysts' views: timeline, development_reports,
    article_entities, entity_timeline (developments about each entity; entity_mentions_timeline
    keeps passing mentions too), article_salience, article_main_entities, development_status
    and development_independence (README, "SQL"); SHOW TABLES lists everything. Values go in as
    bound parameters: --param entity=deepseek and $entity in the query.

    Examples:
      policywatch sql "SELECT first_seen, headline FROM timeline WHERE is_policy LIMIT 5"
      policywatch sql "SELECT * FROM entity_timeline WHERE entity_id = $e" -p e=deepseek
      policywatch sql "DESCRIBE timeline"
    """
    settings = settings_of(ctx)
    text = sys.stdin.read() if query == "-" else query
    params = _params(param or [])
    limit = max_rows if max_rows is not None else (1000 if fmt is Format.table else None)
    try:
        with open_for_reading(settings.duckdb_path) as con:
            # Full-text search in analysts' queries (fts_main_articles.match_bm25): a query that
            # does not use it runs without the extension.
            with contextlib.suppress(WarehouseError, duckdb.Error):
                load_fts(con)
            result = run_readonly(con, text, params, max_rows=limit)
    except SqlError as exc:
        raise fail(str(exc)) from None
    except WarehouseError as exc:
        raise fail(str(exc)) from None
    rows = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
    emit(rows, fmt, columns=result.columns, title=counted(len(rows), "row"))
    if result.truncated:
        console.print(
            f"[yellow]more rows than {limit}: add --max-rows, a LIMIT, or --format csv[/]",
            highlight=False,
        )
    if fmt is Format.table:
        note = snapshot_note(settings)
        if note:
            console.print(f"[dim]{note}[/]", highlight=False)
