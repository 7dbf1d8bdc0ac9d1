"""``policywatch tag``, ``policywatch entities`` and ``policywatch entities suggest``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from policywatch.cli.app import MAX_NUMBER, app, choice, console, fail, plain, settings_of
from policywatch.cli.output import Format, emit
from policywatch_core.config import ConfigError, load_watchlist
from policywatch_core.files import LineTooLong, bounded_lines
from policywatch_core.models import EntitySalience, Finding, Mention, Signal, WatchEntity
from policywatch_core.settings import Settings
from warehouse.db import WarehouseError, run_query

BATCH = 64

entities_app = typer.Typer(
    help=(
        "The watchlist (config/watchlist.toml) with how often each entity is named in the "
        "warehouse. `entities suggest` lists frequent names that link to no entity yet."
    ),
    no_args_is_help=False,
)
app.add_typer(entities_app, name="entities")


def _watchlist(settings: Settings) -> tuple[WatchEntity, ...]:
    try:
        loaded = load_watchlist(settings.config_dir)
    except ConfigError as exc:
        raise fail(str(exc)) from None
    for problem in loaded.problems:
        console.print(
            f"[yellow]warning:[/] {plain(problem.file)} {plain(problem.key)}: "
            f"{plain(problem.reason)} (skipped)",
            highlight=False,
        )
    return loaded.items


def _signals_path(settings: Settings) -> Path | None:
    path = settings.config_dir / "signals.toml"
    return path if path.is_file() else None


def mention_json(m: Mention) -> dict[str, Any]:
    """A mention as ``policywatch tag`` prints it."""
    return {
        "text": m.text,
        "label": m.label,
        "start": m.start,
        "end": m.end,
        "entity_id": m.entity_id,
        "canonical": m.canonical,
    }


def signal_json(s: Signal) -> dict[str, Any]:
    """A signal as ``policywatch tag`` prints it."""
    return {
        "kind": s.kind,
        "sentence": s.sentence,
        "start": s.start,
        "end": s.end,
        "trigger": s.trigger,
        "reported": s.reported,
    }


def about_json(about: Sequence[EntitySalience]) -> list[dict[str, Any]]:
    """What a text is about as ``policywatch tag`` prints it: one entry per linked entity."""
    return [{"entity_id": a.entity_id, "salience": a.salience, "main": a.main} for a in about]


def finding_json(finding: Finding) -> dict[str, Any]:
    """A sourcing or stage judgement as ``policywatch tag`` prints it."""
    return {"value": finding.value, "sentence": finding.sentence or None}


def _records(stream: TextIO) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, record) for each non-blank line; a string is the reason a line is bad."""
    lines = bounded_lines(stream)
    number = 0
    while True:
        try:
            line = next(lines)
        except StopIteration:
            return
        except (LineTooLong, UnicodeDecodeError) as exc:
            yield number + 1, f"{exc}; stopped reading"
            return
        number += 1
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, f"not JSON ({exc.msg})"
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield number, 'needs a JSON object with a "text" string'
            continue
        if "title" in record and not isinstance(record["title"], str):
            yield number, '"title" must be a string'
            continue
        yield number, record


@app.command("tag")
def tag_command(
    ctx: typer.Context,
    file: Annotated[
        str,
        typer.Argument(
            help='JSON lines with "text" (and optional "id", "title"); "-" reads standard input'
        ),
    ] = "-",
    no_model: Annotated[
        bool,
        typer.Option(
            "--no-model", help="watchlist rules only, without the statistical spaCy model"
        ),
    ] = False,
) -> None:
    """Tag texts with watchlist entities and policy signals; print them back as JSON lines.

    Each output line is the input object plus "entities" (text, label, start, end, entity_id or
    null, canonical), "signals" (kind, sentence, start, end, trigger, reported: false when the
    sentence gives it as background), "about" (entity_id, salience 0-1, main: the text is about
    it), "sourcing" and "stage" (value, sentence). Offsets count characters in the title, two
    newlines, then the text (in the text alone when there is no title).

    Example: echo '{"id": 1, "text": "Alibaba and DeepSeek need approval to travel."}' |
    policywatch tag
    """
    from nlp.entities import load_tagger, tag_texts_about

    settings = settings_of(ctx)
    tagger = load_tagger(
        _watchlist(settings),
        spacy_model=None if no_model else settings.spacy_model,
        signals_path=_signals_path(settings),
        reported_reading=settings.reported_reading,
    )
    if file == "-":
        stream: TextIO = sys.stdin
    else:
        try:
            stream = Path(file).open(encoding="utf-8")  # noqa: SIM115  # closed below
        except OSError as exc:
            raise fail(f"{file}: cannot read ({exc.strerror})") from None
    bad = 0
    try:
        batch: list[dict[str, Any]] = []

        def flush() -> None:
            texts = [f"{r['title']}\n\n{r['text']}" if r.get("title") else r["text"] for r in batch]
            for record, tags in zip(batch, tag_texts_about(texts, tagger), strict=True):
                record["entities"] = [mention_json(m) for m in tags.mentions]
                record["signals"] = [signal_json(s) for s in tags.signals]
                record["about"] = about_json(tags.about)
                record["sourcing"] = finding_json(tags.sourcing)
                record["stage"] = finding_json(tags.stage)
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            batch.clear()

        for number, record in _records(stream):
            if isinstance(record, str):
                console.print(f"[red]line {number}:[/] {plain(record)}", highlight=False)
                bad += 1
                continue
            batch.append(record)
            if len(batch) >= BATCH:
                flush()
        if batch:
            flush()
    finally:
        if stream is not sys.stdin:
            stream.close()
    if bad:
        raise fail(f"{bad} line(s) could not be tagged (see above)")


def rows_of(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _read(settings: Settings, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    from warehouse.snapshot import open_for_reading

    try:
        with open_for_reading(settings.duckdb_path) as con:
            return rows_of(run_query(con, query, params))
    except WarehouseError as exc:
        raise fail(str(exc)) from None


def entity_rows(
    watchlist: tuple[WatchEntity, ...], counts: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The watchlist joined with mention counts (entities never seen count zero)."""
    by_id = {row["entity_id"]: row for row in counts}
    rows = []
    for e in watchlist:
        seen = by_id.get(e.id, {})
        rows.append(
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "parent": e.parent,
                "aliases": list(e.aliases) + list(e.context_aliases),
                "wikidata": e.wikidata,
                "articles": seen.get("n_articles", 0),
                "mentions": seen.get("n_mentions", 0),
                "last_published": seen.get("last_published"),
            }
        )
    rows.sort(key=lambda r: (-r["articles"], -r["mentions"], r["id"]))
    return rows


@entities_app.callback(invoke_without_command=True)
def entities_command(
    ctx: typer.Context,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table, json or csv")] = (
        Format.table
    ),
    entity_type: Annotated[
        str | None,
        typer.Option("--type", help="only this type (company, agency, country...)"),
    ] = None,
) -> None:
    """List the watchlist with the number of articles and mentions naming each entity."""
    if ctx.invoked_subcommand is not None:
        return
    settings = settings_of(ctx)
    watchlist = _watchlist(settings)
    if entity_type:
        from policywatch_core.config import ENTITY_TYPES

        entity_type = choice("--type", entity_type, sorted(ENTITY_TYPES))
        watchlist = tuple(e for e in watchlist if e.type == entity_type)
    rows = entity_rows(watchlist, _read(settings, "entities_counts", {}))
    columns = ["id", "name", "type", "parent", "articles", "mentions", "last_published"]
    if fmt is not Format.table:
        columns += ["aliases", "wikidata"]
    emit(rows, fmt, columns=columns, title="Watchlist")


@entities_app.command("suggest")
def suggest_command(
    ctx: typer.Context,
    min_articles: Annotated[
        int,
        typer.Option(
            "--min-articles", min=1, max=MAX_NUMBER, help="named in at least this many articles"
        ),
    ] = 2,
    limit: Annotated[
        int, typer.Option("--limit", min=1, max=MAX_NUMBER, help="at most this many names")
    ] = 30,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table, json or csv")] = (
        Format.table
    ),
) -> None:
    """List frequent names that link to no watchlist entity: candidates to add to the TOML.

    Add one by appending an [[entities]] block to config/watchlist.toml (id, name, type,
    aliases); the next run links it.
    """
    settings = settings_of(ctx)
    rows = _read(settings, "entities_suggest", {"min_articles": min_articles, "limit": limit})
    if not rows and fmt is Format.table:
        console.print(f"No unlinked name is found in {min_articles} or more articles.")
        return
    emit(
        rows,
        fmt,
        columns=["canonical", "label", "n_articles", "n_mentions", "forms"],
        title="Names not on the watchlist",
    )
