"""The read side of the warehouse: what every reader shows (CLI, report, export, web app).

The timeline with its filters, a development with its reports, recent runs, and plain values
with times in the display zone. The command line renders these; the HTML report, the export and
the web application call the same functions, so a filter means the same thing everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

import duckdb

from policywatch_core.settings import Settings
from policywatch_core.when import display_zone as display_zone
from policywatch_core.when import format_time
from policywatch_core.when import set_display_zone as set_display_zone
from warehouse.db import WarehouseLockedError, connect, run_query
from warehouse.snapshot import (
    describe,
    has_development_read_model,
    has_read_model,
    has_table,
    open_for_reading,
    snapshot_path,
)


@contextmanager
def open_latest(db_path: Path | str) -> Iterator[tuple[duckdb.DuckDBPyConnection, str | None]]:
    """The live warehouse read-only, or the read snapshot while a run writes; and a note.

    Runs, source health, the alert log and grouping decisions are read from the live file, whose
    rows are the newest (a run in progress shows as ``running``). While another process writes
    it, DuckDB lets no reader open it: the read snapshot the run published is read instead, and
    the note (None otherwise) says so and of when it is.

    Raises:
        WarehouseError: no warehouse, or it is locked and no snapshot was published yet.
    """
    with ExitStack() as stack:
        note = None
        try:
            con = stack.enter_context(connect(db_path, read_only=True))
        except WarehouseLockedError:
            if not snapshot_path(db_path).exists():
                raise
            con = stack.enter_context(open_for_reading(db_path))
            published = describe(con).published_at
            when = f" published {format_time(published, display_zone())}" if published else ""
            note = (
                "the warehouse is being written (a run in progress?): this is the read "
                f"snapshot{when}"
            )
        yield con, note


def plain_value(value: Any) -> Any:
    """``value`` as JSON can write it: times in the display zone, and every SQL type a value.

    Analysts' own queries (``policywatch sql --format json``) return any DuckDB type: an
    INTERVAL is written as ISO 8601 (``P3DT0S``), a DECIMAL as a number, a TIME, UUID or BLOB
    as text; a MAP's keys as text.
    """
    if isinstance(value, datetime):
        return format_time(value, display_zone(), style="iso")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return iso_duration(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, list | tuple):
        return [plain_value(v) for v in value]
    if isinstance(value, dict):
        return {k if isinstance(k, str) else str(k): plain_value(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)  # UUID and other types a query may return


def iso_duration(value: timedelta) -> str:
    """A duration in ISO 8601 (``P3DT1H30M``; ``-P1DT0S`` when negative)."""
    sign = "-" if value < timedelta(0) else ""
    value = abs(value)
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    seconds_text = (
        f"{seconds + value.microseconds / 1_000_000:g}S" if seconds or value.microseconds else ""
    )
    clock = f"{hours}H" * bool(hours) + f"{minutes}M" * bool(minutes) + seconds_text
    return f"{sign}P{value.days}DT{clock or '0S'}"


COLUMNS = [
    "first_seen",
    "last_update",
    "headline",
    "n_reports",
    "n_outlets",
    "outlets",
    "top_entities",
    "signals",
    "stage",
    "sourcing",
    "development_id",
]


#: Beside the table's columns, what --format json and csv print.
MORE_COLUMNS = [
    "main_entities",
    "background_signals",
    "is_policy",
    "last_seen",
    "story_id",
    "status",
    "confirmed",
    "status_changed",
    "n_independent",
]


FILTERS = (
    "since", "until", "entity", "signal", "outlet", "policy_only", "limit", "sort",
    "include_mentions", "min_outlets", "status", "confirmed", "min_independent",
)  # fmt: skip


class Sort(StrEnum):
    """The orders of the timeline: by first report (default) or by latest report."""

    first_seen = "first-seen"
    last_update = "last-update"


def utc(value: datetime | None) -> datetime | None:
    """A date from the command line as an aware UTC time (naive values are taken as UTC)."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def timeline_params(**filters: Any) -> dict[str, Any]:
    """The bound parameters of the ``timeline`` query (unknown filters are refused)."""
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise TypeError(f"unknown timeline filters: {sorted(unknown)}")
    params: dict[str, Any] = dict.fromkeys(FILTERS)
    params["limit"] = 100
    params["sort"] = Sort.first_seen
    params.update(filters)
    params["sort"] = str(Sort(params["sort"] or Sort.first_seen))
    params["since"] = utc(params["since"])
    params["until"] = utc(params["until"])
    for key in ("entity", "signal", "outlet", "status"):
        if params[key] is not None:
            # As the filters are checked (policywatch.filters): spaces pasted around a name or
            # doubled inside it do not make it another name.
            params[key] = " ".join(str(params[key]).split()) or None
    if params["status"] is not None:
        from nlp.status import LADDER, REVERSALS

        known = [*LADDER, *sorted(REVERSALS)]
        params["status"] = str(params["status"]).strip().lower()
        if params["status"] not in known:
            from policywatch.filters import unknown_choice

            # Named as given, with its option (the web app words it for its fields).
            raise unknown_choice("status", str(filters["status"]), known, n=1)
    return params


def query_timeline(con: Any, **filters: Any) -> list[dict[str, Any]]:
    """Run the timeline query on an open connection; rows as dicts.

    On a read snapshot the query reads the timeline materialised at publication; on the live
    warehouse it aggregates the page of developments it returns.
    """
    query = "analyst_timeline_read" if has_read_model(con) else "analyst_timeline"
    cursor = run_query(con, query, timeline_params(**filters))
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def with_independence(con: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add ``n_independent`` (:func:`independent_outlets`) to timeline rows; returns them."""
    independence = independent_outlets(con, [r["development_id"] for r in rows])
    for row in rows:
        found = independence.get(row["development_id"], {})
        row["n_independent"] = found.get("n_independent") or row["n_outlets"]
    return rows


def independent_outlets(
    con: Any, development_ids: list[str], read_model: bool | None = None
) -> dict[str, dict[str, Any]]:
    """Per development: ``n_independent`` outlets and the ``derived_outlet_ids`` (copies, credits).

    An outlet is independent when one of its reports in the development neither nearly copies
    another outlet's report there nor credits an outlet with a report there (the
    ``development_independence`` view, materialised in a read snapshot).
    """
    if not development_ids:
        return {}
    if read_model is None:
        read_model = has_read_model(con)
    query = "analyst_independence_read" if read_model else "analyst_independence"
    # A long list (the chart's, an export's) reads every row: faster than matching 20,000 ids.
    wanted = None if len(development_ids) > MANY_IDS else development_ids
    found = run_query(con, query, {"ids": wanted}).fetchall()
    return {
        dev: {"development_id": dev, "n_independent": n, "derived_outlet_ids": derived}
        for dev, n, derived in found
    }


#: Beyond this many developments :func:`independent_outlets` reads the whole table.
MANY_IDS = 2000


def fetch_timeline(settings: Settings, **filters: Any) -> list[dict[str, Any]]:
    """The timeline rows, read from the read snapshot (or the warehouse when there is none).

    Raises :class:`~policywatch.filters.UnknownValueError` for an entity, signal or outlet
    nothing is known by.
    """
    with open_for_reading(settings.duckdb_path) as con:
        return checked_timeline(con, **filters)


def checked_timeline(con: Any, **filters: Any) -> list[dict[str, Any]]:
    """The rows ``policywatch timeline`` shows, on an open connection (the web app's too).

    Raises :class:`~policywatch.filters.UnknownValueError` for an entity, signal or outlet
    nothing is known by.
    """
    from policywatch.filters import check_values

    check_values(
        con,
        entity=filters.get("entity"),
        signal=filters.get("signal"),
        outlet=filters.get("outlet"),
    )
    rows = with_independence(con, query_timeline(con, **filters))
    for row in rows:  # the latest report's publication: why a development is in a window
        row.setdefault("last_update", row.get("last_seen"))
    return rows


class NotFoundError(LookupError):
    """No development (or more than one) matches the id given.

    ``str()`` is the command line's wording (its hints name commands); ``web`` the web app's,
    whose hints name the page to go to, ``page`` (a path) when there is one.
    """

    def __init__(self, message: str, web: str | None = None, page: str | None = None) -> None:
        super().__init__(message)
        self.web = web
        self.page = page

    def for_web(self) -> str:
        return self.web or str(self)


def not_found(message: str, hint: str) -> NotFoundError:
    """A :class:`NotFoundError` whose ``hint`` (one of :data:`HINTS`) is worded for each reader."""
    web, page = HINTS[hint]
    return NotFoundError(message, message.replace(hint, web), page)


def rows_of(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def resolve_id(con: duckdb.DuckDBPyConnection, dev_id: str) -> str:
    """The full id of the development ``dev_id`` names (an id or an unambiguous prefix).

    The same reading as the curation commands (``developments merge|split|rename``).
    """
    from warehouse.grouping import GroupingError, resolve_development_id

    if not dev_id.strip():
        raise not_found(f"give a development id ({DEV_HINT})", DEV_HINT)
    try:
        return resolve_development_id(con, dev_id)
    except GroupingError as exc:
        raise not_found(str(exc), DEV_HINT) from None


#: Where the command line finds development ids (``warehouse.grouping``'s own hint).
DEV_HINT = "see `policywatch timeline`"


NOVELTY_COLUMNS = {"added_sentences", "article_id", "copy_of", "credits", "n_added"}


def stored_additions(con: duckdb.DuckDBPyConnection, dev_id: str) -> dict[str, str]:
    """What each report adds, from the grouping stage's ``report_novelty`` view when it exists.

    Returns an empty mapping when the warehouse has no such view (or no rows for this
    development yet): callers then fall back to :func:`derived_additions`.
    """
    return additions_of(stored_novelty(con, dev_id))


def stored_novelty(con: duckdb.DuckDBPyConnection, dev_id: str) -> list[dict[str, Any]]:
    """The grouping stage's record of each report of ``dev_id`` (``report_novelty``), or []."""
    columns = {r[0] for r in run_query(con, "analyst_addition_tables").fetchall()}
    if columns != NOVELTY_COLUMNS:
        return []
    return rows_of(run_query(con, "analyst_report_novelty", {"id": dev_id}))


def additions_of(novelty: list[dict[str, Any]]) -> dict[str, str]:
    """What each report adds in words, from its novelty record (copy, credits, new sentences)."""
    adds: dict[str, str] = {}
    for row in novelty:
        parts: list[str] = []
        if row["copy_of"]:
            parts.append(f"copy of {row['copy_title'] or row['copy_of']!r}")
        if row["credits"]:
            parts.append("credits " + ", ".join(row["credits"]))
        sentences = list(row["added_sentences"] or [])
        if sentences:
            shown = " ".join(sentences[:3])
            more = len(sentences) - 3
            noun = "sentence" if more == 1 else "sentences"
            parts.append(f"adds: {shown}" + (f" (+{more} more {noun})" if more > 0 else ""))
        elif not row["copy_of"]:
            parts.append("no new sentence")
        adds[row["article_id"]] = "; ".join(parts)
    return adds


def derived_additions(reports: list[dict[str, Any]]) -> dict[str, str]:
    """What each report adds that earlier ones did not have: entities, signals, a new outlet."""
    seen_entities: set[str] = set()
    seen_signals: set[str] = set()
    seen_outlets: set[str] = set()
    adds: dict[str, str] = {}
    for report in reports:
        parts: list[str] = []
        if seen_outlets or seen_entities or seen_signals:  # not the first report
            new_entities = [e for e in report["entities"] if e not in seen_entities]
            new_signals = [s for s in report["signals"] if s not in seen_signals]
            if report["outlet_id"] not in seen_outlets:
                parts.append("new outlet")
            if new_entities:
                parts.append("entities: " + ", ".join(new_entities))
            if new_signals:
                parts.append("signals: " + ", ".join(new_signals))
            adds[report["article_id"]] = "; ".join(parts) if parts else "nothing new"
        else:
            adds[report["article_id"]] = "first report"
        seen_entities.update(report["entities"])
        seen_signals.update(report["signals"])
        seen_outlets.add(report["outlet_id"])
    return adds


#: The columns of a report row on a read snapshot that carry its novelty record (moved out of
#: the report into :func:`development_with_novelty`'s second value).
_NOVELTY_READ = ("has_novelty", "copy_of", "copy_title", "novelty_credits", "n_added",
                 "added_sentences")  # fmt: skip


def fetch_development(con: duckdb.DuckDBPyConnection, dev_id: str) -> dict[str, Any]:
    """The development ``dev_id`` with its reports in order and what each adds.

    Raises:
        NotFoundError: no development matches; when a story does (a story id given for a
            development id), the message says so and how to see it.
    """
    try:
        return development_with_novelty(con, dev_id)[0]
    except NotFoundError as exc:
        raise NotFoundError(f"{exc}{story_instead(con, dev_id)}", exc.web, exc.page) from None


def story_instead(con: duckdb.DuckDBPyConnection, given: str) -> str:
    """``"; 540b271c is a story: ..."`` when ``given`` is a story id (or prefix), else ``""``."""
    prefix = given.strip().lower()
    if len(prefix) < 4:
        return ""
    try:
        rows = run_query(con, "story_find", {"prefix": prefix}).fetchall()
    except duckdb.Error:  # a warehouse from before stories
        return ""
    if not rows:
        return ""
    return f"; {given} is a story: see `policywatch story {given}`"


def other_kind_of_id(con: duckdb.DuckDBPyConnection, given: str) -> str:
    """What ``given`` is when an article id was expected and it is not one, or ``""``.

    ``"; 9d658870 is a development: ..."`` for a development's id (or prefix), the same for a
    story's.
    """
    prefix = given.strip().lower()
    if len(prefix) < 4:
        return ""
    try:
        found = run_query(con, "analyst_find_development", {"id": prefix}).fetchall()
    except duckdb.Error:
        found = []
    if found:
        return f"; {given} is a development: see `policywatch show {given}` for its reports' ids"
    return story_instead(con, given)


def development_with_novelty(
    con: duckdb.DuckDBPyConnection, dev_id: str, *, read_model: bool | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """:func:`fetch_development`, and the grouping stage's novelty record of each report.

    On a read snapshot with the development read model (``warehouse.snapshot``) both come from
    tables materialised at publication, a few rows each; elsewhere (the live warehouse, an older
    snapshot, or ``read_model=False``) from the queries over the base tables. Both give the same
    content.
    """
    full_id = resolve_id(con, dev_id)
    if read_model is None:
        read_model = has_development_read_model(con)
    if read_model:
        head = rows_of(run_query(con, "analyst_development_read", {"id": full_id}))[0]
        independence = {
            full_id: {
                "n_independent": head.pop("n_independent"),
                "derived_outlet_ids": head.pop("derived_outlet_ids"),
            }
        }
        reports = rows_of(run_query(con, "analyst_development_reports_read", {"id": full_id}))
        novelty = []
        for report in reports:
            record = {key: report.pop(key) for key in _NOVELTY_READ}
            if record["has_novelty"]:
                novelty.append(
                    {
                        "article_id": report["article_id"],
                        "copy_of": record["copy_of"],
                        "copy_title": record["copy_title"],
                        "credits": record["novelty_credits"],
                        "n_added": record["n_added"],
                        "added_sentences": record["added_sentences"],
                    }
                )
    else:
        head = rows_of(run_query(con, "analyst_development", {"id": full_id}))[0]
        independence = independent_outlets(con, [full_id], read_model=False)
        reports = rows_of(run_query(con, "analyst_development_reports", {"id": full_id}))
        place = {r["article_id"]: n for n, r in enumerate(reports)}
        novelty = sorted(  # in the reports' order, as the read model keeps them
            stored_novelty(con, full_id), key=lambda r: place.get(r["article_id"], len(place))
        )
    derived = derived_additions(reports)
    stored = additions_of(novelty)
    entities: dict[str, int] = {}
    signals: set[str] = set()
    mains: dict[str, int] = {}
    background: set[str] = set()
    for n, report in enumerate(reports, start=1):
        report["n"] = n
        report["first"] = "*" if report["is_first"] else ""
        if report["is_first"]:
            report["adds"], report["adds_source"] = "first report", "derived"
        elif report["article_id"] in stored:
            report["adds"], report["adds_source"] = stored[report["article_id"]], "stored"
        else:
            report["adds"], report["adds_source"] = derived[report["article_id"]], "derived"
        for rank, entity in enumerate(report["entities"]):  # most salient first
            entities[entity] = entities.get(entity, 0) + len(report["entities"]) - rank
        for entity in report["main_entities"]:
            mains[entity] = mains.get(entity, 0) + 1
        signals.update(report["signals"])
        background.update(report["background_signals"])
    head["entities"] = sorted(entities, key=lambda e: (-mains.get(e, 0), -entities[e], e))
    head["main_entities"] = [e for e in head["entities"] if e in mains]
    head["signals"] = sorted(signals)
    head["background_signals"] = sorted(background - signals)
    head["sourcing"], head["stage"] = strongest(reports)
    head["story"] = (
        rows_of(run_query(con, "analyst_story", {"story": head["story_id"], "id": full_id}))
        if head.get("story_id")
        else []
    )
    head["status_history"] = status_history(con, full_id)
    current = head["status_history"][-1] if head["status_history"] else None
    head["status"] = current["status"] if current else None
    head["confirmed"] = bool(current and current["confirmed"])
    head["status_changed"] = current["at"] if current else None
    found = independence.get(full_id, {})
    head["n_independent"] = found.get("n_independent") or head["n_outlets"]
    head["derived_outlet_ids"] = list(found.get("derived_outlet_ids") or [])
    head["reports"] = reports
    return head, novelty


def status_history(con: duckdb.DuckDBPyConnection, dev_id: str) -> list[dict[str, Any]]:
    """The status changes of the development ``dev_id`` (a full id), oldest first.

    Each: ``status``, ``at`` (first report showing it), ``article_id``, ``title``, ``outlet``,
    ``url``, ``sentence``, ``confirmed``, ``confirmed_at``, ``confirmed_by`` and the confirming
    report's ``confirmed_title``, ``confirmed_outlet`` and ``confirmed_url``. Empty on a
    warehouse from before statuses existed.
    """
    if not has_table(con, "development_status_changes"):
        return []
    return rows_of(run_query(con, "analyst_status_history", {"id": dev_id}))


def resolve_story(con: duckdb.DuckDBPyConnection, story_id: str) -> str:
    """The full id of the story ``story_id`` names.

    A story id or its unambiguous prefix, or a development id (or prefix) standing for the story
    that development belongs to.
    """
    from warehouse.grouping import MIN_PREFIX, GroupingError, resolve_prefix

    prefix = story_id.strip().lower()
    if not prefix:
        raise not_found(f"give a story id ({_STORY_HINT})", _STORY_HINT)
    rows = run_query(con, "story_find", {"prefix": prefix}).fetchall()
    if rows or len(prefix) < MIN_PREFIX:
        try:
            return resolve_prefix("story", prefix, [(str(r[0]), r[1]) for r in rows], _STORY_HINT)
        except GroupingError as exc:
            raise not_found(str(exc), _STORY_HINT) from None
    try:
        dev_id = resolve_id(con, prefix)
    except NotFoundError:
        raise not_found(
            f"no story or development {story_id!r} ({_STORY_HINT})", _STORY_HINT
        ) from None
    story = run_query(con, "story_of_development", {"id": dev_id}).fetchone()
    if not story or not story[0]:
        raise NotFoundError(f"development {dev_id} belongs to no story yet")
    return str(story[0])


_STORY_HINT = "see the story column of `policywatch show` or `policywatch timeline --format json`"

#: Per command-line hint, the web app's (the page to go to) and that page's path.
HINTS: dict[str, tuple[str, str | None]] = {
    DEV_HINT: ("the timeline lists the developments", "/"),
    _STORY_HINT: ("a development's page links the story it belongs to", "/"),
}


def fetch_story(con: duckdb.DuckDBPyConnection, story_id: str) -> dict[str, Any]:
    """A story (a policy's thread over months) as one timeline.

    Args:
        con: an open connection (a read snapshot or the warehouse).
        story_id: a story id or prefix, or the id of one of its developments.

    Returns:
        ``story_id``; ``developments`` (oldest first: id, headline, first and last seen, number
        of reports, current status, confirmed, since when); ``events`` (oldest first: ``at``,
        ``event`` = first report | status | confirmed, development, headline, status,
        confirmed, outlet, title, url, article_id of the report that shows it).

    Raises:
        NotFoundError: no story matches, or the prefix matches several.
    """
    full = resolve_story(con, story_id)
    developments = rows_of(run_query(con, "story_developments", {"story": full}))
    if has_table(con, "development_status_changes"):
        events = rows_of(run_query(con, "story_timeline", {"story": full}))
    else:  # a warehouse from before statuses: the first reports only
        events = [
            {"at": d["first_seen"], "event": "first report", "development_id": d["development_id"],
             "headline": d["headline"], "status": None, "confirmed": None, "outlet": None,
             "title": None, "url": None, "article_id": None}
            for d in developments
        ]  # fmt: skip
    return {"story_id": full, "developments": developments, "events": events}


def status_label(status: str | None, confirmed: bool | None) -> str:
    """A development's current status in a few words, for tables.

    ``adopted, confirmed``, ``in-force, unconfirmed``, or ``-`` when no report shows a policy
    action.
    """
    if not status:
        return "-"
    return f"{status}, {'confirmed' if confirmed else 'unconfirmed'}"


def strongest(reports: list[dict[str, Any]]) -> tuple[str, str]:
    """A development's sourcing (its strongest report's) and stage (its latest report's)."""
    from policywatch_core.models import SOURCING_VALUES

    sourcing = min(
        (r.get("sourcing") or "none" for r in reports),
        key=lambda v: SOURCING_VALUES.index(v) if v in SOURCING_VALUES else len(SOURCING_VALUES),
        default="none",
    )
    staged = [r for r in reports if (r.get("stage") or "none") != "none"]
    latest = max(staged, key=lambda r: r["published"] or r["first_seen"], default=None)
    return sourcing, latest["stage"] if latest else "none"


JSON_COLUMNS = ("failures", "params", "stage_timings", "alerts")


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def fetch_runs(
    settings: Settings, *, limit: int, status: str | None
) -> tuple[list[dict[str, Any]], str | None]:
    """Recent runs, newest first, with their JSON columns decoded; and :func:`open_latest`'s note.

    From the live warehouse, or from the read snapshot while a run writes it.
    """
    with open_latest(settings.duckdb_path) as (con, note):
        return query_runs(con, limit=limit, status=status), note


def query_runs(con: Any, *, limit: int, status: str | None) -> list[dict[str, Any]]:
    """Recent runs on an open connection (the web app reads the snapshot's)."""
    cursor = run_query(con, "runs_list", {"limit": limit, "status": status})
    names = [d[0] for d in cursor.description or []]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    for row in rows:
        for column in JSON_COLUMNS:
            row[column] = _json(row.get(column))
        if row.get("seconds") is not None:
            row["seconds"] = round(float(row["seconds"]), 1)
    return rows
