"""``policywatch search QUERY``: full-text or semantic search, results grouped by development."""

from __future__ import annotations

from typing import Annotated

import typer

from policywatch.cli.app import MAX_NUMBER, Since, Until, app, check_window, fail, settings_of
from policywatch.cli.output import Format, counted, emit
from policywatch.cli.timeline import markup_safe
from policywatch.filters import UnknownValueError, check_values
from policywatch.reading import utc
from warehouse.db import WarehouseError
from warehouse.search import SearchFilters, search_semantic, search_text, snippet_text
from warehouse.snapshot import open_for_reading

COLUMNS = [
    "score",
    "first_seen",
    "headline",
    "matches",
    "snippet",
    "outlets",
    "development_id",
]
#: json and csv carry these too: the best match's title, where the snippet's matches are, URLs.
MORE_COLUMNS = ["best_match", "highlights", "urls"]


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(help='words to look for (titles and texts); "quoted phrases" as written'),
    ],
    since: Since = None,
    until: Until = None,
    entity: Annotated[
        str | None,
        typer.Option(
            help="only articles naming this entity (id, name or alias)", show_default=False
        ),
    ] = None,
    outlet: Annotated[
        str | None,
        typer.Option(help="only articles of this outlet (id or name)", show_default=False),
    ] = None,
    semantic: Annotated[
        bool,
        typer.Option(
            "--semantic",
            help="search by meaning: compare the query's embedding with the articles' (the "
            "pipeline's own model, loaded offline)",
        ),
    ] = False,
    limit: Annotated[
        int, typer.Option(min=1, max=MAX_NUMBER, help="at most this many developments")
    ] = 20,
    min_score: Annotated[
        float, typer.Option(help="--semantic only: lowest cosine similarity kept")
    ] = 0.2,
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
) -> None:
    """Search the articles and list the developments they belong to, best match first.

    Full-text search ranks with BM25 (DuckDB's fts extension, English stemming and stop words);
    the index is built in the read snapshot each time the pipeline publishes one. Without a
    snapshot, every article is scanned for the query's words. A phrase in double quotes must
    appear as written. --since/--until filter on the articles' publication time. Each result
    shows a snippet of its best article with the words found in «guillemets»; with --format
    json or csv, also where they are (highlights) and the URLs of the matching reports.

    Examples:
      policywatch search "travel approval" --since 2026-10-01
      policywatch search '"export controls" chips' --entity Nvidia --outlet "Circuit Standard"
      policywatch search "regulator orders a security review of a chatbot" --semantic
    """
    settings = settings_of(ctx)
    if not query.strip():
        raise fail('give words to search for, e.g. policywatch search "export controls"')
    filters = SearchFilters(since=utc(since), until=utc(until), entity=entity, outlet=outlet)
    check_window(filters.since, filters.until)
    try:
        with open_for_reading(settings.duckdb_path) as con:
            # An entity or outlet nothing is known by is an error, as in `timeline`, not an
            # empty result that reads as "no article matches".
            check_values(con, entity=entity, outlet=outlet)
            if semantic:
                results = search_semantic(
                    con,
                    query,
                    model_name=settings.embedding_model,
                    threads=settings.torch_threads,
                    precision=settings.embedding_precision,
                    limit=limit,
                    min_score=min_score,
                    filters=filters,
                )
            else:
                results = search_text(con, query, limit=limit, filters=filters)
    except (WarehouseError, UnknownValueError) as exc:
        raise fail(str(exc)) from None
    rows = [r.as_row() for r in results]
    if fmt is Format.table:
        for row, result in zip(rows, results, strict=True):
            row["snippet"] = snippet_text(result.hits[0].snippet, ("«", "»"))
    columns = COLUMNS if fmt is Format.table else [*COLUMNS, *MORE_COLUMNS]
    title = (
        f"{counted(len(rows), 'development')} {'matches' if len(rows) == 1 else 'match'} {query!r}"
    )
    emit(markup_safe(rows, fmt), fmt, columns=columns, title=title)
