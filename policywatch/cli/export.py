"""``policywatch export``: the timeline and its underlying tables as Parquet, CSV or JSON files."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import typer

from policywatch.cli.app import app, console, fail, output_path, plain, settings_of
from policywatch.cli.output import _plain
from policywatch.files import unique_temp, write_atomically
from warehouse.db import WarehouseError, run_query
from warehouse.snapshot import describe, open_for_reading

#: File name -> named query. The order is the order of the files in the manifest.
DATASETS = {
    "timeline": "analyst_export_timeline",
    "articles": "analyst_export_articles",
    "mentions": "analyst_export_mentions",
    "memberships": "analyst_export_memberships",
    "signals": "analyst_export_signals",
}
BATCH = 20_000


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    json = "json"


def _flatten_lists(batch: pa.RecordBatch) -> pa.RecordBatch:
    """CSV has no lists: join list cells with '; '."""
    columns = []
    for column in batch.columns:
        if pa.types.is_list(column.type):
            column = pc.binary_join(column.cast(pa.list_(pa.string())), "; ")
        columns.append(column)
    return pa.RecordBatch.from_arrays(columns, names=batch.schema.names)


def _write(reader: pa.RecordBatchReader, path: Path, fmt: ExportFormat) -> int:
    rows = 0
    if fmt is ExportFormat.parquet:
        with pq.ParquetWriter(path, reader.schema, compression="zstd") as writer:
            for batch in reader:
                writer.write_batch(batch)
                rows += batch.num_rows
    elif fmt is ExportFormat.csv:
        schema = pa.schema(
            [
                pa.field(f.name, pa.string()) if pa.types.is_list(f.type) else f
                for f in reader.schema
            ]
        )
        with pacsv.CSVWriter(path, schema) as writer_csv:  # writes the header even with no rows
            for batch in reader:
                writer_csv.write_batch(_flatten_lists(batch))
                rows += batch.num_rows
    else:
        with path.open("w", encoding="utf-8") as fh:
            for batch in reader:
                for record in batch.to_pylist():
                    fh.write(json.dumps(_plain(record), ensure_ascii=False, default=str) + "\n")
                rows += batch.num_rows
    return rows


def export_tables(
    con: duckdb.DuckDBPyConnection, out_dir: Path, fmt: ExportFormat
) -> dict[str, Any]:
    """Write every dataset into ``out_dir`` (atomically, file by file) and a manifest.json."""
    out_dir.mkdir(parents=True, exist_ok=True)
    extension = {"parquet": "parquet", "csv": "csv", "json": "jsonl"}[fmt.value]
    files: dict[str, Any] = {}
    for name, query in DATASETS.items():
        path = out_dir / f"{name}.{extension}"
        tmp = unique_temp(path)  # never a fixed name a link could be planted at
        reader = run_query(con, query).to_arrow_reader(BATCH)
        try:
            rows = _write(reader, tmp, fmt)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
        files[name] = {"file": path.name, "rows": rows}
    source = describe(con)
    manifest = {
        "format": fmt.value,
        "exported_at": datetime.now(UTC).isoformat(),
        "source": str(source.path),
        "snapshot_published_at": source.published_at.isoformat() if source.published_at else None,
        "files": files,
    }
    write_atomically(out_dir / "manifest.json", json.dumps(manifest, indent=2) + "\n")
    return manifest


@app.command()
def export(
    ctx: typer.Context,
    out_dir: Annotated[
        Path,
        typer.Argument(help="folder to write the files into (created)", parser=output_path),
    ],
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="file format")
    ] = ExportFormat.parquet,
) -> None:
    """Export the timeline, articles, mentions, memberships and signals for other tools.

    Writes one file per dataset (timeline, articles, mentions, memberships, signals) and a
    manifest.json with row counts. Parquet keeps types and lists; CSV joins lists with '; ';
    json writes JSON lines (.jsonl). Raw HTML is never exported.

    Example: policywatch export --format parquet exports/2026-11-23
    """
    settings = settings_of(ctx)
    try:
        with open_for_reading(settings.duckdb_path) as con:
            manifest = export_tables(con, out_dir, fmt)
    except WarehouseError as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"{out_dir}: cannot write the export ({exc.strerror})") from None
    for name, info in manifest["files"].items():
        console.print(
            plain(f"{name}: {info['rows']} rows -> {out_dir / info['file']}"), highlight=False
        )
