"""``policywatch snapshot``: publish the analysts' read snapshot now."""

from __future__ import annotations

import typer

from policywatch.cli.app import app, console, fail, plain, settings_of
from policywatch.cli.output import human_size
from warehouse.db import WarehouseError
from warehouse.snapshot import publish, quietly


@app.command()
def snapshot(ctx: typer.Context) -> None:
    """Publish the read snapshot that analysts' commands, notebooks and reports read.

    Runs publish it themselves (at the start when there is none, during processing and at the
    end), and so do the grouping corrections. Use this after changing the warehouse otherwise
    outside a run (an import, an edit by hand) so that readers see the change at once. Waits up
    to 30 s if another process is writing.

    Example: policywatch snapshot
    """
    settings = settings_of(ctx)
    try:
        with quietly():  # the line below says it: once
            done = publish(settings.duckdb_path)
    except WarehouseError as exc:
        raise fail(str(exc)) from None
    console.print(
        f"published {plain(done.path)} ({human_size(done.bytes)}, {done.seconds:.1f} s)",
        highlight=False,
    )
