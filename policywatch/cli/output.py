"""Render rows as a Rich table, JSON lines or CSV: the ``--format`` option of every command.

Times are stored in UTC and shown in the display zone (``--zone``, ``POLICYWATCH_DISPLAY_ZONE``,
default UTC), with the zone named: in a table the header of a time column says it
(``first seen (Europe/Brussels)``); in CSV the cells are ``2026-11-03 14:05:00``, which
spreadsheets read as dates, the columns keep their names and a last column ``time_zone`` names
the zone; JSON carries ISO 8601 times with their offset. A CSV text cell that a spreadsheet would
read as a formula (``=``, ``+``, ``-``, ``@``...) starts with an apostrophe, as in exports.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from rich.table import Table

from policywatch.cli.app import out, plain
from policywatch.reading import display_zone, plain_value
from policywatch_core.when import format_time, zone_suffix

#: The CSV column naming the zone of the time columns.
TIME_ZONE_COLUMN = "time_zone"

#: The time columns the commands print. A column is a time column by its name as well as by its
#: values, so its header names the zone (and CSV gains ``time_zone``) on an empty result or
#: where every row has no value, as on a full one: a header must not change with the rows.
TIME_COLUMNS = frozenset(
    {
        "at",
        "changed_at",
        "confirmed_at",
        "created_at",
        "finished_at",
        "first_seen",
        "joined_at",
        "last_seen",
        "last_update",
        "published",
        "recorded_at",
        "sent_at",
        "started_at",
        "status_changed",
    }
)


def counted(n: int, noun: str) -> str:
    """``1 development``, ``3 developments``: a count and its noun, agreeing."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def show_time(value: datetime | None) -> str:
    """A stored time in the display zone with the zone named (``2026-11-03 14:05 CET``)."""
    return "" if value is None else format_time(value, display_zone())


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def human_size(n_bytes: int | float) -> str:
    """A file size people read at a glance: ``512 bytes``, ``48 KB``, ``19.7 MB``, ``1.2 GB``."""
    size = float(n_bytes)
    if size < 1000:
        return f"{int(size)} bytes"
    for unit in ("KB", "MB", "GB"):
        size /= 1000
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if size >= 100 else f"{size:.1f} {unit}"
    raise AssertionError("unreachable")


def cell(value: Any, *, seconds: bool = False) -> str:
    """A value as the text of a table or CSV cell (times in the display zone, lists joined)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_time(value, display_zone(), style="excel")[: 19 if seconds else 16]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def emit(
    rows: Sequence[Mapping[str, Any]],
    fmt: Format = Format.table,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> None:
    """Print ``rows`` in the requested format (JSON lines for json)."""
    cols = list(columns or (rows[0].keys() if rows else []))
    timed = {
        c
        for c in cols
        if any(isinstance(row.get(c), datetime) for row in rows)
        or (c in TIME_COLUMNS and all(row.get(c) is None for row in rows))
    }
    suffix = f" ({zone_suffix(display_zone())})"
    if fmt is Format.json:
        for row in rows:
            sys.stdout.write(
                json.dumps({c: plain_value(row.get(c)) for c in cols}, ensure_ascii=False)
            )
            sys.stdout.write("\n")
        return
    if fmt is Format.csv:
        # CSV is read by spreadsheets: crawled text that one would run as a formula (a title
        # "=HYPERLINK(...)") is written as text, as `policywatch export` writes it.
        from policywatch.export import neutralise_formula

        def text_cell(value: Any) -> str:
            shown = cell(value, seconds=True)
            return neutralise_formula(shown) if isinstance(value, str | list | tuple) else shown

        writer = csv.writer(sys.stdout)
        # The columns keep their names (scripts read them); the zone is a column of its own.
        zone_column = [TIME_ZONE_COLUMN] if timed and TIME_ZONE_COLUMN not in cols else []
        writer.writerow(cols + zone_column)
        zone = [zone_suffix(display_zone())] if zone_column else []
        for row in rows:
            writer.writerow([text_cell(row.get(c)) for c in cols] + zone)
        return
    table = Table(title=plain(title) if title else None, show_lines=False, header_style="bold")
    for col in cols:
        table.add_column(
            plain(col.replace("_", " ")) + (suffix if col in timed else ""), overflow="fold"
        )
    for row in rows:
        # Crawled text is data: a title with [brackets] must print as written, not as markup.
        table.add_row(*(plain(cell(row.get(c))) for c in cols))
    out.print(table)
