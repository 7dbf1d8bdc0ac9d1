"""Grouping commands: ``cluster``, ``explain``, ``import``, ``developments ...``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from policywatch.cli.app import app, console, fail, plain, settings_of
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
    from nlp.archive import ArchiveError, read_records
    from policywatch.archive import group_records

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


#: What a feature's evidence means, in words: (when it speaks for joining, when against).
FEATURE_WORDS: dict[str, tuple[str, str]] = {
    "emb_max": ("its title and lead read like one report", "its title and lead read differently"),
    "emb_mean": ("it reads like the reports on average", "it reads unlike the reports"),
    "emb_centroid": ("it is close to the development as a whole", "it is far from its gist"),
    "tfidf": ("its text shares the development's vocabulary", "its text uses other words"),
    "tfidf_max": ("its text is close to one report's", "no report's text is close"),
    "tfidf_mean": ("its text is close to the reports'", "its text is far from the reports'"),
    "names": ("the development states its names and numbers", "its names and numbers are new"),
    "names_back": ("it states the development's core names", "it lacks the development's names"),
    "names_mean": ("it shares names with the reports", "it shares few names with the reports"),
    "near_copy": ("it nearly copies a report (syndication)", "it is no copy of a report"),
    "entities": ("it names the same watchlist entities", "it names other watchlist entities"),
    "signals": ("it carries the same policy signal", "its policy signals differ"),
    "log_size": ("the development is large", "the development is small"),
    "emb_x_tfidf": ("meaning and wording agree", "meaning and wording disagree"),
    "head_cov": ("a report states what its lead states", "its lead states what no report does"),
    "head_back": ("it states what a report's lead states", "it lacks what the leads state"),
    "head_conflict": ("the leads do not conflict", "each lead states what the other lacks"),
    "num_conflict": ("the figures do not conflict", "the leads state different figures"),
    "year_conflict": ("the years do not conflict", "the leads state different years"),
    "head_core": ("it states who and where the reports lead with", "it lacks who and where"),
    "days": ("it is close in time", "it is far apart in time"),
}


def explain_summary(found: dict[str, Any], threshold: float) -> list[str]:
    """A few sentences saying, without feature names, why the article is where it is."""
    lines: list[str] = []
    dev, current = found["development_id"], found["current_development_id"]
    decided_head = found.get("development_headline")
    if found["decision"] == "new":
        lines.append(f"When it was grouped, it opened a new development ({dev}).")
    elif found["decision"] == "pinned":
        lines.append(f"An analyst correction placed it in {dev}.")
    else:
        about = f" ({decided_head})" if decided_head else ""
        lines.append(f"When it was grouped, it joined development {dev}{about}.")
    if dev != current and found.get("development_merged_into") == current:
        lines.append(f"That development was later merged into {current} by an analyst.")
    elif dev != current and current is not None:
        lines.append(f"An analyst has since moved it to {current} ({found['current_headline']}).")
    elif decided_head is None and current is None:
        lines.append("It is in no development now.")
    best = found["candidates"][0] if found["candidates"] else None
    if best is None:
        lines.append("No open development was close enough to be a candidate.")
        return lines
    prob = best["probability"]
    verdict = "above" if prob >= threshold else "below"
    lines.append(
        f"The closest development, {best['development_id']}, got a join probability of "
        f"{prob:.2f}, {verdict} the {threshold:.2f} needed."
    )
    shares = sorted(best["contributions"].items(), key=lambda kv: kv[1])
    pro = [FEATURE_WORDS[n][0] for n, v in reversed(shares) if v > 0.25 and n in FEATURE_WORDS]
    con = [FEATURE_WORDS[n][1] for n, v in shares if v < -0.25 and n in FEATURE_WORDS]
    if pro:
        lines.append("For joining: " + "; ".join(pro[:3]) + ".")
    if con:
        lines.append("Against: " + "; ".join(con[:3]) + ".")
    return lines


@app.command()
def explain(
    ctx: typer.Context,
    article_id: Annotated[str, typer.Argument(help="article id (or its first 4+ characters)")],
    fmt: Annotated[Format, typer.Option("--format", help="table, json or csv")] = Format.table,
) -> None:
    """Say why an article joined its development or opened a new one.

    Starts with a plain-language summary, then the candidate developments with the model's join
    probability, each feature's value and its contribution to the log-odds, and any analyst
    correction. `policywatch show DEVELOPMENT` lists article ids.
    Example: policywatch explain e7b836b2
    """
    from policywatch.cli.app import note_source
    from policywatch.reading import open_latest, other_kind_of_id
    from warehouse.db import WarehouseError
    from warehouse.grouping import GroupingError
    from warehouse.grouping import explain as explain_article

    settings = settings_of(ctx)
    try:
        with open_latest(settings.duckdb_path) as (con, note):
            try:
                found = explain_article(con, article_id)
            except GroupingError as exc:
                raise GroupingError(f"{exc}{other_kind_of_id(con, article_id)}") from None
    except (GroupingError, WarehouseError) as exc:
        raise fail(str(exc)) from None
    note_source(note)
    if found is None:
        raise fail(f"no grouping decision for article {article_id!r} (see `policywatch show`)")
    found["threshold"] = settings.join_threshold
    found["summary"] = " ".join(explain_summary(found, settings.join_threshold))
    if fmt is not Format.table:
        emit([found], fmt)
        return
    out = console
    out.print(
        f"[bold]{plain(found['title'] or '')}[/] ({plain(found['article_id'])})", highlight=False
    )
    for line in explain_summary(found, settings.join_threshold):
        out.print(plain(line), highlight=False)
    if found["correction"]:
        c = found["correction"]
        out.print(
            f"Analyst {plain(c['kind'])} on {c['created_at']:%Y-%m-%d}: pinned to "
            f"{plain(c['development_id'])}" + (f" ({plain(c['note'])})" if c.get("note") else ""),
            highlight=False,
        )
    out.print(
        f"[dim]Join needs probability >= {found['threshold']:.2f} (model "
        f"{found['model_version']}); best candidate probability {found['probability']:.3f}.[/]",
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
        emit(rows, Format.table, title="candidates considered (raw model features)")


def _publish_after_curation(settings: Any) -> None:
    """Publish the read snapshot so that readers see a correction at once."""
    from warehouse.db import WarehouseError
    from warehouse.snapshot import publish, quietly

    try:
        with quietly():
            publish(settings.duckdb_path, wait_seconds=10)
    except WarehouseError as exc:
        console.print(
            f"[yellow]warning:[/] the correction is stored but readers see it only after the "
            f"next `policywatch snapshot` or run: {exc}",
            highlight=False,
        )


@developments_app.command("merge")
def merge_cmd(
    ctx: typer.Context,
    keep: Annotated[str, typer.Argument(help="development kept (its id or first 4+ characters)")],
    other: Annotated[str, typer.Argument(help="development merged into it (id or prefix)")],
    note: Annotated[str | None, typer.Option(help="why (stored with the correction)")] = None,
) -> None:
    """Merge development OTHER into KEEP: their reports stay together in every later run.

    Ids may be shortened to their first 8 characters, as `show` prints them. Readers see the
    result at once (the read snapshot is published).

    Example: policywatch developments merge d78ef23f 9b8d65f7
    """
    from warehouse.db import WarehouseError, connect
    from warehouse.grouping import GroupingError, merge

    settings = settings_of(ctx)
    try:
        with connect(settings.duckdb_path, wait_seconds=10) as con:
            keep, other = development_id(con, keep), development_id(con, other)
            merge(con, keep, other, note)
    except (GroupingError, WarehouseError) as exc:
        raise fail(str(exc)) from None
    _publish_after_curation(settings)
    console.print(f"merged {plain(other)} into {plain(keep)}", highlight=False)


def development_id(con: Any, given: str) -> str:
    """The development ``given`` names (id or prefix); a story's id is refused saying so."""
    from policywatch.reading import story_instead
    from warehouse.grouping import GroupingError, resolve_development_id

    try:
        return resolve_development_id(con, given)
    except GroupingError as exc:
        raise GroupingError(f"{exc}{story_instead(con, given)}") from None


@developments_app.command("split")
def split_cmd(
    ctx: typer.Context,
    development: Annotated[str, typer.Argument(help="development to split (id or prefix)")],
    articles: Annotated[
        list[str], typer.Argument(help="ids (or prefixes) of its reports to move to a new one")
    ],
    note: Annotated[str | None, typer.Option(help="why (stored with the correction)")] = None,
) -> None:
    """Move ARTICLES out of DEVELOPMENT into a new development, kept apart in every later run.

    `policywatch show DEVELOPMENT` lists its reports with their article ids; ids may be
    shortened to their first characters. Prints the new development's id.

    Example: policywatch developments split ade63e8b e7b836b2
    """
    from warehouse.db import WarehouseError, connect
    from warehouse.grouping import GroupingError, split

    settings = settings_of(ctx)
    try:
        with connect(settings.duckdb_path, wait_seconds=10) as con:
            development = development_id(con, development)
            new_id = split(con, development, articles, note)
    except (GroupingError, WarehouseError) as exc:
        raise fail(str(exc)) from None
    _publish_after_curation(settings)
    console.print(
        f"moved {len(set(articles))} report(s) of {plain(development)} "
        f"to new development {plain(new_id)}",
        highlight=False,
    )
    sys.stdout.write(new_id + "\n")


@developments_app.command("rename")
def rename_cmd(
    ctx: typer.Context,
    development: Annotated[str, typer.Argument(help="development (id or prefix)")],
    headline: Annotated[
        str | None, typer.Argument(help="its new headline", show_default=False)
    ] = None,
    auto: Annotated[
        bool, typer.Option("--auto", help="drop the headline set by hand: back to automatic")
    ] = False,
    note: Annotated[str | None, typer.Option(help="why (stored with the correction)")] = None,
) -> None:
    """Set a development's headline by hand; it is kept through later runs and regrouping.

    The automatic headline is the title of the development's first report.

    Examples:
      policywatch developments rename d78ef23f "China subsidises domestic AI accelerators"
      policywatch developments rename d78ef23f --auto
    """
    from warehouse.db import WarehouseError, connect
    from warehouse.grouping import GroupingError, rename

    if (headline is None) == (not auto):
        raise fail("give either a new HEADLINE or --auto (not both)", code=2)
    settings = settings_of(ctx)
    try:
        with connect(settings.duckdb_path, wait_seconds=10) as con:
            development = development_id(con, development)
            rename(con, development, None if auto else headline, note)
            row = con.execute(
                "SELECT headline FROM developments WHERE development_id = $d",
                {"d": development},
            ).fetchone()
    except (GroupingError, WarehouseError) as exc:
        raise fail(str(exc)) from None
    _publish_after_curation(settings)
    console.print(f"{plain(development)}: {plain(row[0] if row else '')}", highlight=False)


@developments_app.command("regroup")
def regroup_cmd(ctx: typer.Context) -> None:
    """Regroup every stored article from scratch (after a model or setting change).

    Analyst merges, splits and headlines are kept.
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
    _publish_after_curation(settings)
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
    from nlp.archive import ArchiveError, read_records
    from policywatch.archive import import_records

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
