"""Render rows as a Rich table, JSON lines or CSV: the ``--format`` option of every command."""

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


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
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
    if fmt is Format.json:
        for row in rows:
            sys.stdout.write(json.dumps({c: _plain(row.get(c)) for c in cols}, ensure_ascii=False))
            sys.stdout.write("\n")
        return
    if fmt is Format.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(cols)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in cols])
        return
    table = Table(title=plain(title) if title else None, show_lines=False, header_style="bold")
    for col in cols:
        table.add_column(plain(col.replace("_", " ")), overflow="fold")
    for row in rows:
        # Crawled text is data: a title with [brackets] must print as written, not as markup.
        table.add_row(*(plain(_cell(row.get(c))) for c in cols))
    out.print(table)
