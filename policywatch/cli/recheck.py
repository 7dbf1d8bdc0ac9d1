"""``policywatch recheck``: fetch again the articles of open developments that are due."""

from __future__ import annotations

import time
from typing import Annotated

import typer

from policywatch.cli.app import app, console, fail, settings_of


@app.command()
def recheck(
    ctx: typer.Context,
    profile: Annotated[str, typer.Option(help="the outlets of this profile (sources.toml)")] = (
        "default"
    ),
) -> None:
    """Re-check stored articles of open developments whose next check is due.

    Each article is fetched again at the hours after it was first seen that
    POLICYWATCH_RECHECK_AFTER_HOURS lists (default 1,6,24,72), with a conditional GET and the
    crawl's politeness. A changed page becomes a new version (text, time, diff), its tags and
    embedding are redone and grouping reconsiders it; a correction notice is alerted once as a
    related report. `policywatch run` does the same after its crawl; run this command more often
    (hourly) to follow the early steps of the schedule.

    Example: policywatch recheck
    """
    from policywatch.recheck import run_recheck
    from warehouse.db import WarehouseError

    settings = settings_of(ctx)
    if not settings.duckdb_path.exists():
        raise fail(f"{settings.duckdb_path}: no warehouse yet; run `policywatch run` first")
    start = time.perf_counter()
    try:
        summary = run_recheck(settings, profile)
    except WarehouseError as exc:
        raise fail(str(exc)) from None
    counts = summary.get("counts", {})
    console.print(
        f"re-checked {counts.get('recheck_due', 0)} articles in "
        f"{time.perf_counter() - start:.1f} s: {counts.get('recheck_not_modified', 0)} not "
        f"modified, {counts.get('recheck_unchanged', 0)} unchanged, "
        f"{counts.get('recheck_changed', 0)} changed ({counts.get('recheck_corrections', 0)} "
        f"corrections), {counts.get('recheck_failed', 0)} failed",
        highlight=False,
    )
