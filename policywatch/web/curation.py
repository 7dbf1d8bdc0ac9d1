"""Apply the curation operations queued by the web app to the warehouse.

Called with an open writing connection by whoever holds the warehouse: the pipeline at the start
of each batch and before it finishes (``policywatch.pipeline``), or the web server itself when no
run holds it. Operations run in queue order through the same functions as the CLI's
``developments merge|split`` (``warehouse.grouping``), so they are kept through later runs and
``regroup`` exactly as the CLI's are.

Applying is idempotent: before each operation the warehouse is asked whether it is already in
effect (a merge leaves an alias, a split pins its reports to a development whose id is derived
from them, a rename leaves the headline), so an operation applied just before a crash, and not yet
marked in the queue, is recognised and marked ``already`` instead of being applied twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import duckdb

from policywatch.web.state import Operation, StateStore
from policywatch_core.models import stable_id

log = logging.getLogger("policywatch.web.curation")


@dataclass(frozen=True, slots=True)
class Applied:
    op_id: str
    kind: str
    outcome: str  # applied | already | failed
    error: str | None = None


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any]) -> Any:
    row = con.execute(sql, params).fetchone()
    return row[0] if row else None


def split_target(development_id: str, article_ids: list[str]) -> str:
    """The id of the development a split creates (as ``warehouse.grouping.split`` derives it)."""
    return stable_id("development", "split", development_id, *sorted(set(article_ids)))


def in_effect(con: duckdb.DuckDBPyConnection, op: Operation) -> bool:
    """Whether the warehouse already shows the effect of ``op``."""
    p = op.payload
    if op.kind == "merge":
        return bool(
            _scalar(
                con,
                "SELECT count(*) FROM grouping_aliases "
                "WHERE development_id = $other AND merged_into = $keep",
                {"other": p["other"], "keep": p["keep"]},
            )
        )
    if op.kind == "split":
        articles = list(p["article_ids"])
        target = split_target(p["development_id"], articles)
        pinned = _scalar(
            con,
            "SELECT count(*) FROM grouping_pins WHERE development_id = $d "
            "AND article_id IN (SELECT unnest($ids))",
            {"d": target, "ids": articles},
        )
        return bool(articles) and int(pinned or 0) == len(set(articles))
    if op.kind == "rename":
        from warehouse.grouping import manual_headlines

        dev_id = p["development_id"]
        return bool(manual_headlines(con, [dev_id]).get(dev_id) == p["headline"])
    return False


def _apply_one(con: duckdb.DuckDBPyConnection, op: Operation) -> None:
    from warehouse import grouping

    p = op.payload
    note = p.get("note") or "from the web app"
    if op.kind == "merge":
        grouping.merge(con, p["keep"], p["other"], note)
    elif op.kind == "split":
        grouping.split(con, p["development_id"], list(p["article_ids"]), note)
    elif op.kind == "rename":
        grouping.rename(con, p["development_id"], p["headline"], note)
    else:
        raise grouping.GroupingError(f"unknown operation {op.kind!r}")


def apply_queued(
    con: duckdb.DuckDBPyConnection, store: StateStore, *, applied_by: str
) -> list[Applied]:
    """Apply every pending operation of ``store`` to the warehouse ``con``, in queue order.

    An operation that cannot be applied (its development no longer exists, say) is closed as
    ``failed`` with the reason, shown on the web app's pages; the others go on.
    """
    from warehouse.grouping import GroupingError

    done: list[Applied] = []
    for op in store.operations(pending_only=True):
        if in_effect(con, op):
            result = Applied(op.op_id, op.kind, "already")
        else:
            try:
                _apply_one(con, op)
                result = Applied(op.op_id, op.kind, "applied")
            except (GroupingError, KeyError, TypeError, ValueError) as exc:
                result = Applied(op.op_id, op.kind, "failed", str(exc))
                log.warning("curation %s %s failed: %s", op.kind, op.op_id, exc)
        store.record_outcome(
            op.op_id, applied_by=applied_by, outcome=result.outcome, error=result.error
        )
        done.append(result)
    if done:
        log.info("applied %d queued curation operation(s)", len(done))
    return done


def apply_for_run(con: duckdb.DuckDBPyConnection, state_path: Any, run_id: str) -> list[Applied]:
    """The pipeline's entry point: apply what the web app queued, never failing the run."""
    from pathlib import Path

    path = Path(state_path)
    if not path.exists():
        return []
    try:
        store = StateStore(path)
        if not store.has_pending():
            return []
        return apply_queued(con, store, applied_by=f"run {run_id}")
    except Exception as exc:  # curation is the analysts' convenience, never a reason to fail a run
        log.warning("could not apply the web app's queued curation: %s", exc)
        return []
