"""``policywatch discover`` (check a new source) and ``policywatch sources`` (source health)."""

from __future__ import annotations

import functools
import json
import sys
from typing import Annotated

import typer

from policywatch.cli.app import MAX_NUMBER, app, console, fail, plain, settings_of
from policywatch.cli.output import Format, emit

_DISCOVER_HELP = (
    "List the article links a feed, sitemap or page offers, one JSON object a line.\n\n"
    "Reads RSS 0.9x/1.0/2.0, Atom, JSON Feed, XML sitemaps (plain, gzipped, indexes, Google "
    'News) and HTML pages (the feeds they announce with <link rel="alternate">, else their '
    "article links). Prints url (normalised: no fragment, no utm_* or other tracking parameter, "
    "redirect wrappers unwrapped), title, published (ISO 8601, or null) and source_url; a date "
    "that cannot be parsed is printed raw as published_raw and reported, never guessed. Fetches "
    "no article.\n\n"
    "Exit status 1 when a URL yields nothing parseable. Loopback and private addresses are "
    "refused unless POLICYWATCH_ALLOW_PRIVATE_HOSTS=1.\n\n"
    "Example: policywatch discover https://the-decoder.com/feed/"
)
_SOURCES_HELP = (
    "Source health: per outlet and run, article links found, fetched, extracted and failed.\n\n"
    "Flags: volume-drop (far fewer links than the median of the outlet's previous runs), "
    "failure-spike (most fetches failed, well above its normal), source-failing (none of its "
    "feeds, sitemaps or sections could be read: blocked? moved?), extraction-drop (pages fetched "
    "but little text extracted: layout changed?), silent (nothing found three runs running).\n\n"
    "failed counts what `policywatch runs` counts: failed requests and fetched pages that gave "
    "no article (no-article-text...), with their reasons under failures."
)


@app.command(help=_DISCOVER_HELP)
def discover(
    ctx: typer.Context,
    urls: Annotated[
        list[str], typer.Argument(help="feed, sitemap or page URLs", show_default=False)
    ],
    pattern: Annotated[
        list[str] | None,
        typer.Option(
            "--pattern",
            "-p",
            help="regex an HTML page's links must match (repeatable; default: links that look "
            "like articles on the same host)",
        ),
    ] = None,
    max_documents: Annotated[
        int,
        typer.Option(
            help="most feeds/sitemaps read per URL (sitemap indexes)", min=1, max=MAX_NUMBER
        ),
    ] = 50,
) -> None:
    """List the article links of feeds, sitemaps or pages (see ``_DISCOVER_HELP``)."""
    from spiders.discover import discover as run_discover
    from spiders.discover import entry_json
    from spiders.fetch import fetch

    settings = settings_of(ctx)
    get = functools.partial(fetch, settings=settings)
    failed = 0
    for url in urls:
        try:
            result = run_discover(url, get, patterns=pattern or (), max_documents=max_documents)
        except ValueError as exc:  # a bad --pattern
            raise fail(f"--pattern: {exc}") from None
        for entry in result.entries:
            sys.stdout.write(json.dumps(entry_json(entry), ensure_ascii=False) + "\n")
        sys.stdout.flush()
        kinds = ", ".join(sorted({kind for _, kind in result.documents})) or "nothing readable"
        for error in result.errors:
            console.print(f"[yellow]warning:[/] {plain(error)}", highlight=False)
        if result.undated:
            shown = plain("; ".join(repr(d) for d in result.undated[:5]))
            console.print(
                f"[yellow]warning:[/] {len(result.undated)} date(s) could not be parsed and are "
                f"given raw as published_raw: {shown}",
                highlight=False,
            )
        if not result.parseable:
            failed += 1
            console.print(
                f"[bold red]error:[/] {plain(url)}: nothing parseable (not a feed, sitemap or page "
                "that could be fetched and read)",
                highlight=False,
            )
            continue
        message = plain(f"{url}: {len(result.entries)} article link(s) from {kinds}")
        if not result.entries:
            message += " (an empty feed, or a page with no article links: try --pattern)"
        console.print(message, highlight=False)
    if failed:
        raise typer.Exit(1)


@app.command(help=_SOURCES_HELP)
def sources(
    ctx: typer.Context,
    runs: Annotated[
        int, typer.Option(help="how many recent runs to show per outlet", min=1, max=MAX_NUMBER)
    ] = 1,
    history: Annotated[
        int, typer.Option(help="runs that make an outlet's normal volume", min=2, max=MAX_NUMBER)
    ] = 7,
    outlet: Annotated[str | None, typer.Option(help="only this outlet id")] = None,
    flagged: Annotated[bool, typer.Option("--flagged", help="only outlets with a flag")] = False,
    fmt: Annotated[Format, typer.Option("--format", help="table, json or csv")] = Format.table,
) -> None:
    """Show source health per outlet and run (see ``_SOURCES_HELP``)."""
    from policywatch.cli.app import note_source
    from policywatch.reading import open_latest
    from spiders.health import source_health
    from warehouse.db import WarehouseError

    settings = settings_of(ctx)
    try:
        with open_latest(settings.duckdb_path) as (con, note):
            rows = source_health(con, runs=runs, history=history)
    except WarehouseError as exc:
        raise fail(str(exc)) from None
    note_source(note)
    crawled = bool(rows)
    if outlet:
        known = {str(r["outlet_id"]): str(r["outlet_id"]) for r in rows}
        if crawled and outlet not in known:
            from policywatch.filters import closest

            near = closest(outlet, known)
            hint = f"; did you mean {' or '.join(repr(n) for n in near)}?" if near else ""
            raise fail(f"--outlet {outlet!r}: no crawl recorded for this outlet id{hint}")
        rows = [r for r in rows if r["outlet_id"] == outlet]
    if flagged:
        rows = [r for r in rows if r["flags"]]
    if not rows and fmt is Format.table:
        if not crawled:
            console.print("no crawl recorded yet (run `policywatch run` first)")
        elif flagged:
            console.print("no outlet is flagged: every outlet's last run looks normal")
        return
    emit(
        rows,
        fmt,
        columns=[
            "outlet_id",
            "run_id",
            "started_at",
            "found",
            "skipped",
            "fetched",
            "extracted",
            "failed",
            "failures",
            "normal_found",
            "flags",
        ],
        title="Source health",
    )
