"""Commands that run the pipeline: ``run`` and ``demo``."""

from __future__ import annotations

import logging
import time
from typing import Annotated, Any

import typer

from policywatch.cli.app import app, console, fail, plain, settings_of
from policywatch.cli.output import Format
from policywatch_core.settings import Settings

log = logging.getLogger("policywatch")


def run_flow(settings: Settings, profile: str, demo_base: str | None = None) -> dict[str, Any]:
    """Run the daily flow in this process (Prefect's ephemeral mode unless PREFECT_API_URL)."""
    from flows.daily import daily

    return daily(
        profile=profile,
        config_dir=str(settings.config_dir),
        data_dir=str(settings.data_dir),
        demo_base=demo_base,
    )


def print_summary(summary: dict[str, Any], seconds: float) -> None:
    """One line on the run, then why it is not ok; raise an exit code 1 when it failed.

    The duration is the run's own, as `policywatch runs` shows it (from the opening of the run's
    record to its end); ``seconds``, the command's, adds the orchestrator's start and the set-up.
    """
    counts = summary.get("counts", {})
    run_seconds = summary.get("seconds")
    took = f"{run_seconds:.1f} s" if run_seconds is not None else f"{seconds:.1f} s"
    if run_seconds is not None and seconds - run_seconds >= 0.1:
        took += f" ({seconds:.1f} s with the orchestrator's start and set-up)"
    console.print(
        f"run [bold]{plain(summary['run_id'])}[/]: {plain(summary['status'])} in {took}: "
        f"{counts.get('discovered', 0)} links found, {counts.get('fetched', 0)} pages fetched, "
        f"{counts.get('new_articles', 0)} new articles, {counts.get('skipped', 0)} already known",
        highlight=False,
    )
    if summary.get("reason"):
        colour = "red" if summary["status"] == "failed" else "yellow"
        console.print(
            f"[{colour}]{plain(summary['status'])}:[/] {plain(summary['reason'])}", highlight=False
        )
    if summary["status"] == "failed":
        raise typer.Exit(1)


@app.command()
def run(
    ctx: typer.Context,
    profile: Annotated[
        str, typer.Option(help="outlets to crawl: a profile of sources.toml")
    ] = "default",
) -> None:
    """Crawl the configured outlets and update the timeline (one run of the daily flow).

    Example: policywatch run --profile default
    """
    settings = settings_of(ctx)
    if profile == "demo":
        demo(ctx)
        return
    start = time.perf_counter()
    try:
        summary = run_flow(settings, profile)
    except Exception as exc:
        raise fail(f"the run failed: {exc}") from None
    print_summary(summary, time.perf_counter() - start)


@app.command()
def demo(
    ctx: typer.Context,
    timeline: Annotated[bool, typer.Option(help="print the timeline afterwards")] = True,
) -> None:
    """Serve the bundled demo outlets on 127.0.0.1, run the pipeline on them, print the timeline.

    This is what `make run` does. Running it again adds nothing new.
    """
    from policywatch.cli.timeline import show_timeline
    from policywatch.demo.server import DemoServer

    settings = settings_of(ctx)
    start = time.perf_counter()
    with DemoServer() as server:
        console.print(f"demo outlets served at {plain(server.base_url)}", highlight=False)
        try:
            summary = run_flow(settings, "demo", demo_base=server.base_url)
        except Exception as exc:
            raise fail(f"the demo run failed: {exc}") from None
    print_summary(summary, time.perf_counter() - start)
    if timeline:
        show_timeline(settings, fmt=Format.table, limit=100)


@app.command()
def reprocess(
    ctx: typer.Context,
    outlet: Annotated[
        str | None, typer.Option(help="only the pages of this outlet id", show_default=False)
    ] = None,
) -> None:
    """Re-extract and re-tag every stored page, without crawling.

    Use it after changing the watchlist, the signal rules or upgrading policywatch: articles keep
    their ids, developments and alerts; text, metadata, mentions and signals are replaced.

    Example: policywatch reprocess --outlet the-decoder
    """
    from policywatch.pipeline import reprocess as reprocess_pages
    from warehouse.db import WarehouseError

    settings = settings_of(ctx)
    if not settings.duckdb_path.exists():
        raise fail(f"{settings.duckdb_path}: no warehouse yet; run `policywatch run` first")
    start = time.perf_counter()
    try:
        counts = reprocess_pages(settings, outlet=outlet)
    except WarehouseError as exc:
        raise fail(str(exc)) from None
    console.print(
        f"reprocessed {counts.get('articles', 0)} articles in {time.perf_counter() - start:.1f} s"
        + (
            f"; {counts['failed']} pages no longer extract (see problems)"
            if counts.get("failed")
            else ""
        ),
        highlight=False,
    )
