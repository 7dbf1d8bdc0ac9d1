"""``policywatch serve``: run the daily flow on its schedule until stopped."""

from __future__ import annotations

import contextlib
from typing import Annotated

import typer

from policywatch.cli.app import MAX_PORT, app, console, fail, plain, settings_of


@app.command()
def serve(
    ctx: typer.Context,
    profile: Annotated[
        str, typer.Option(help="outlets to crawl: a profile of sources.toml")
    ] = "default",
    cron: Annotated[
        str | None,
        typer.Option(help="cron schedule (default: setting schedule_cron, '0 5 * * *')"),
    ] = None,
    timezone: Annotated[
        str | None, typer.Option(help="time zone of the cron (default: schedule_timezone)")
    ] = None,
    interval: Annotated[
        float | None,
        typer.Option(min=1, help="run every N seconds instead of the cron (testing, demos)"),
    ] = None,
    port: Annotated[
        int,
        typer.Option(
            min=0, max=MAX_PORT, help="port of the local Prefect server (0: any free port)"
        ),
    ] = 0,
) -> None:
    """Serve the daily flow on its schedule; Ctrl-C stops it cleanly.

    Prefect schedules only through a real API server. Without PREFECT_API_URL, this starts a
    local Prefect server on 127.0.0.1 (state in <data dir>/prefect, log in
    <data dir>/prefect/server.log), prints its dashboard's URL, supervises it and stops it on
    exit (Ctrl-C or SIGTERM). With PREFECT_API_URL set, it registers the schedule on that server
    instead. With --profile demo, the bundled demo outlets are served on 127.0.0.1 too, for as
    long as `serve` runs.

    Two runs never overlap: the run lock makes a second start fail with a message.

    Example: policywatch serve --cron "0 6 * * 1-5" --timezone Europe/Berlin
    """
    from flows.serve import (
        PrefectServerError,
        dashboard_of,
        prefect_api,
        serve_daily,
        sigterm_as_interrupt,
    )
    from policywatch.demo.server import DemoServer
    from policywatch_core.locking import RunLockedError, run_lock

    settings = settings_of(ctx)
    what = f"every {interval:g} s" if interval else f"on cron '{cron or settings.schedule_cron}'"
    try:
        # One `serve` per data folder: a second would start a second scheduler on the same state.
        serve_lock = run_lock(settings.data_dir / "serve.lock", run_id="policywatch serve")
        with contextlib.ExitStack() as stack:
            stack.enter_context(sigterm_as_interrupt())
            stack.enter_context(serve_lock)
            api_url, started = stack.enter_context(prefect_api(settings, port=port))
            demo_base = None
            if profile == "demo":  # the demo outlets are ours: served while `serve` runs
                demo_base = stack.enter_context(DemoServer()).base_url
                console.print(f"demo outlets served at {demo_base}", highlight=False)
            console.print(
                plain(
                    f"{'started a local' if started else 'using the'} Prefect server at "
                    f"{api_url}; serving the daily flow ({profile}) {what} "
                    f"({timezone or settings.schedule_timezone}). Ctrl-C stops."
                ),
                highlight=False,
            )
            if started:
                console.print(
                    f"Prefect dashboard (runs, schedule, logs): {dashboard_of(api_url)}",
                    highlight=False,
                )
            try:
                serve_daily(
                    settings,
                    api_url,
                    profile=profile,
                    cron=cron,
                    timezone=timezone,
                    interval=interval,
                    demo_base=demo_base,
                )
            except KeyboardInterrupt:
                console.print("stopping…")
    except KeyboardInterrupt:
        pass  # Ctrl-C while starting or stopping
    except RunLockedError as exc:
        raise fail(
            f"`policywatch serve` already runs for {settings.data_dir} "
            f"(pid {exc.holder.get('pid', '?')}); stop it first."
        ) from None
    except PrefectServerError as exc:
        raise fail(str(exc)) from None
    console.print("stopped")
