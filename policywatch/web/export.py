"""Downloads of a filtered page: the writers of :mod:`policywatch.export`, as HTTP bodies.

The timeline's download is ``policywatch export``'s own ``timeline`` dataset cut to the
developments the page shows; search results are written with the same writers. So a download
from the browser and one from the CLI are the same file: CSV with a byte-order mark and formula
neutralisation, real date cells in XLSX, Parquet and JSON lines that keep every value.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from policywatch import export
from policywatch.export import ExportFormat, write_dataset

#: The ``format`` query parameter -> the export format, its media type and file extension.
FORMATS: dict[str, tuple[ExportFormat, str, str]] = {
    "csv": (ExportFormat.csv, "text/csv; charset=utf-8", "csv"),
    "xlsx": (
        ExportFormat.xlsx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
    ),
    "parquet": (ExportFormat.parquet, "application/vnd.apache.parquet", "parquet"),
    "jsonl": (ExportFormat.json, "application/x-ndjson; charset=utf-8", "jsonl"),
}


#: The names `policywatch export --format` takes, for the same formats.
ALIASES = {"json": "jsonl"}


def _format(name: str) -> tuple[ExportFormat, str, str]:
    name = ALIASES.get(name, name)
    if name not in FORMATS:
        raise ValueError(f"unknown export format {name!r} (known: {', '.join(FORMATS)})")
    return FORMATS[name]


def _written(write: Callable[[Path], Any], extension: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="policywatch-download-") as folder:
        path = Path(folder) / f"download.{extension}"
        write(path)
        return path.read_bytes()


def timeline_file(
    con: duckdb.DuckDBPyConnection, development_ids: list[str], fmt: str
) -> tuple[bytes, str, str]:
    """The ``timeline`` dataset of ``policywatch export`` for these developments.

    Returns:
        The file's bytes, its media type and extension. Raises ValueError for an unknown format.
    """
    kind, media, extension = _format(fmt)
    body = _written(
        lambda path: write_dataset(con, "timeline", path, kind, development_ids), extension
    )
    return body, media, extension


def rows_file(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str, sheet: str
) -> tuple[bytes, str, str]:
    """Rows a page computed (search results) written as the exports write their datasets."""
    kind, media, extension = _format(fmt)
    table = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows])
    if not rows:
        table = pa.table({c: pa.array([], pa.string()) for c in columns})
    # The export module's own writer: the same cells, marks and limits as its datasets.
    body = _written(
        lambda path: export.write_reader(table.to_reader(), path, kind, sheet), extension
    )
    return body, media, extension
