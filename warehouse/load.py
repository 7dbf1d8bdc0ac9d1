"""Bulk, idempotent writes into the warehouse.

Rows go in through Arrow (a registered relation), not ``executemany``: DuckDB ingests an Arrow table
of thousands of rows in milliseconds, while row-by-row inserts manage a few hundred a second here.
Table and column names come from the fixed schema below, never from user input.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
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
    "embeddings": ("article_id",),
    "developments": ("development_id",),
    "development_members": ("article_id",),
    "grouping_decisions": ("article_id",),
}

_counter = itertools.count()


def register_known_table(table: str, key: Sequence[str]) -> None:
    """Let a later migration's table be written by :func:`upsert` (called at import time)."""
    KEYS[table] = tuple(key)


def upsert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: Iterable[Mapping[str, Any]],
    *,
    schema: pa.Schema | None = None,
    update: bool = True,
) -> int:
    """Insert rows; rows whose key exists are replaced (``update``) or left alone.

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
        raise ValueError(f"upsert into unknown table {table!r}")
    rows = list(rows)
    if not rows:
        return 0
    columns = list(rows[0].keys())
    if schema is not None and set(columns) != set(schema.names):
        missing = sorted(set(schema.names) - set(columns))
        extra = sorted(set(columns) - set(schema.names))
        raise ValueError(
            f"rows for {table!r} do not match their schema: missing {missing}, extra {extra}"
        )
    data = {col: [row[col] for row in rows] for col in columns}
    arrow = pa.table(data, schema=schema) if schema is not None else pa.table(data)
    name = f"_pw_upsert_{next(_counter)}"
    con.register(name, arrow)
    try:
        column_list = ", ".join(f'"{c}"' for c in columns)
        key = KEYS[table]
        if update:
            others = [c for c in columns if c not in key]
            action = (
                "DO UPDATE SET " + ", ".join(f'"{c}" = excluded."{c}"' for c in others)
                if others
                else "DO NOTHING"
            )
        else:
            action = "DO NOTHING"
        conflict = ", ".join(f'"{c}"' for c in key)
        # Identifiers only, from KEYS and the caller's own column names: never values.
        con.execute(
            f'INSERT INTO "{table}" ({column_list}) SELECT {column_list} FROM {name} '
            f"ON CONFLICT ({conflict}) {action}"
        )
    finally:
        con.unregister(name)
    return len(rows)


def delete_where_in(
    con: duckdb.DuckDBPyConnection, table: str, column: str, values: Sequence[str]
) -> None:
    """Delete the rows of ``table`` whose ``column`` is in ``values`` (bound as a list)."""
    if table not in KEYS:
        raise ValueError(f"delete from unknown table {table!r}")
    if not values:
        return
    con.execute(f'DELETE FROM "{table}" WHERE "{column}" IN (SELECT unnest($v))', {"v": values})
