"""``policywatch web``: the analysts' web app over the read snapshot."""

from __future__ import annotations

from typing import Annotated

import typer

from policywatch.cli.app import MAX_PORT, app, fail, settings_of


@app.command()
def web(
    ctx: typer.Context,
    host: Annotated[
        str | None,
        typer.Option(
            help="address to listen on (default 127.0.0.1; any other needs POLICYWATCH_WEB_TOKEN)",
            show_default=False,
        ),
    ] = None,
    port: Annotated[
        int | None,
        typer.Option(
            min=0, max=MAX_PORT, help="port (default 8765; 0 picks a free one)", show_default=False
        ),
    ] = None,
    semantic: Annotated[
        bool,
        typer.Option(
            help="load the embedding model at start so searches by meaning answer at once"
        ),
    ] = True,
) -> None:
    """Serve the web app: timeline, developments, entities, search, following, sources, runs.

    Reads the read snapshot the pipeline publishes, so it runs beside scheduled runs. Read marks,
    follows and curation (merge, split, rename) are written to the web app's own state file and
    queue; curation reaches the warehouse at once when no run holds it, otherwise at the run's
    next batch. Every page has a JSON twin under /api/.

    Examples:
      policywatch web                       # then open http://127.0.0.1:8765/
      POLICYWATCH_WEB_TOKEN=... policywatch web --host 0.0.0.0 --port 8080
    """
    from policywatch.web.server import WebConfigError, serve

    settings = settings_of(ctx)
    try:
        serve(
            settings,
            host or settings.web_host,
            settings.web_port if port is None else port,
            semantic=semantic,
        )
    except WebConfigError as exc:
        raise fail(str(exc)) from None
