"""Bulk, idempotent writes into the warehouse.

Rows go in through Arrow (a registered relation), not ``executemany``: DuckDB ingests an Arrow table
of thousands of rows in milliseconds, while row-by-row inserts manage a few hundred a second here.
Table and column names come from the fixed schema below, never from user input.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import duckdb
import pyarrow as pa

# Primary keys of the tables written through upsert(); the only tables it accepts.
KEYS: dict[str, tuple[str, ...]] = {
    "sources": ("outlet_id",),
    "crawl_runs": ("run_id",),
    "fetches": ("run_id", "url", "kind"),
    "problems": ("run_id", "stage", "subject"),
    "pages": ("page_id",),
    "articles": ("article_id",),
    "entities": ("entity_id",),
    "mentions": ("article_id", "start_char", "end_char"),
    "article_signals": ("article_id", "kind", "start_char"),
    "developments": ("development_id",),
    "development_members": ("article_id",),
    "grouping_decisions": ("article_id",),
}

#: Tables rebuilt from other tables (facts, evidence, status changes), with the columns that
#: identify a row. They carry no PRIMARY KEY: each write deletes the rows of the subjects it
#: recomputes and inserts their new rows in the same transaction (:func:`replace_rows`), which
#: is what keeps one row per key. A PRIMARY KEY there made DuckDB delete and insert the same
#: index keys in one transaction, which it can fail to commit and then abort on (migration 220,
#: docs/decisions/2026-12-04-fault-kill-duckdb-indexes.md).
DERIVED: dict[str, tuple[str, ...]] = {}

_counter = itertools.count()


def register_known_table(table: str, key: Sequence[str]) -> None:
    """Let a later migration's table be written by :func:`upsert` (called at import time)."""
    KEYS[table] = tuple(key)


def register_derived_table(table: str, key: Sequence[str]) -> None:
    """Let a derived table (no key constraint) be written by :func:`replace_rows`."""
    DERIVED[table] = tuple(key)


@contextmanager
def _rows_view(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: list[Mapping[str, Any]],
    schema: pa.Schema | None,
    prefix: str,
) -> Iterator[tuple[str, str]]:
    """Register ``rows`` (non-empty) as an Arrow view; yield its quoted column list and name."""
    columns = list(rows[0].keys())
    if schema is not None and set(columns) != set(schema.names):
        missing = sorted(set(schema.names) - set(columns))
        extra = sorted(set(columns) - set(schema.names))
        raise ValueError(
            f"rows for {table!r} do not match their schema: missing {missing}, extra {extra}"
        )
    data = {col: [row[col] for row in rows] for col in columns}
    arrow = pa.table(data, schema=schema) if schema is not None else pa.table(data)
    name = f"_pw_{prefix}_{next(_counter)}"
    con.register(name, arrow)
    try:
        yield ", ".join(f'"{c}"' for c in columns), name
    finally:
        con.unregister(name)


def _check_replacement(
    table: str,
    column: str,
    values: Sequence[str],
    rows: list[Mapping[str, Any]],
    key: Sequence[str],
    verb: str,
) -> None:
    """Refuse rows outside ``values`` or rows repeating ``key`` (a replacement of ``table``)."""
    wanted = set(values)
    outside = sorted({str(row[column]) for row in rows if row[column] not in wanted})
    if outside:
        raise ValueError(f"rows for {table!r} outside the {column} values {verb}: {outside[:5]}")
    repeated = duplicate_keys(rows, key)
    if repeated:
        raise ValueError(f"rows for {table!r} repeat the key {tuple(key)}: {repeated[:5]}")


def upsert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: Iterable[Mapping[str, Any]],
    *,
    schema: pa.Schema | None = None,
    update: bool = True,
) -> int:
    """Insert rows; rows whose key exists are updated in place (``update``) or left alone.

    A stored row's scalar columns are updated in place when they differ; its list and struct
    columns only when their value differs (DuckDB rewrites such a row under its key, see
    :func:`_update_nested`). A row equal to the stored one is not written at all.

    Args:
        con: an open write connection.
        table: one of the tables in :data:`KEYS`.
        rows: mappings of column name to value; all rows must have the same columns.
        schema: an Arrow schema when types cannot be inferred (all-NULL columns, lists).
        update: replace existing rows (True) or keep them (False, ``DO NOTHING``).

    Returns:
        The number of rows given.
    """
    if table not in KEYS:
        hint = " (a derived table: write it with replace_rows)" if table in DERIVED else ""
        raise ValueError(f"upsert into unknown table {table!r}{hint}")
    rows = list(rows)
    if not rows:
        return 0
    key = KEYS[table]
    columns = list(rows[0].keys())
    others = [c for c in columns if c not in key] if update else []
    nested = _nested_columns(con, table) & set(others) if others else frozenset()
    with _rows_view(con, table, rows, schema, "upsert") as (column_list, name):
        conflict = ", ".join(f'"{c}"' for c in key)
        # Identifiers only, from KEYS and the caller's own column names: never values.
        with _atomic(con, bool(nested)):
            if nested:
                _update_nested(con, table, key, sorted(nested), name)
            con.execute(
                f'INSERT INTO "{table}" ({column_list}) SELECT {column_list} FROM {name} '
                f"ON CONFLICT ({conflict}) "
                + _conflict_action(table, [c for c in others if c not in nested])
            )
    return len(rows)


def _conflict_action(table: str, scalars: Sequence[str]) -> str:
    """What an insert does with a stored key: update its scalar columns in place when they differ.

    A row equal to the stored one is left alone (a run storing the same rows again rewrites
    nothing); list and struct columns are never set here (see :func:`_update_nested`).
    """
    if not scalars:
        return "DO NOTHING"
    stored = ", ".join(f'"{table}"."{c}"' for c in scalars)
    given = ", ".join(f'excluded."{c}"' for c in scalars)
    return (
        "DO UPDATE SET "
        + ", ".join(f'"{c}" = excluded."{c}"' for c in scalars)
        + f" WHERE ({stored}) IS DISTINCT FROM ({given})"
    )


def _update_nested(
    con: duckdb.DuckDBPyConnection,
    table: str,
    key: Sequence[str],
    nested: Sequence[str],
    name: str,
) -> None:
    """Set the list and struct columns of the stored rows whose value in ``name`` differs.

    DuckDB updates a list or struct column by deleting the row and inserting it again under the
    same key (its row id changes), which a key index must follow within the transaction: the
    path a replayed write-ahead log has failed on (docs/decisions/2026-12-04-keyed-rows-written-
    in-place.md). Only a row whose nested value really changes takes that path; an update of its
    other columns (or of an equal list) stays in place.
    """
    same = " AND ".join(f'g."{c}" = "{table}"."{c}"' for c in key)
    stored = ", ".join(f'"{table}"."{c}"' for c in nested)
    given = ", ".join(f'g."{c}"' for c in nested)
    # Identifiers only, from KEYS and the caller's own column names: never values.
    con.execute(
        f'UPDATE "{table}" SET '
        + ", ".join(f'"{c}" = g."{c}"' for c in nested)
        + f" FROM {name} g WHERE {same} AND ({stored}) IS DISTINCT FROM ({given})"
    )


def _nested_columns(con: duckdb.DuckDBPyConnection, table: str) -> frozenset[str]:
    """The columns of ``table`` whose type is a list, an array, a struct, a map or a union."""
    found = con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() "
        "WHERE table_name = $t AND schema_name = 'main'",
        {"t": table},
    ).fetchall()
    return frozenset(
        str(c)
        for c, t in found
        if str(t).endswith("]") or str(t).startswith(("STRUCT", "MAP", "UNION"))
    )


@contextmanager
def _atomic(con: duckdb.DuckDBPyConnection, needed: bool) -> Iterator[None]:
    """Run several statements as one transaction: the caller's, or one of their own.

    DuckDB has no call that tells whether a transaction is open, and a ``BEGIN`` inside one
    aborts it; outside a transaction every statement gets a new ``txid_current()``, inside one
    they share it.
    """
    if not needed:
        yield
        return
    first = con.execute("SELECT txid_current()").fetchone()
    second = con.execute("SELECT txid_current()").fetchone()
    if first == second:  # the caller's transaction
        yield
        return
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


@contextmanager
def values_view(
    con: duckdb.DuckDBPyConnection, values: Sequence[Any], name: str | None = None
) -> Iterator[str]:
    """Register ``values`` as a one-column Arrow view (column ``v``); yield its name.

    ``name``: the view's name (a named query's), else a fresh one.

    Not bound as a list parameter: DuckDB's Python client converts a bound list value by value
    and, with pandas not installed, tries to import pandas twice per value (about 0.1 ms each),
    which was several milliseconds per article of a batch's writes.
    """
    name = name or f"_pw_values_{next(_counter)}"
    con.register(name, pa.table({"v": pa.array(list(values))}))
    try:
        yield name
    finally:
        con.unregister(name)


def delete_where_in(
    con: duckdb.DuckDBPyConnection, table: str, column: str, values: Sequence[str]
) -> None:
    """Delete the rows of ``table`` whose ``column`` is in ``values`` (an Arrow view)."""
    if table not in KEYS and table not in DERIVED:
        raise ValueError(f"delete from unknown table {table!r}")
    if not values:
        return
    with values_view(con, values) as given:
        con.execute(f'DELETE FROM "{table}" WHERE "{column}" IN (SELECT v FROM {given})')


def duplicate_keys(rows: Iterable[Mapping[str, Any]], key: Sequence[str]) -> list[tuple[Any, ...]]:
    """The keys that more than one of ``rows`` has, in first-seen order."""
    seen: set[tuple[Any, ...]] = set()
    repeated: dict[tuple[Any, ...], None] = {}
    for row in rows:
        value = tuple(row[c] for c in key)
        if value in seen:
            repeated[value] = None
        seen.add(value)
    return list(repeated)


def replace_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    column: str,
    values: Sequence[str],
    rows: Iterable[Mapping[str, Any]],
    *,
    schema: pa.Schema | None = None,
) -> int:
    """Replace the rows of a derived table whose ``column`` is in ``values`` by ``rows``.

    The old rows are deleted and the new ones inserted (plain inserts: the table has no key
    constraint), in the caller's transaction. Each row must belong to one of ``values`` and no
    two rows may share the table's key: then the table holds one row per key after the call as
    before it, however often it is repeated.

    Raises:
        ValueError: an unknown table, a row outside ``values``, or a key given twice.

    Returns:
        The number of rows inserted.
    """
    if table not in DERIVED:
        raise ValueError(f"replace rows of unknown derived table {table!r}")
    rows = list(rows)
    _check_replacement(table, column, values, rows, DERIVED[table], "replaced")
    delete_where_in(con, table, column, values)
    if not rows:
        return 0
    with _rows_view(con, table, rows, schema, "replace") as (column_list, name):
        # Identifiers only, from DERIVED and the caller's own column names: never values.
        con.execute(f'INSERT INTO "{table}" ({column_list}) SELECT {column_list} FROM {name}')
    return len(rows)


def rewrite_in_place(
    con: duckdb.DuckDBPyConnection,
    table: str,
    column: str,
    values: Sequence[str],
    rows: Iterable[Mapping[str, Any]],
    *,
    schema: pa.Schema | None = None,
) -> int:
    """Make the rows of keyed ``table`` whose ``column`` is in ``values`` exactly ``rows``.

    The rows whose key is not among ``rows`` are deleted; the others are inserted, or updated in
    place when their key is there (:func:`upsert`). No key is deleted and inserted again in one
    transaction, which DuckDB's key index can fail on (see :data:`DERIVED`). For tables whose
    other columns are not lists or structs: DuckDB updates those by a delete and an insert.

    Raises:
        ValueError: an unknown table, a row outside ``values``, or a key given twice.

    Returns:
        The number of rows written.
    """
    if table not in KEYS:
        raise ValueError(f"rewrite of unknown table {table!r}")
    rows = list(rows)
    key = KEYS[table]
    _check_replacement(table, column, values, rows, key, "rewritten")
    if not values:
        return 0
    kept = pa.table(
        {c: pa.array([row[c] for row in rows], type=_key_type(con, table, c)) for c in key}
    )
    name = f"_pw_kept_{next(_counter)}"
    con.register(name, kept)
    try:
        same = " AND ".join(f'k."{c}" = "{table}"."{c}"' for c in key)
        # Identifiers only, from KEYS and the caller's column name: never values.
        with values_view(con, values) as given:
            con.execute(
                f'DELETE FROM "{table}" WHERE "{column}" IN (SELECT v FROM {given}) '
                f"AND NOT EXISTS (SELECT 1 FROM {name} k WHERE {same})"
            )
    finally:
        con.unregister(name)
    return upsert(con, table, rows, schema=schema)


_ARROW_TYPES = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64()}


def _key_type(con: duckdb.DuckDBPyConnection, table: str, column: str) -> pa.DataType:
    """The Arrow type of a key column (an empty list of rows gives no type to infer).

    Read from an empty query's description (the column's bound type), not the catalog's
    ``duckdb_columns()``, which lists every column of the database (ten times the cost).
    """
    try:
        # Identifiers only, from KEYS: never values.
        found = con.execute(f'SELECT "{column}" FROM "{table}" LIMIT 0').description
    except duckdb.Error:
        found = None
    return _ARROW_TYPES.get(str(found[0][1]) if found else "VARCHAR", pa.string())
