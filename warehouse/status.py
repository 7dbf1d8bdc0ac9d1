"""The warehouse edge of a development's status over time (``nlp.status``).

``development_status_changes`` (migration 141) holds each development's status changes; the
``development_status`` view and the ``timeline`` view's ``status``, ``confirmed`` and
``status_changed`` columns (migration 142) read it. :func:`refresh_status` recomputes the rows of
the developments given from their current reports, inside the caller's transaction: grouping,
reprocessing, regrouping and curation call it through ``refresh_developments``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow as pa

from nlp.status import (
    OUTLET_KINDS,
    SOURCINGS,
    STAGES,
    StatusHistory,
    StatusReport,
    status_history,
)
from policywatch_core.models import Stated
from warehouse.db import run_query
from warehouse.load import register_derived_table, replace_rows

# Rebuilt from the reports whenever a development changes: no key constraint (migration 220).
register_derived_table("development_status_changes", ("development_id", "seq"))

STATUS_CHANGES = pa.schema(
    [
        ("development_id", pa.string()),
        ("seq", pa.int32()),
        ("status", pa.string()),
        ("changed_at", pa.timestamp("us", tz="UTC")),
        ("article_id", pa.string()),
        ("sentence", pa.string()),
        ("confirmed_at", pa.timestamp("us", tz="UTC")),
        ("confirmed_by", pa.string()),
    ]
)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def status_report(row: tuple[Any, ...]) -> StatusReport:
    """A ``status_reports.sql`` row (without its development id) as the status needs it.

    Values the status does not know (an outlet kind or a stage a newer tagger writes) count as
    a news outlet, no sourcing and no stage, so one odd row cannot stop a run. What the tagger
    read the text to state (``article_stated``) is trusted when the row has it; a report
    assessed before it was stored is read from its text by the same reader.
    """
    article_id, published, outlet_kind, sourcing, stage, sentence, text, *read = row
    when = _aware(published)
    stated = None
    if read and read[0]:
        # what the tagger read the text to state, as it stored it: trusted, not read again
        effective, party_denial, sought = read[1:]
        stated = Stated(effective, bool(party_denial), bool(sought))
    return StatusReport.of_text(
        str(article_id),
        when,
        outlet_kind if outlet_kind in OUTLET_KINDS else "news",
        sourcing if sourcing in SOURCINGS else None,
        stage if stage in STAGES else "none",
        text or "",
        sentence or "",
        stated,
    )


def histories(
    con: duckdb.DuckDBPyConnection, development_ids: Iterable[str]
) -> dict[str, StatusHistory]:
    """The status history of each development given (those without reports are left out)."""
    ids = sorted(set(development_ids))
    if not ids:
        return {}
    reports: dict[str, list[StatusReport]] = {}
    for row in run_query(con, "status_reports", {"ids": ids}).fetchall():
        reports.setdefault(str(row[0]), []).append(status_report(row[1:]))
    return {dev_id: status_history(items) for dev_id, items in reports.items()}


def refresh_status(con: duckdb.DuckDBPyConnection, development_ids: Iterable[str]) -> int:
    """Rewrite the status changes of ``development_ids`` from their current reports.

    Idempotent: the same reports give the same rows. A development with no reports left (merged
    away, split empty) loses its rows. Returns the number of rows written.
    """
    ids = sorted(set(development_ids))
    if not ids:
        return 0
    found = histories(con, ids)
    rows = [
        {
            "development_id": dev_id,
            "seq": seq,
            "status": change.status,
            "changed_at": change.at,
            "article_id": change.article_id,
            "sentence": change.sentence or None,
            "confirmed_at": change.confirmed_at,
            "confirmed_by": change.confirmed_by,
        }
        for dev_id in sorted(found)
        for seq, change in enumerate(found[dev_id].changes)
    ]
    replace_rows(
        con, "development_status_changes", "development_id", ids, rows, schema=STATUS_CHANGES
    )
    return len(rows)


def refresh_all_status(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute the status of every development (after a migration or a tagger change)."""
    ids = [r[0] for r in con.execute("SELECT development_id FROM developments").fetchall()]
    con.execute("DELETE FROM development_status_changes")
    return refresh_status(con, ids)
