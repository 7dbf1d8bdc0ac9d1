"""The ``daily`` flow: crawl the configured outlets and bring the timeline up to date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow

from flows import alerts, tasks
from policywatch.pipeline import new_run_id
from policywatch_core.locking import run_lock
from policywatch_core.settings import load_settings
from warehouse.db import check_data_folder


@flow(name="daily", log_prints=False, validate_parameters=True)
def daily(
    profile: str = "default",
    config_dir: str | None = None,
    data_dir: str | None = None,
    demo_base: str | None = None,
) -> dict[str, Any]:
    """Crawl, extract, tag, group and store; return the run's summary.

    Args:
        profile: which outlets of sources.toml to crawl ("default", "demo", ...).
        config_dir: folder of the TOML configuration (default: settings).
        data_dir: folder of the warehouse (default: settings).
        demo_base: base URL of a running demo server (profile "demo" only).
    """
    overrides: dict[str, Any] = {
        "config_dir": Path(config_dir) if config_dir else None,
        "data_dir": Path(data_dir) if data_dir else None,
    }
    if demo_base:
        # The demo outlets are our own server on loopback: no politeness delay is owed to it.
        overrides.update(allow_private_hosts=True, download_delay=0.0, autothrottle=False)
    settings = load_settings(**overrides)
    run_id = new_run_id()
    # A read-only folder or a full disk stops the run here, with one clear message, not half-way.
    check_data_folder(settings.data_dir)
    # Two runs never overlap: a second start fails here with a message naming the running one.
    with run_lock(settings.run_lock_path, run_id=run_id):
        try:
            ctx = tasks.prepare(settings, profile, demo_base, run_id)
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            alerts.record_failed_start(settings, profile, run_id, error)
            alerts.alert_operators(settings, run_id, error, {"profile": profile})
            raise
        try:
            alerts.begin_run(ctx)
            result = tasks.crawl(ctx)
            tasks.store_crawl(ctx, result)
            tasks.process(ctx)
            tasks.recheck(ctx)
            alerts.send_alerts(ctx)
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            tasks.finish(ctx, error=error)
            alerts.alert_operators(settings, ctx.run_id, error, alerts.failure_details(ctx))
            raise
        summary = tasks.finish(ctx)
        if summary["status"] != "ok":  # partial, or nothing could be read: say why
            alerts.alert_operators(
                settings,
                ctx.run_id,
                summary["reason"] or summary["status"],
                alerts.failure_details(ctx),
                status=summary["status"],
            )
        return summary
