"""``policywatch show DEV_ID``: one development, report by report."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.panel import Panel
from rich.table import Table

from policywatch.cli.app import app, fail, out, plain, settings_of
from policywatch.cli.output import Format, cell, emit, show_time
from policywatch.reading import NotFoundError, display_zone, fetch_development, plain_value
from policywatch_core.when import zone_suffix
from warehouse.db import WarehouseError
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


def _print_table(dev: dict[str, Any]) -> None:
    # The panel's inner width: the console less the border and padding.
    width = max(30, min(out.width, 160) - 4)
    others = [e for e in dev["entities"] if e not in dev["main_entities"]]
    lines = [
        f"[bold]{_esc(dev['headline'])}[/]",
        f"id {_esc(dev['development_id'])}   first seen {show_time(dev['first_seen'])}   "
        f"last seen {show_time(dev['last_seen'])}   "
        f"{'policy' if dev['is_policy'] else 'not policy'}",
        f"{dev['n_reports']} reports from {dev['n_outlets']} outlets "
        f"({dev.get('n_independent', dev['n_outlets'])} independent): "
        f"{_esc(cell(dev['outlets']))}",
        *(_esc(line) for line in wrap_names("about", list(dev["main_entities"]), width)),
        *(_esc(line) for line in wrap_names("also named", others, width)),
        *(_esc(line) for line in wrap_names("signals", list(dev["signals"]), width)),
        *(_esc(line) for line in wrap_names("background", list(dev["background_signals"]), width)),
        *(_esc(line) for line in status_lines(dev)),
        f"story {_esc(dev.get('story_id') or '-')}: "
        + (
            "; ".join(f"{s['development_id'][:8]} {_esc(s['headline'])}" for s in dev["story"][:5])
            + (f" (+{len(dev['story']) - 5} more)" if len(dev["story"]) > 5 else "")
            if dev.get("story")
            else "no other development"
        ),
    ]
    out.print(Panel("\n".join(lines), title="Development", expand=False), highlight=False)
    if dev.get("status_history"):
        _print_status(dev["status_history"])
    table = Table(header_style="bold", title="Reports in order (* = first report)")
    for col in TABLE_COLUMNS:
        header = f"published ({zone_suffix(display_zone())})" if col == "published" else col
        table.add_column(header, overflow="fold", no_wrap=col == "article")
    for r in dev["reports"]:
        cells = {**r, "article": str(r["article_id"])[:8]}
        row = [_esc(cell(cells[c])) for c in TABLE_COLUMNS]
        title = TABLE_COLUMNS.index("title")
        mark = ACCESS_MARKS.get(r.get("access") or "")
        # Each mark on a line of its own: a mark folded across lines would be hard to read.
        if mark:
            row[title] += f"\n[bold]\\[{mark}][/]"
        if r.get("updates"):
            row[title] += f"\n[bold]\\[{_esc(updated_mark(r))}][/]"
        row[title] += "".join(f"\n[dim]{_esc(line)}[/]" for line in report_facts(r))
        table.add_row(*row)
    out.print(table)
    if any(r.get("updates") for r in dev["reports"]):
        out.print(_esc("[updated]: the page changed after it was first stored (re-checks)."))
    if any(r.get("access") in ACCESS_MARKS for r in dev["reports"]):
        out.print(_esc("[paywalled] / [truncated]: the page did not give the whole article."))


def report_facts(report: dict[str, Any]) -> list[str]:
    """What one report is about and reports, as lines under its title in the table.

    The same facts as the development's panel, per report: its main subjects, the entities it
    only names, its reported and background signals, its sourcing and its stage.
    """
    main = list(report.get("main_entities") or [])
    named = [e for e in report.get("entities") or [] if e not in main]
    lines = []
    if main or named:
        about = f"about: {', '.join(main) or '-'}"
        lines.append(about + (f"; also named: {', '.join(named)}" if named else ""))
    signals = list(report.get("signals") or [])
    background = list(report.get("background_signals") or [])
    if signals or background:
        text = f"signals: {', '.join(signals) or '-'}"
        lines.append(text + (f"; background: {', '.join(background)}" if background else ""))
    # "this report": its own stage, never to be read as the development's status.
    lines.append(
        f"this report: sourcing {report.get('sourcing') or 'none'}, "
        f"stage {report.get('stage') or 'none'}"
    )
    return lines


def status_lines(dev: dict[str, Any]) -> list[str]:
    """The development's status first, then what its reports say, each labelled.

    The status is the development's, read from all its reports in order (forward only on the
    ladder; a denial or a return from a pause needs an official source); the stage is what the
    latest report alone says (a late report calling a rule in force "adopted" does not take it
    back), so the two can differ and are told apart.
    """
    history = dev.get("status_history") or []
    status = f"status: {status_line(history[-1])}" if history else "status: - (no policy action)"
    stage = dev.get("stage") or "none"
    lines = [
        status,
        f"sourcing (strongest report): {dev.get('sourcing') or 'none'}   "
        f"latest report's stage: {stage}",
    ]
    if history and stage not in ("none", history[-1]["status"]):
        lines.append(
            f"(the status stays {history[-1]['status']}: one report's wording does not move it; "
            "see the status table)"
        )
    return lines


def status_line(change: dict[str, Any]) -> str:
    """One status change as a line: its status and who confirms it ("not confirmed" otherwise)."""
    if change.get("confirmed"):
        by = change.get("confirmed_outlet") or str(change.get("confirmed_by") or "")[:8]
        when = show_time(change["confirmed_at"]) if change.get("confirmed_at") else ""
        return f"{change['status']}, confirmed by {by} {when}".rstrip()
    return f"{change['status']}, not confirmed by an official source"


def _print_status(history: list[dict[str, Any]]) -> None:
    """The status history: date, status, confirmation, the report and its sentence."""
    table = Table(header_style="bold", title="Status over time (oldest first)")
    table.add_column(f"since ({zone_suffix(display_zone())})")
    table.add_column("status", overflow="fold")
    table.add_column("first shown by", overflow="fold")
    table.add_column("sentence", overflow="fold")
    for change in history:
        table.add_row(
            _esc(show_time(change["at"])),
            _esc(status_line(change)),
            _esc(f"{change.get('outlet') or ''} {str(change['article_id'])[:8]}".strip()),
            _esc(change.get("sentence") or ""),
        )
    out.print(table)


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

    The status table gives the development's status over time (reported, proposed, adopted,
    in-force, suspended, denied): when each began, the report that first shows it, and the
    official source that confirms it (JSON: `status_history`).

    Under each report's title: what it is about (its main subjects, then the entities it only
    names), its reported and background signals, its sourcing and its stage. The table's article
    column gives each report's id (first 8 characters), for `explain` and `developments split`.

    Example: policywatch show e71b6ea3 --format json
    """
    settings = settings_of(ctx)
    try:
        with open_for_reading(settings.duckdb_path) as con:
            dev = fetch_development(con, dev_id)
    except (WarehouseError, NotFoundError) as exc:
        raise fail(str(exc)) from None
    if fmt is Format.json:
        sys.stdout.write(json.dumps(plain_value(dev), ensure_ascii=False) + "\n")
    elif fmt is Format.csv:
        rows = [{**r, "development_id": dev["development_id"]} for r in dev["reports"]]
        emit(rows, fmt, columns=["development_id", *REPORT_COLUMNS])
    else:
        _print_table(dev)
