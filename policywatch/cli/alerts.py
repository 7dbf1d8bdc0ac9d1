"""``policywatch alerts``: the alert log, test messages, and delivering what is pending."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from policywatch.cli.app import (
    MAX_NUMBER,
    app,
    choice,
    console,
    fail,
    note_source,
    plain,
    settings_of,
)
from policywatch.cli.output import Format, emit
from policywatch.reading import open_latest
from policywatch_core.settings import Settings
from warehouse.db import WarehouseError, run_query

alerts_app = typer.Typer(
    help="The alert log, test messages to a subscription's channels, pending deliveries.",
    no_args_is_help=False,
)
app.add_typer(alerts_app, name="alerts")

LOG_COLUMNS = [
    "created_at",
    "subscription",
    "kind",
    "n_items",
    "channel",
    "status",
    "attempts",
    "sent_at",
    "last_error",
    "title",
    "message_id",
]
ITEM_COLUMNS = [
    "recorded_at",
    "subscription",
    "kind",
    "development_id",
    "article_id",
    "title",
    "message_id",
]


#: The states of a delivery (``alert_deliveries.status``).
DELIVERY_STATES = ("sent", "pending", "failed")


def known_subscription(settings: Settings, con: Any, name: str | None) -> str | None:
    """``--subscription`` checked: configured (alerts.toml, following) or in the alert ledger.

    A name that is neither is a typing mistake, refused with the closest names, not an empty log.
    """
    if name is None or not name.strip():
        return None
    from policywatch.alerts.service import load_config

    known = [s.name for s in load_config(settings).items]
    known += [str(r[0]) for r in run_query(con, "alerts_subscriptions").fetchall()]
    return choice("--subscription", name, [*known, "operators"])


def rows_of(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@alerts_app.callback(invoke_without_command=True)
def alerts(
    ctx: typer.Context,
    subscription: Annotated[
        str | None, typer.Option("--subscription", "-s", help="only this subscription")
    ] = None,
    status: Annotated[
        str | None, typer.Option(help="only deliveries in this state: sent, pending, failed")
    ] = None,
    run_id: Annotated[str | None, typer.Option("--run", help="only messages of this run")] = None,
    limit: Annotated[int, typer.Option(min=1, max=MAX_NUMBER, help="at most this many rows")] = 50,
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
) -> None:
    """List the alert log, newest first: one row per message and channel.

    A message is recorded 'pending' before it is sent and marked 'sent' after; a channel that
    fails stays 'pending' and is retried by the next run ('failed' after alerts_max_attempts).

    Examples: policywatch alerts --status pending;  policywatch alerts test china-desk
    """
    if ctx.invoked_subcommand is not None:
        return
    settings = settings_of(ctx)
    status = choice("--status", status, DELIVERY_STATES)
    try:
        with open_latest(settings.duckdb_path) as (con, note):
            subscription = known_subscription(settings, con, subscription)
            rows = rows_of(
                run_query(
                    con,
                    "alerts_log",
                    {
                        "subscription": subscription,
                        "status": status,
                        "run_id": run_id,
                        "limit": limit,
                    },
                )
            )
    except WarehouseError as exc:
        raise fail(str(exc)) from None
    note_source(note)
    emit(rows, fmt, columns=LOG_COLUMNS, title=f"Alert log ({len(rows)})")


@alerts_app.command("items")
def items(
    ctx: typer.Context,
    subscription: Annotated[
        str | None, typer.Option("--subscription", "-s", help="only this subscription")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=MAX_NUMBER, help="at most this many rows")] = 100,
    fmt: Annotated[Format, typer.Option("--format", help="output format")] = Format.table,
) -> None:
    """List which articles each subscription was told about (at most once each)."""
    settings = settings_of(ctx)
    try:
        with open_latest(settings.duckdb_path) as (con, note):
            subscription = known_subscription(settings, con, subscription)
            rows = rows_of(
                run_query(con, "alerts_items", {"subscription": subscription, "limit": limit})
            )
    except WarehouseError as exc:
        raise fail(str(exc)) from None
    note_source(note)
    emit(rows, fmt, columns=ITEM_COLUMNS, title=f"Alerted articles ({len(rows)})")


@alerts_app.command("test")
def test(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="a subscription name, or 'operators'")],
) -> None:
    """Send a test message to every channel of subscription NAME and report each outcome.

    Example: policywatch alerts test china-desk
    """
    from policywatch.alerts.service import send_test

    settings = settings_of(ctx)
    try:
        outcomes = send_test(settings, name)
    except (KeyError, ValueError) as exc:
        raise fail(str(exc).strip("'\"")) from None
    except WarehouseError as exc:
        raise fail(str(exc)) from None
    failed = 0
    for outcome in outcomes:
        if outcome.status == "sent":
            console.print(f"[green]sent[/] to {plain(outcome.channel)}", highlight=False)
        else:
            failed += 1
            console.print(
                f"[red]{plain(outcome.status)}[/] {plain(outcome.channel)}: {plain(outcome.error)}",
                highlight=False,
            )
    if failed:
        raise typer.Exit(1)


@alerts_app.command("deliver")
def deliver(ctx: typer.Context) -> None:
    """Deliver pending alerts now (a run does this too) and report each outcome."""
    from policywatch.alerts.service import channel_map, deliver_pending, load_config, unreadable
    from policywatch_core.locking import RunLockedError, run_lock

    settings = settings_of(ctx)
    config = load_config(settings)
    for problem in unreadable(config.problems):
        raise fail(f"{problem.reason} (nothing delivered; fix the file first)")
    try:
        with run_lock(settings.run_lock_path, run_id="alerts-deliver"):
            channels = channel_map(settings, config.items)
            outcomes = deliver_pending(settings, channels)
    except (RunLockedError, WarehouseError) as exc:
        raise fail(str(exc)) from None
    if not outcomes:
        console.print("nothing pending")
    for outcome in outcomes:
        console.print(
            plain(
                f"{outcome.status}: {outcome.subscription} to {outcome.channel}"
                + (f" ({outcome.error})" if outcome.error else "")
            ),
            highlight=False,
        )
