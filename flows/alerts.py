"""Prefect tasks of the alerts stage, and the run bookkeeping around a run of ``daily``.

- :func:`send_alerts`: after processing, one digest per subscription, exactly once per
  (subscription, article) (see :mod:`policywatch.alerts.service`).
- :func:`alert_operators`: a run that failed, or went on past failures (partial), is told to the
  operators' channels with the reason.
- :func:`begin_run`: while holding the run lock, mark runs a dead process left "running" as failed
  (and tell the operators), and record where this run came from (local call or deployment).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from policywatch import pipeline
from policywatch.alerts import service
from policywatch_core.settings import Settings
from warehouse import store
from warehouse.db import connect, run_query

log = logging.getLogger("policywatch")


@task(name="alerts", retries=2, retry_delay_seconds=[5, 30], cache_policy=NO_CACHE)
def send_alerts(ctx: pipeline.RunContext) -> dict[str, int]:
    """Plan, record and deliver this run's alerts; pending deliveries of older runs too."""
    with pipeline.timed(ctx, "alerts"):
        summary = service.run_alerts(ctx.settings, ctx.run_id, watchlist=ctx.watchlist)
    counts = summary.as_dict()
    ctx.counts["alert_messages"] += counts["messages"]
    ctx.counts["alerts_sent"] += counts["sent"]
    ctx.counts["alerts_pending"] += counts["pending"]
    log.info(
        "alerts: %d new messages (%d articles); deliveries: %d sent, %d pending, %d failed",
        counts["messages"],
        counts["items"],
        counts["sent"],
        counts["pending"],
        counts["failed"],
    )
    return counts


@task(name="alert-operators", retries=2, retry_delay_seconds=[5, 30], cache_policy=NO_CACHE)
def alert_operators(
    settings: Settings,
    run_id: str,
    error: str,
    details: Mapping[str, Any] | None = None,
    status: str = "failed",
) -> int:
    """Tell the operators' channels that a run failed or was partial; return deliveries sent."""
    outcomes = service.notify_operators(settings, run_id, error, details, status=status)
    return sum(1 for o in outcomes if o.status == "sent")


def record_failed_start(settings: Settings, profile: str, run_id: str, error: str) -> None:
    """A run that failed before it could open its row (unreadable config): record it anyway."""
    with connect(settings.duckdb_path) as con:
        store.start_run(con, run_id, profile, {"profile": profile})
        store.finish_run(
            con,
            run_id,
            status="failed",
            counts={},
            failures={"prepare": 1},
            stage_timings={},
            error=error,
        )


def _origin() -> tuple[str, str | None]:
    try:
        from prefect.runtime import deployment, flow_run

        flow_run_id = flow_run.id
        return ("deployment" if deployment.id else "local"), flow_run_id
    except Exception:  # outside a flow run (direct calls in tests)
        return "local", None


@task(name="begin-run", retries=2, retry_delay_seconds=[2, 5], cache_policy=NO_CACHE)
def begin_run(ctx: pipeline.RunContext) -> list[str]:
    """Record the run's origin; fail runs left 'running' by a dead process; tell operators."""
    trigger, flow_run_id = _origin()
    with connect(ctx.settings.duckdb_path) as con:
        run_query(
            con,
            "runs_set_origin",
            {"run_id": ctx.run_id, "trigger": trigger, "flow_run_id": flow_run_id},
        )
    interrupted = service.mark_interrupted_runs(ctx.settings, ctx.run_id)
    for run_id in interrupted:
        log.warning("run %s was interrupted (its process died); marked failed", run_id)
        service.notify_operators(
            ctx.settings,
            run_id,
            "interrupted: the process stopped before the run finished (killed or crashed)",
            {"noticed by": ctx.run_id},
        )
    return interrupted


def failure_details(ctx: pipeline.RunContext) -> dict[str, str]:
    """What an operator wants to see about a failed run."""
    return {
        "profile": ctx.profile,
        "stage timings (s)": json.dumps({k: round(v, 1) for k, v in ctx.timings.items()}),
        "counts": json.dumps(dict(ctx.counts)),
    }
