"""``policywatch show DEV_ID``: one development, report by report."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import duckdb
import typer
from rich.panel import Panel
from rich.table import Table

from policywatch.cli.app import app, fail, out, plain, settings_of
from policywatch.cli.output import Format, _cell, _plain, display_zone, emit, show_time
from policywatch.when import zone_suffix
from warehouse.db import WarehouseError, run_query
from warehouse.snapshot import open_for_reading

REPORT_COLUMNS = [
    "n",
    "first",
    "published",
    "outlet",
    "title",
    "adds",
    "entities",
    "signals",
    "url",
    "article_id",
    "access",
    "updates",
    "last_changes",
    "main_entities",
    "background_signals",
    "sourcing",
    "stage",
]

#: What an analyst is told about a report the page did not give in full.
ACCESS_MARKS = {"paywalled": "paywalled: headline and lead only", "truncated": "truncated"}


class NotFoundError(LookupError):
    """No development (or more than one) matches the id given."""


def _rows(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def resolve_id(con: duckdb.DuckDBPyConnection, dev_id: str) -> str:
    """The full id of the development ``dev_id`` names (an id or an unambiguous prefix).

    The same reading as the curation commands (``developments merge|split|rename``).
    """
    from warehouse.grouping import GroupingError, resolve_development_id

    if not dev_id.strip():
        raise NotFoundError("give a development id (see `policywatch timeline` for ids)")
    try:
        return resolve_development_id(con, dev_id)
    except GroupingError as exc:
        raise NotFoundError(str(exc)) from None


NOVELTY_COLUMNS = {"added_sentences", "article_id", "copy_of", "credits", "n_added"}


def stored_additions(con: duckdb.DuckDBPyConnection, dev_id: str) -> dict[str, str]:
    """What each report adds, from the grouping stage's ``report_novelty`` view when it exists.

    Returns an empty mapping when the warehouse has no such view (or no rows for this
    development yet): callers then fall back to :func:`derived_additions`.
    """
    columns = {r[0] for r in run_query(con, "analyst_addition_tables").fetchall()}
    if columns != NOVELTY_COLUMNS:
        return {}
    adds: dict[str, str] = {}
    for row in _rows(run_query(con, "analyst_report_novelty", {"id": dev_id})):
        parts: list[str] = []
        if row["copy_of"]:
            parts.append(f"copy of {row['copy_title'] or row['copy_of']!r}")
        if row["credits"]:
            parts.append("credits " + ", ".join(row["credits"]))
        sentences = list(row["added_sentences"] or [])
        if sentences:
            shown = " ".join(sentences[:3])
            more = len(sentences) - 3
            parts.append(f"adds: {shown}" + (f" (+{more} more sentences)" if more > 0 else ""))
        elif not row["copy_of"]:
            parts.append("no new sentence")
        adds[row["article_id"]] = "; ".join(parts)
    return adds


def derived_additions(reports: list[dict[str, Any]]) -> dict[str, str]:
    """What each report adds that earlier ones did not have: entities, signals, a new outlet."""
    seen_entities: set[str] = set()
    seen_signals: set[str] = set()
    seen_outlets: set[str] = set()
    adds: dict[str, str] = {}
    for report in reports:
        parts: list[str] = []
        if seen_outlets or seen_entities or seen_signals:  # not the first report
            new_entities = [e for e in report["entities"] if e not in seen_entities]
            new_signals = [s for s in report["signals"] if s not in seen_signals]
            if report["outlet_id"] not in seen_outlets:
                parts.append("new outlet")
            if new_entities:
                parts.append("entities: " + ", ".join(new_entities))
            if new_signals:
                parts.append("signals: " + ", ".join(new_signals))
            adds[report["article_id"]] = "; ".join(parts) if parts else "nothing new"
        else:
            adds[report["article_id"]] = "first report"
        seen_entities.update(report["entities"])
        seen_signals.update(report["signals"])
        seen_outlets.add(report["outlet_id"])
    return adds


def fetch_development(con: duckdb.DuckDBPyConnection, dev_id: str) -> dict[str, Any]:
    """The development ``dev_id`` with its reports in order and what each adds."""
    full_id = resolve_id(con, dev_id)
    head = _rows(run_query(con, "analyst_development", {"id": full_id}))[0]
    reports = _rows(run_query(con, "analyst_development_reports", {"id": full_id}))
    derived = derived_additions(reports)
    stored = stored_additions(con, full_id)
    entities: dict[str, int] = {}
    signals: set[str] = set()
    mains: dict[str, int] = {}
    background: set[str] = set()
    for n, report in enumerate(reports, start=1):
        report["n"] = n
        report["first"] = "*" if report["is_first"] else ""
        if report["is_first"]:
            report["adds"], report["adds_source"] = "first report", "derived"
        elif report["article_id"] in stored:
            report["adds"], report["adds_source"] = stored[report["article_id"]], "stored"
        else:
            report["adds"], report["adds_source"] = derived[report["article_id"]], "derived"
        for rank, entity in enumerate(report["entities"]):  # most salient first
            entities[entity] = entities.get(entity, 0) + len(report["entities"]) - rank
        for entity in report["main_entities"]:
            mains[entity] = mains.get(entity, 0) + 1
        signals.update(report["signals"])
        background.update(report["background_signals"])
    head["entities"] = sorted(entities, key=lambda e: (-mains.get(e, 0), -entities[e], e))
    head["main_entities"] = [e for e in head["entities"] if e in mains]
    head["signals"] = sorted(signals)
    head["background_signals"] = sorted(background - signals)
    head["sourcing"], head["stage"] = strongest(reports)
    head["story"] = (
        _rows(run_query(con, "analyst_story", {"story": head["story_id"], "id": full_id}))
        if head.get("story_id")
        else []
    )
    head["reports"] = reports
    return head


def wrap_names(label: str, names: list[str], width: int) -> list[str]:
    """``label: a, b, c`` in lines of at most ``width`` characters, broken between names only.

    A name longer than a line gets a line of its own (the terminal folds it).
    """
    if not names:
        return [f"{label}: -"]
    lines: list[str] = []
    current = f"{label}: "
    indent = " " * (len(label) + 2)
    for i, name in enumerate(names):
        piece = name + ("," if i < len(names) - 1 else "")
        if (
            current.strip()
            and current not in {f"{label}: ", indent}
            and (len(current) + len(piece) > width)
        ):
            lines.append(current.rstrip())
            current = indent
        current += piece + " "
    lines.append(current.rstrip())
    return lines


#: Columns of the reports table; ``article`` is the id's first 8 characters (enough for
#: ``explain`` and ``developments split``, which take prefixes).
TABLE_COLUMNS = ("n", "first", "published", "outlet", "title", "adds", "article", "url")


def strongest(reports: list[dict[str, Any]]) -> tuple[str, str]:
    """A development's sourcing (its strongest report's) and stage (its latest report's)."""
    from policywatch.models import SOURCING_VALUES

    sourcing = min(
        (r.get("sourcing") or "none" for r in reports),
        key=lambda v: SOURCING_VALUES.index(v) if v in SOURCING_VALUES else len(SOURCING_VALUES),
        default="none",
    )
    staged = [r for r in reports if (r.get("stage") or "none") != "none"]
    latest = max(staged, key=lambda r: r["published"] or r["first_seen"], default=None)
    return sourcing, latest["stage"] if latest else "none"


def _print_table(dev: dict[str, Any]) -> None:
    # The panel's inner width: the console less the border and padding.
    width = max(30, min(out.width, 160) - 4)
    others = [e for e in dev["entities"] if e not in dev["main_entities"]]
    lines = [
        f"[bold]{_esc(dev['headline'])}[/]",
        f"id {_esc(dev['development_id'])}   first seen {show_time(dev['first_seen'])}   "
        f"last seen {show_time(dev['last_seen'])}   "
        f"{'policy' if dev['is_policy'] else 'not policy'}",
        f"{dev['n_reports']} reports from {dev['n_outlets']} outlets: "
        f"{_esc(_cell(dev['outlets']))}",
        *(_esc(line) for line in wrap_names("about", list(dev["main_entities"]), width)),
        *(_esc(line) for line in wrap_names("also named", others, width)),
        *(_esc(line) for line in wrap_names("signals", list(dev["signals"]), width)),
        *(_esc(line) for line in wrap_names("background", list(dev["background_signals"]), width)),
        f"sourcing: {_esc(dev['sourcing'])}   stage: {_esc(dev['stage'])}",
        f"story {_esc(dev.get('story_id') or '-')}: "
        + (
            "; ".join(f"{s['development_id'][:8]} {_esc(s['headline'])}" for s in dev["story"][:5])
            + (f" (+{len(dev['story']) - 5} more)" if len(dev["story"]) > 5 else "")
            if dev.get("story")
            else "no other development"
        ),
    ]
    out.print(Panel("\n".join(lines), title="Development", expand=False), highlight=False)
    table = Table(header_style="bold", title="Reports in order (* = first report)")
    for col in TABLE_COLUMNS:
        header = f"published ({zone_suffix(display_zone())})" if col == "published" else col
        table.add_column(header, overflow="fold", no_wrap=col == "article")
    for r in dev["reports"]:
        cells = {**r, "article": str(r["article_id"])[:8]}
        row = [_esc(_cell(cells[c])) for c in TABLE_COLUMNS]
        title = TABLE_COLUMNS.index("title")
        mark = ACCESS_MARKS.get(r.get("access") or "")
        # Each mark on a line of its own: a mark folded across lines would be hard to read.
        if mark:
            row[title] += f"\n[bold]\\[{mark}][/]"
        if r.get("updates"):
            row[title] += f"\n[bold]\\[{_esc(updated_mark(r))}][/]"
        table.add_row(*row)
    out.print(table)
    if any(r.get("updates") for r in dev["reports"]):
        out.print(_esc("[updated]: the page changed after it was first stored (re-checks)."))
    if any(r.get("access") in ACCESS_MARKS for r in dev["reports"]):
        out.print(_esc("[paywalled] / [truncated]: the page did not give the whole article."))


def updated_mark(report: dict[str, Any]) -> str:
    """A report's update mark: 'updated 2x: headline rewritten; correction - "..."'."""
    times = report.get("updates") or 0
    text = f"updated {times}x" if times > 1 else "updated"
    if report.get("last_changes"):
        text += f": {report['last_changes']}"
    corrections = list(report.get("corrections") or [])
    if corrections:
        text += f' - "{corrections[-1]}"'
    return text


def _esc(text: str) -> str:
    return plain(text)


@app.command()
def show(
    ctx: typer.Context,
    dev_id: Annotated[str, typer.Argument(help="a development id (or its first characters)")],
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
) -> None:
    """Show one development: every report in order (first marked), outlets, entities, signals.

    Each later report says what it adds: the sentences no earlier report contains, and whether it
    copies or credits another outlet (the grouping stage's report_novelty view), or, where that
    record is missing, the entities, signals and outlets it is the first to bring.
    With --format json, one JSON document; with csv, one row per report.

    The table's article column gives each report's id (first 8 characters), for `explain` and
    `developments split`.

    Example: policywatch show b662191f --format json
    """
    settings = settings_of(ctx)
    try:
        with open_for_reading(settings.duckdb_path) as con:
            dev = fetch_development(con, dev_id)
    except (WarehouseError, NotFoundError) as exc:
        raise fail(str(exc)) from None
    if fmt is Format.json:
        sys.stdout.write(json.dumps(_plain(dev), ensure_ascii=False) + "\n")
    elif fmt is Format.csv:
        rows = [{**r, "development_id": dev["development_id"]} for r in dev["reports"]]
        emit(rows, fmt, columns=["development_id", *REPORT_COLUMNS])
    else:
        _print_table(dev)
