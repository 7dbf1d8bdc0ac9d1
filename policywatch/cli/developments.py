"""Grouping commands: ``cluster``, ``explain``, ``import``, ``developments merge|split|regroup``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from policywatch.cli.app import app, console, fail, settings_of
from policywatch.cli.output import Format, emit

developments_app = typer.Typer(
    help="Correct the grouping of reports into developments (kept through later runs).",
    no_args_is_help=True,
)
app.add_typer(developments_app, name="developments")


@app.command()
def cluster(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(help="JSON lines file of articles, or - for stdin")] = "-",
    tag: Annotated[bool, typer.Option(help="tag entities and signals as the pipeline does")] = True,
) -> None:
    """Group articles into developments in memory, exactly as the pipeline would; store nothing.

    Input: one JSON object a line with id, title and optionally text (empty or absent for a
    headline-only item) and published (ISO 8601); without published, input order stands for
    time. Output: JSON lines {"id", "development", "story"}: a story groups the developments of
    one longer-running thread.

    Example: policywatch cluster archive.jsonl > groups.jsonl
    """
    from nlp.archive import ArchiveError, group_records, read_records

    settings = settings_of(ctx)
    try:
        records = read_records(file)
    except ArchiveError as exc:
        raise fail(str(exc)) from None
    for g in group_records(records, settings, tag=tag):
        sys.stdout.write(
            json.dumps({"id": g.id, "development": g.development, "story": g.story}) + "\n"
        )


def _fmt_features(features: dict[str, float], contributions: dict[str, float]) -> str:
    parts = []
    for name, value in features.items():
        share = contributions.get(name)
        parts.append(f"{name}={value:.2f}" + (f" ({share:+.2f})" if share is not None else ""))
    return ", ".join(parts)


@app.command()
def explain(
    ctx: typer.Context,
    article_id: Annotated[str, typer.Argument(help="article id (or its first characters)")],
    fmt: Annotated[Format, typer.Option("--format", help="table, json or csv")] = Format.table,
) -> None:
    """Say why an article joined its development or opened a new one.

    Shows the decision, the candidate developments with the model's join probability, each
    feature's value and its contribution to the log-odds, and any analyst correction.
    Example: policywatch explain 3f2a9c
    """
    from warehouse.db import WarehouseError, connect
    from warehouse.grouping import explain as explain_article

    settings = settings_of(ctx)
    try:
        with connect(settings.duckdb_path, read_only=True) as con:
            found = explain_article(con, article_id)
    except WarehouseError as exc:
        raise fail(str(exc)) from None
    if found is None:
        raise fail(f"no grouping decision for article {article_id!r} (see `policywatch show`)")
    found["threshold"] = settings.join_threshold
    if fmt is not Format.table:
        emit([found], fmt)
        return
    out = console
    out.print(f"[bold]{found['title']}[/] ({found['article_id']})", highlight=False)
    verdict = {
        "join": "joined",
        "new": "opened a new development",
        "pinned": "was placed by an analyst correction in",
    }.get(found["decision"], found["decision"])
    out.print(
        f"It {verdict} {found['development_id']} — {found['development_headline'] or ''}",
        highlight=False,
    )
    if found["current_development_id"] != found["development_id"]:
        out.print(f"Now in {found['current_development_id']} (analyst correction)")
    if found["correction"]:
        c = found["correction"]
        out.print(
            f"Analyst {c['kind']} on {c['created_at']:%Y-%m-%d}: pinned to {c['development_id']}"
        )
    out.print(
        f"Join needs probability >= {found['threshold']:.2f} (model {found['model_version']}); "
        f"best candidate probability {found['probability']:.3f}.",
        highlight=False,
    )
    rows = [
        {
            "rank": c["rank"],
            "development": c["development_id"],
            "headline": c["headline"],
            "probability": c["probability"],
            "evidence (value, log-odds share)": _fmt_features(c["features"], c["contributions"]),
        }
        for c in found["candidates"]
    ]
    if rows:
        emit(rows, Format.table, title="candidates considered")
    else:
        out.print("No open development was close enough to be a candidate.")


@developments_app.command("merge")
def merge_cmd(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(help="development kept")],
    other: Annotated[str, typer.Argument(help="development merged into it")],
    note: Annotated[str | None, typer.Option(help="why (stored with the correction)")] = None,
) -> None:
    """Merge development OTHER into KEEP: their reports stay together in every later run.

    Example: policywatch developments merge 1a2b3c4d5e6f7a8b 9f8e7d6c5b4a3f2e
    """
    from warehouse.db import WarehouseError, connect
    from warehouse.grouping import GroupingError, merge

    settings = settings_of(ctx)
    try:
        with connect(settings.duckdb_path, wait_seconds=10) as con:
            merge(con, keep, other, note)
    except (GroupingError, WarehouseError) as exc:
        raise fail(str(exc)) from None
    console.print(f"merged {other} into {keep}", highlight=False)


@developments_app.command("split")
def split_cmd(
    ctx: typer.Context,
    development: Annotated[str, typer.Argument(help="development to split")],
    articles: Annotated[list[str], typer.Argument(help="article ids to move to a new one")],
    note: Annotated[str | None, typer.Option(help="why (stored with the correction)")] = None,
) -> None:
    """Move ARTICLES out of DEVELOPMENT into a new development, kept apart in every later run.

    Example: policywatch developments split 1a2b3c4d5e6f7a8b 0c1d2e3f4a5b6c7d
    """
    from warehouse.db import WarehouseError, connect
    from warehouse.grouping import GroupingError, split

    settings = settings_of(ctx)
    try:
        with connect(settings.duckdb_path, wait_seconds=10) as con:
            new_id = split(con, development, articles, note)
    except (GroupingError, WarehouseError) as exc:
        raise fail(str(exc)) from None
    console.print(f"moved {len(articles)} report(s) to new development {new_id}", highlight=False)
    sys.stdout.write(new_id + "\n")


@developments_app.command("regroup")
def regroup_cmd(ctx: typer.Context) -> None:
    """Regroup every stored article from scratch (after a model or setting change).

    Analyst merges and splits are kept.
    """
    from nlp.archive import params_of
    from warehouse.db import WarehouseError, connect
    from warehouse.grouping import regroup

    settings = settings_of(ctx)
    try:
        with connect(settings.duckdb_path, wait_seconds=10) as con:
            n = regroup(con, params_of(settings))
    except WarehouseError as exc:
        raise fail(str(exc)) from None
    console.print(f"{n} developments after regrouping", highlight=False)


@app.command("import")
def import_cmd(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="JSON lines or Parquet file of articles")],
    outlet: Annotated[str, typer.Option(help="outlet id for records that name none")] = "archive",
) -> None:
    """Ingest an archive of articles into the warehouse as if they had been crawled.

    Each record (id, title, text or html, optional published, url, outlet) becomes a stored page
    and goes through the pipeline's own tagging, embedding and grouping; a record's text is kept
    as given (empty for a headline-only item), only html is extracted. Importing the
    same file again adds nothing.
    Example: policywatch import archive.parquet
    """
    from nlp.archive import ArchiveError, import_records, read_records

    settings = settings_of(ctx)
    try:
        records = read_records(file)
    except ArchiveError as exc:
        raise fail(str(exc)) from None
    summary: dict[str, Any] = import_records(settings, records, default_outlet=outlet)
    console.print(
        f"imported {summary['pages']} record(s): {summary['counts'].get('new_articles', 0)} new "
        f"articles, {summary['counts'].get('duplicates', 0)} duplicates",
        highlight=False,
    )
