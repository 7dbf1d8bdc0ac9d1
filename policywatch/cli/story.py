"""``policywatch story ID``: a policy's developments and status history as one timeline."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.table import Table

from policywatch.cli.app import app, fail, out, plain, settings_of
from policywatch.cli.output import Format, emit, show_time
from policywatch.reading import NotFoundError, display_zone, fetch_story, plain_value
from policywatch_core.when import zone_suffix
from warehouse.db import WarehouseError
from warehouse.snapshot import open_for_reading

EVENT_COLUMNS = [
    "at",
    "event",
    "development_id",
    "headline",
    "status",
    "confirmed",
    "outlet",
    "title",
    "url",
    "article_id",
]


def event_text(event: dict[str, Any]) -> str:
    """What happened, in words: "first report", "in-force (confirmed)", "adopted confirmed"."""
    if event["event"] == "first report":
        return "first report"
    if event["event"] == "confirmed":
        return f"{event['status']} confirmed officially"
    return f"{event['status']}" + (" (official)" if event.get("confirmed") else "")


def _print_table(story: dict[str, Any]) -> None:
    devs = story["developments"]
    table = Table(
        header_style="bold",
        title=f"Story {story['story_id']}: {len(devs)} development{'s' if len(devs) != 1 else ''}",
    )
    table.add_column(f"date ({zone_suffix(display_zone())})")
    table.add_column("event", overflow="fold")
    table.add_column("development", no_wrap=True)
    table.add_column("headline", overflow="fold")
    table.add_column("shown by", overflow="fold")
    for event in story["events"]:
        table.add_row(
            plain(show_time(event["at"])),
            plain(event_text(event)),
            plain(str(event["development_id"])[:8]),
            plain(event["headline"] or ""),
            plain(event.get("outlet") or ""),
        )
    out.print(table)
    now = Table(header_style="bold", title="Where each development stands")
    for col in ("development", "headline", "reports", "status", "confirmed", "since"):
        header = f"since ({zone_suffix(display_zone())})" if col == "since" else col
        now.add_column(header, overflow="fold", no_wrap=col == "development")
    for dev in devs:
        now.add_row(
            plain(str(dev["development_id"])[:8]),
            plain(dev["headline"] or ""),
            str(dev["n_reports"]),
            plain(dev.get("status") or "-"),
            "yes" if dev.get("confirmed") else "no",
            plain(show_time(dev.get("status_changed"))),
        )
    out.print(now)


@app.command()
def story(
    ctx: typer.Context,
    story_id: Annotated[
        str,
        typer.Argument(
            help="a story id (or its first characters), or the id of one of its developments"
        ),
    ],
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
) -> None:
    """Show a policy's thread: its developments and their status history as one timeline.

    A story links the developments of one policy across months (a draft in October, the final
    rules in March, a suspension in June). Each row is an event: a development's first report,
    a change of its status (reported, proposed, adopted, in-force, suspended, denied) or the
    official confirmation of one, with the report that shows it. Then where each development
    stands now. With --format json, one JSON document (story_id, developments, events); with
    csv, one row per event.

    Example: policywatch story 9d658870 --format json
    """
    settings = settings_of(ctx)
    try:
        with open_for_reading(settings.duckdb_path) as con:
            found = fetch_story(con, story_id)
    except (WarehouseError, NotFoundError) as exc:
        raise fail(str(exc)) from None
    if fmt is Format.json:
        sys.stdout.write(json.dumps(plain_value(found), ensure_ascii=False) + "\n")
    elif fmt is Format.csv:
        emit(
            [{**e, "story_id": found["story_id"]} for e in found["events"]],
            fmt,
            columns=["story_id", *EVENT_COLUMNS],
        )
    else:
        _print_table(found)
