"""Exports of the timeline and its tables as Parquet, CSV, XLSX or JSON lines, with filters.

The functions here are shared by ``policywatch export`` and any other front end that offers
downloads: they take an open (read-only) warehouse connection and write files; nothing here
prints or parses command lines.

A :class:`Selection` chooses developments with the timeline's own filters (the timeline query
does the choosing, so an export and ``policywatch timeline`` with the same filters agree); every
dataset is then cut to the articles of those developments.

Spreadsheet formats (CSV and XLSX) are written for spreadsheet tools: a text cell that a
spreadsheet would read as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return, or their full-width forms) gets a leading apostrophe, as spreadsheet tools expect, so a
crawled title such as ``=HYPERLINK(...)`` shows as text and is never evaluated. Times are written
in UTC as ``YYYY-MM-DD HH:MM:SS`` (CSV) or as real date cells (XLSX), both of which spreadsheets
read as dates. CSV files start with a UTF-8 byte order mark so that Excel reads accents and
Chinese text correctly. Parquet and JSON lines are for programs and keep every value as stored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from policywatch.reading import plain_value, query_timeline
from policywatch_core.files import unique_temp, write_atomically
from warehouse.db import WarehouseError, run_query
from warehouse.snapshot import describe

if TYPE_CHECKING:  # pyarrow is imported by the functions that write (slow to import: ~0.2 s)
    import pyarrow as pa

#: File name -> named query. The order is the order of the files in the manifest.
DATASETS = {
    "timeline": "analyst_export_timeline",
    "articles": "analyst_export_articles",
    "mentions": "analyst_export_mentions",
    "memberships": "analyst_export_memberships",
    "signals": "analyst_export_signals",
    "salience": "analyst_export_salience",
    "status_changes": "analyst_export_status_changes",
}
BATCH = 20_000

#: The characters that make a spreadsheet read a cell as a formula (and their full-width forms,
#: which some spreadsheet tools fold into the ASCII ones). Tab and carriage return at the start
#: are in OWASP's list too: some tools strip them and then see the formula behind them.
_FORMULA = r"^(?:[\t\r]|[ \n]*[=+\-@＝＋－＠])"
_FORMULA_RE = re.compile(_FORMULA)

#: Excel's limits: characters in a cell, rows in a sheet (the header takes one).
XLSX_MAX_CELL = 32_767
XLSX_MAX_ROWS = 1_048_575
_CUT_MARK = " [cut: Excel holds 32,767 characters a cell; Parquet and JSON keep the full text]"


class ExportError(Exception):
    """An export that cannot be written as asked, with the reason and what to do instead."""


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    xlsx = "xlsx"
    json = "json"

    @property
    def extension(self) -> str:
        return "jsonl" if self is ExportFormat.json else self.value


@dataclass(frozen=True, slots=True)
class Selection:
    """Which developments an export covers: the timeline's filters, plus a minimum of outlets.

    Every field left at its default selects everything (articles outside any development too).
    ``since``/``until`` are aware times or naive UTC times, as the timeline takes them.
    """

    since: datetime | None = None
    until: datetime | None = None
    entity: str | None = None
    signal: str | None = None
    outlet: str | None = None
    policy_only: bool = False
    min_outlets: int | None = None
    include_mentions: bool = False  # with ``entity``: developments that only name it too
    min_independent: int | None = None  # outlets that reported it themselves (no copy, no credit)
    status: str | None = None  # the current status (reported, proposed, ..., denied)
    confirmed: bool | None = None  # whether an official source backs the current status

    @property
    def is_everything(self) -> bool:
        # include_mentions only widens an entity filter: alone it selects everything
        return replace(self, include_mentions=False) == Selection()

    def describe(self) -> dict[str, Any]:
        """The filters in use, as the manifest records them (JSON-ready)."""
        flags = ("policy_only", "include_mentions")  # False there means "not asked"
        return {
            k: v.isoformat() if isinstance(v, datetime) else v
            for k, v in asdict(self).items()
            if v is not None and not (k in flags and v is False)
        }


@dataclass
class DatasetInfo:
    file: str
    rows: int
    cut_cells: int = 0  # XLSX cells shortened to Excel's limit


@dataclass
class Manifest:
    format: str
    exported_at: str
    source: str
    snapshot_published_at: str | None
    filters: dict[str, Any]
    developments: int | None
    timezone: str = "UTC"
    files: dict[str, DatasetInfo] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def neutralise_formula(value: str) -> str:
    """``value`` as a spreadsheet shows it as text: an apostrophe before a would-be formula."""
    return "'" + value if _FORMULA_RE.match(value) else value


def select_developments(con: duckdb.DuckDBPyConnection, selection: Selection) -> list[str] | None:
    """The ids of the developments ``selection`` covers, newest first; None when it covers all.

    The timeline's query chooses them, with the timeline's semantics: a development matches when
    any of its reports matches.
    """
    if selection.is_everything:
        return None
    rows = query_timeline(
        con,
        since=selection.since,
        until=selection.until,
        entity=selection.entity,
        signal=selection.signal,
        outlet=selection.outlet,
        policy_only=selection.policy_only,
        limit=None,
        include_mentions=selection.include_mentions,
        min_independent=selection.min_independent,
        status=selection.status,
        confirmed=selection.confirmed,
    )
    minimum = selection.min_outlets or 0
    return [r["development_id"] for r in rows if (r["n_outlets"] or 0) >= minimum]


# --- column transformations for spreadsheets ----------------------------------------------------


def _as_text(column: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """A list column as one text cell ('; ' between items)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    return pc.binary_join(column.cast(pa.list_(pa.string())), "; ")


def _neutralised(column: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    import pyarrow as pa
    import pyarrow.compute as pc

    risky = pc.match_substring_regex(column, _FORMULA)
    quoted = pc.binary_join_element_wise(pa.scalar("'"), column, "")
    return pc.if_else(pc.fill_null(risky, False), quoted, column)


def _utc_naive(column: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """An aware timestamp column as naive UTC wall time (spreadsheets have no time zones)."""
    import pyarrow as pa

    kind = column.type
    if kind.tz is None:
        return column
    return column.cast(pa.timestamp(kind.unit))  # Arrow keeps UTC underneath: the wall time


def _spreadsheet_batch(batch: pa.RecordBatch, fmt: ExportFormat) -> tuple[pa.RecordBatch, int]:
    """A batch as spreadsheet cells; also the number of cells cut to Excel's limit."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns: list[pa.Array] = []
    cut = 0
    for column in batch.columns:
        kind = column.type
        if pa.types.is_list(kind) or pa.types.is_large_list(kind):
            column = _as_text(column)
            kind = column.type
        if pa.types.is_timestamp(kind):
            column = _utc_naive(column)
            if fmt is ExportFormat.csv:
                # whole seconds: Arrow's %S would add the microseconds, which Excel does not read
                column = pc.strftime(
                    column.cast(pa.timestamp("s"), safe=False), "%Y-%m-%d %H:%M:%S"
                )
        elif pa.types.is_date(kind) and fmt is ExportFormat.csv:
            column = pc.strftime(column, "%Y-%m-%d")
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            column = _neutralised(column)
            if fmt is ExportFormat.xlsx:
                too_long = pc.fill_null(pc.greater(pc.utf8_length(column), XLSX_MAX_CELL), False)
                n_long = pc.sum(too_long).as_py() or 0
                if n_long:
                    cut += n_long
                    short = pc.binary_join_element_wise(
                        pc.utf8_slice_codeunits(column, 0, XLSX_MAX_CELL - len(_CUT_MARK)),
                        pa.scalar(_CUT_MARK),
                        "",
                    )
                    column = pc.if_else(too_long, short, column)
        columns.append(column)
    return pa.RecordBatch.from_arrays(columns, names=batch.schema.names), cut


def _spreadsheet_schema(schema: pa.Schema, fmt: ExportFormat) -> pa.Schema:
    import pyarrow as pa

    empty = pa.RecordBatch.from_pylist([], schema=schema)
    return _spreadsheet_batch(empty, fmt)[0].schema


# --- writers ------------------------------------------------------------------------------------


def _write_parquet(reader: pa.RecordBatchReader, path: Path) -> DatasetInfo:
    import pyarrow.parquet as pq

    rows = 0
    with pq.ParquetWriter(path, reader.schema, compression="zstd") as writer:
        for batch in reader:
            writer.write_batch(batch)
            rows += batch.num_rows
    return DatasetInfo(path.name, rows)


def _write_csv(reader: pa.RecordBatchReader, path: Path) -> DatasetInfo:
    import pyarrow.csv as pacsv

    rows = 0
    schema = _spreadsheet_schema(reader.schema, ExportFormat.csv)
    with path.open("wb") as fh:
        fh.write("\ufeff".encode())  # the byte order mark: Excel then reads the file as UTF-8
        with pacsv.CSVWriter(fh, schema) as writer:  # writes the header even with no rows
            for batch in reader:
                writer.write_batch(_spreadsheet_batch(batch, ExportFormat.csv)[0])
                rows += batch.num_rows
    return DatasetInfo(path.name, rows)


def _write_json(reader: pa.RecordBatchReader, path: Path) -> DatasetInfo:
    rows = 0
    with path.open("w", encoding="utf-8") as fh:
        for batch in reader:
            for record in batch.to_pylist():
                fh.write(json.dumps(plain_value(record), ensure_ascii=False, default=str) + "\n")
            rows += batch.num_rows
    return DatasetInfo(path.name, rows)


def excel_extension_path() -> Path:
    """The excel extension file shipped by ``duckdb-extension-excel`` for this duckdb release."""
    try:
        import duckdb_extension_excel
    except ImportError:
        raise ExportError(
            "XLSX needs the package duckdb-extension-excel: run `make install`"
        ) from None
    version = duckdb.__version__
    path = (
        Path(duckdb_extension_excel.__file__).parent
        / "extensions"
        / f"v{version}"
        / "excel.duckdb_extension"
    )
    if not path.is_file():
        raise ExportError(
            f"{path.name}: no excel extension for duckdb {version}; "
            f"pin duckdb-extension-excel=={version}"
        )
    return path


def _write_xlsx(reader: pa.RecordBatchReader, path: Path, sheet: str) -> DatasetInfo:
    import pyarrow as pa

    counts = {"rows": 0, "cut": 0}
    schema = _spreadsheet_schema(reader.schema, ExportFormat.xlsx)

    def cells() -> Iterator[pa.RecordBatch]:
        for batch in reader:
            counts["rows"] += batch.num_rows
            if counts["rows"] > XLSX_MAX_ROWS:
                raise ExportError(
                    f"{sheet}: more than {XLSX_MAX_ROWS:,} rows, the most an Excel sheet holds; "
                    "narrow the export with filters, or use --format csv or parquet"
                )
            converted, cut = _spreadsheet_batch(batch, ExportFormat.xlsx)
            counts["cut"] += cut
            yield converted

    with duckdb.connect() as con:
        # A file path, not a value: LOAD takes no parameters. It comes from the installed package.
        con.execute(f"LOAD '{excel_extension_path().as_posix()}'")
        con.execute("SET TimeZone = 'UTC'")
        source = pa.RecordBatchReader.from_batches(schema, cells())
        con.register("export_cells", source)
        try:
            con.execute(
                "COPY export_cells TO $path (FORMAT xlsx, HEADER true, SHEET $sheet)",
                {"path": str(path), "sheet": sheet},
            )
        except duckdb.Error as exc:
            cause = exc.__cause__ or exc.__context__
            if isinstance(cause, ExportError):
                raise cause from None
            if "more than" in str(exc) and "rows" in str(exc):
                raise ExportError(str(exc).split("\n")[0]) from None
            raise
    return DatasetInfo(path.name, counts["rows"], counts["cut"])


def write_dataset(
    con: duckdb.DuckDBPyConnection,
    name: str,
    path: Path,
    fmt: ExportFormat,
    development_ids: list[str] | None = None,
) -> DatasetInfo:
    """Write one dataset (a key of :data:`DATASETS`) to ``path`` in ``fmt``.

    Args:
        con: an open warehouse connection (read-only is enough).
        name: ``timeline``, ``articles``, ``mentions``, ``memberships`` or ``signals``.
        path: the file to write (written directly: callers that need atomicity write to a
            temporary name beside the target and rename, as :func:`export_tables` does).
        fmt: the file format.
        development_ids: only these developments (and their articles); None for everything.

    Returns:
        The file name, its number of rows and how many XLSX cells were cut to Excel's limit.
    """
    if name not in DATASETS:
        raise ExportError(f"no dataset {name!r} (known: {', '.join(DATASETS)})")
    params = {"ids": development_ids}
    reader = run_query(con, DATASETS[name], params).to_arrow_reader(BATCH)
    return write_reader(reader, path, fmt, sheet=name)


def write_reader(
    reader: pa.RecordBatchReader, path: Path, fmt: ExportFormat, sheet: str
) -> DatasetInfo:
    """Rows from ``reader`` written as ``fmt`` (the cells, marks and limits of every export)."""
    if fmt is ExportFormat.parquet:
        return _write_parquet(reader, path)
    if fmt is ExportFormat.csv:
        return _write_csv(reader, path)
    if fmt is ExportFormat.xlsx:
        return _write_xlsx(reader, path, sheet=sheet)
    return _write_json(reader, path)


def export_tables(
    con: duckdb.DuckDBPyConnection,
    out_dir: Path,
    fmt: ExportFormat,
    selection: Selection | None = None,
    datasets: list[str] | None = None,
) -> dict[str, Any]:
    """Write the datasets into ``out_dir`` (each atomically) and a ``manifest.json``.

    Args:
        con: an open warehouse connection (read-only is enough).
        out_dir: the folder to write into (created when missing).
        fmt: the file format of every dataset.
        selection: which developments; None for everything.
        datasets: which datasets, in order; None for all of :data:`DATASETS`.

    Returns:
        The manifest (as :class:`Manifest` describes it), also written as ``manifest.json``.

    Raises:
        ExportError: a dataset cannot be written in this format (too many rows for a sheet).
        WarehouseError: the warehouse cannot be read.
        OSError: the folder cannot be written.
    """
    if not str(out_dir).strip():
        raise ExportError("the export folder is empty: name a folder, e.g. exports/2026-11-23")
    selection = selection or Selection()
    names = datasets or list(DATASETS)
    unknown = [n for n in names if n not in DATASETS]
    if unknown:
        raise ExportError(f"no dataset {unknown[0]!r} (known: {', '.join(DATASETS)})")
    ids = select_developments(con, selection)
    out_dir.mkdir(parents=True, exist_ok=True)
    source = describe(con)
    manifest = Manifest(
        format=fmt.value,
        exported_at=datetime.now(UTC).isoformat(),
        source=source.path.name,
        snapshot_published_at=source.published_at.isoformat() if source.published_at else None,
        filters=selection.describe(),
        developments=None if ids is None else len(ids),
    )
    for name in names:
        path = out_dir / f"{name}.{fmt.extension}"
        tmp = unique_temp(path)  # never a fixed name a link could be planted at
        try:
            manifest.files[name] = write_dataset(con, name, tmp, fmt, ids)
            manifest.files[name].file = path.name
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
    document = manifest.to_json()
    write_atomically(out_dir / "manifest.json", json.dumps(document, indent=2) + "\n")
    return document


__all__ = [
    "DATASETS",
    "ExportError",
    "ExportFormat",
    "Manifest",
    "Selection",
    "WarehouseError",
    "export_tables",
    "neutralise_formula",
    "select_developments",
    "write_dataset",
]
