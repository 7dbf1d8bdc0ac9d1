"""``policywatch search QUERY``: full-text or semantic search, results grouped by development."""

from __future__ import annotations

from typing import Annotated

import typer

from policywatch.cli.app import app, fail, settings_of
from policywatch.cli.output import Format, emit
from policywatch.cli.timeline import markup_safe
from warehouse.db import WarehouseError
from warehouse.search import search_semantic, search_text
from warehouse.snapshot import open_for_reading

COLUMNS = [
    "score",
    "first_seen",
    "headline",
    "matches",
    "best_match",
    "outlets",
    "development_id",
]


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="words to look for (titles and texts)")],
    semantic: Annotated[
        bool,
        typer.Option(
            "--semantic",
            help="search by meaning: compare the query's embedding with the articles' (the "
            "pipeline's own model, loaded offline)",
        ),
    ] = False,
    limit: Annotated[int, typer.Option(min=1, help="at most this many developments")] = 20,
    min_score: Annotated[
        float, typer.Option(help="--semantic only: lowest cosine similarity kept")
    ] = 0.2,
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
) -> None:
    """Search the articles and list the developments they belong to, best match first.

    Full-text search ranks with BM25 (DuckDB's fts extension, English stemming and stop words);
    the index is built in the read snapshot each time the pipeline publishes one. Without a
    snapshot, every article is scanned for the query's words. With --format json or csv, each
    development lists the URLs of its matching reports.

    Examples:
      policywatch search "export controls on chips"
      policywatch search "regulator orders a security review of a chatbot" --semantic
    """
    settings = settings_of(ctx)
    try:
        with open_for_reading(settings.duckdb_path) as con:
            if semantic:
                results = search_semantic(
                    con,
                    query,
                    model_name=settings.embedding_model,
                    threads=settings.torch_threads,
                    limit=limit,
                    min_score=min_score,
                )
            else:
                results = search_text(con, query, limit=limit)
    except WarehouseError as exc:
        raise fail(str(exc)) from None
    rows = [r.as_row() for r in results]
    columns = COLUMNS if fmt is Format.table else [*COLUMNS, "urls"]
    title = f"{len(rows)} developments match {query!r}"
    emit(markup_safe(rows, fmt), fmt, columns=columns, title=title)
