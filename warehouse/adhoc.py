"""Analysts' own SQL, read-only: one SELECT (or EXPLAIN) on a reading connection.

``policywatch sql`` runs what an analyst types, so this is the one place where SQL text comes
from outside ``warehouse/queries/``. It is never built from values: the statement is the
analyst's, and values go in as bound ``$name`` parameters. Before it runs, DuckDB's own parser
says what kind of statement it is; anything but a query (a write, ``COPY``, ``ATTACH``, ``SET``,
``INSTALL``, several statements) is refused with a message saying so, before anything happens.
The connection is read-only as well, so the check is a clear message first and the guarantee
second.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from warehouse.db import WarehouseError

#: What an analyst's statement may be: queries only.
ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
VIEWS = (
    "timeline",
    "development_reports",
    "article_entities",
    "entity_timeline",
    "entity_mentions_timeline",
    "article_salience",
    "article_main_entities",
    "development_status",
    "development_independence",
)


class SqlError(WarehouseError):
    """A statement refused before it ran, or one DuckDB could not run, in plain words."""


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]
    truncated: bool = False  # more rows existed than ``max_rows``


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def check_query(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """Refuse ``sql`` unless it is exactly one query (SELECT, WITH, FROM, DESCRIBE, EXPLAIN...).

    Raises:
        SqlError: empty text, a syntax error, several statements, or a statement that is not a
            query, each with what to do instead.
    """
    if not sql.strip():
        raise SqlError('no SQL given: e.g. policywatch sql "SELECT * FROM timeline LIMIT 5"')
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise SqlError(f"the SQL does not parse: {_first_line(exc)}") from None
    if len(statements) != 1:
        raise SqlError(f"one statement at a time ({len(statements)} given): run them one by one")
    kind = statements[0].type
    if kind not in ALLOWED:
        name = getattr(kind, "name", str(kind))
        raise SqlError(
            f"{name} statements are refused: `policywatch sql` only reads (SELECT, WITH, "
            "DESCRIBE, SHOW, EXPLAIN). The warehouse is changed by the pipeline and the "
            "curation commands (policywatch developments ...); use `policywatch export` to write "
            "files."
        )


def run_readonly(
    con: duckdb.DuckDBPyConnection,
    sql: str,
    params: dict[str, Any] | None = None,
    *,
    max_rows: int | None = None,
) -> QueryResult:
    """Run one analyst query on a (read-only) connection; at most ``max_rows`` rows.

    Args:
        con: a reading connection (``warehouse.snapshot.open_for_reading``).
        sql: one query; values belong in ``$name`` parameters, given in ``params``.
        params: the bound parameters.
        max_rows: keep at most this many rows (``truncated`` says whether there were more).

    Raises:
        SqlError: the statement is refused (see :func:`check_query`) or fails, with DuckDB's
            reason and, for an unknown table, the analysts' views.
    """
    check_query(con, sql)
    try:
        cursor = con.execute(sql, params or None)
        columns = [d[0] for d in cursor.description or []]
        if max_rows is None:
            rows = cursor.fetchall()
            truncated = False
        else:
            rows = cursor.fetchmany(max_rows + 1)
            truncated = len(rows) > max_rows
            rows = rows[:max_rows]
    except duckdb.CatalogException as exc:
        raise SqlError(
            f"{_first_line(exc)} (the analysts' views: {', '.join(VIEWS)}; "
            "SHOW TABLES lists everything)"
        ) from None
    except duckdb.InvalidInputException as exc:
        if "parameter" in str(exc).lower():
            raise SqlError(f"{_first_line(exc)}: give each $name with --param name=value") from None
        raise SqlError(_first_line(exc)) from None
    except duckdb.Error as exc:
        raise SqlError(_first_line(exc)) from None
    return QueryResult(columns, rows, truncated)
