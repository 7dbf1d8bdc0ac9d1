"""The self-contained HTML report of the timeline (``policywatch report --out timeline.html``).

One file, no network: data as JSON inside the page, CSS and JavaScript inline, the chart drawn
as SVG by the page itself. A Content-Security-Policy forbids every external load.

Data layout (compact, arrays rather than objects, to keep 100,000 reports small):

- ``outlets``: outlet names; reports refer to them by index;
- ``entities``: ``[entity_id, name, developments about it]``, most frequent first;
- ``devs``: ``[id, headline, first_seen, last_seen, n_reports, n_outlets, [entity index...],
  [signal...], [[outlet index, title, url, published, is_first, adds, access], ...],
  [stage, sourcing], [[status, since, confirmed, confirming outlet], ...]]``, newest first;
  the entities are those its reports are about (main subjects), the signals those they report
  (not background); ``adds`` says in a line what a later report brings that earlier ones did
  not (empty for the first report); ``access`` is "paywalled" or "truncated" for a report the
  page did not give in full, else null; the last list is the development's status history,
  oldest first (empty without a status).
"""

from __future__ import annotations

import html
import json
import re
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from policywatch.report.assets import CSP, CSS, JS, PAGE
from policywatch_core.files import write_atomically
from warehouse.db import run_query

_PLACEHOLDER = re.compile(r"\{(csp|title|subtitle|css|js|data)\}")


@dataclass(frozen=True, slots=True)
class ReportInfo:
    path: Path
    developments: int
    reports: int
    bytes: int
    seconds: float


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def collect(
    con: duckdb.DuckDBPyConnection,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    entity: str | None = None,
    signal: str | None = None,
    outlet: str | None = None,
    policy_only: bool = False,
    limit: int = 1_000_000,
    include_mentions: bool = False,
    status: str | None = None,
    confirmed: bool | None = None,
) -> dict[str, Any]:
    """The report's data from an open (read-only) connection; filters as ``timeline``.

    ``entity`` keeps the developments about it (a main subject of a report);
    ``include_mentions`` those that only name it too; ``status`` those whose current status it
    is, ``confirmed`` those whose current status an official source backs (``False``: does not).
    """
    from policywatch.reading import query_timeline

    timeline = query_timeline(
        con,
        since=since,
        until=until,
        entity=entity,
        signal=signal,
        outlet=outlet,
        policy_only=policy_only,
        limit=limit,
        include_mentions=include_mentions,
        status=status,
        confirmed=confirmed,
    )
    ids = [row["development_id"] for row in timeline]
    outlets: dict[str, int] = {}
    reports: dict[str, list[list[Any]]] = {i: [] for i in ids}
    stored = additions(con, ids)
    outlets_seen: dict[str, set[str]] = {i: set() for i in ids}
    for dev_id, name, title, url, published, is_first, article_id, outlet_id, access in run_query(
        con, "analyst_report_reports", {"ids": ids}
    ).fetchall():
        index = outlets.setdefault(name or "?", len(outlets))
        new_outlet = outlet_id not in outlets_seen[dev_id]
        outlets_seen[dev_id].add(outlet_id)
        if is_first:
            adds = ""
        elif article_id in stored:
            adds = stored[article_id] + ("; a new outlet" if new_outlet else "")
        else:  # no record of its sentences: only what the page itself can tell (kept small)
            adds = "a new outlet" if new_outlet else ""
        restricted = access if access in ("paywalled", "truncated") else None
        reports[dev_id].append(
            [index, title, url, _iso(published), bool(is_first), adds, restricted]
        )
    named: dict[str, list[str]] = {i: [] for i in ids}
    names: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for dev_id, entity_id, name in run_query(
        con, "analyst_report_entities", {"ids": ids}
    ).fetchall():
        named[dev_id].append(entity_id)
        names[entity_id] = name
        counts[entity_id] += 1
    statuses = status_histories(con, ids)
    order = sorted(counts, key=lambda e: (-counts[e], names[e].lower()))
    entity_index = {e: i for i, e in enumerate(order)}
    devs = [
        [
            row["development_id"],
            row["headline"],
            _iso(row["first_seen"]),
            _iso(row["last_seen"]),
            row["n_reports"],
            row["n_outlets"],
            sorted(entity_index[e] for e in named[row["development_id"]]),
            list(row["signals"]),
            reports[row["development_id"]],
            [row.get("stage") or "none", row.get("sourcing") or "none"],
            statuses.get(row["development_id"], []),
        ]
        for row in timeline
    ]
    return {
        "generated": _iso(datetime.now(UTC)),
        "outlets": list(outlets),
        "entities": [[e, names[e], counts[e]] for e in order],
        "devs": devs,
    }


def status_histories(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, list[Any]]:
    """Each development's status changes as ``[status, since, confirmed, confirming outlet]``."""
    found: dict[str, list[Any]] = {}
    if not ids:
        return found
    try:
        rows = run_query(con, "analyst_report_status", {"ids": ids}).fetchall()
    except duckdb.CatalogException:  # a warehouse from before statuses were stored
        return found
    for dev_id, status, changed_at, confirmed, outlet in rows:
        found.setdefault(dev_id, []).append([status, _iso(changed_at), bool(confirmed), outlet])
    return found


#: The longest sentence quoted in a report line of the page (the page stays small).
QUOTE_CHARS = 200


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def additions(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, str]:
    """One line per later report of ``ids``: what it adds, from the grouping stage's record.

    The record is the ``report_novelty`` view (sentences no earlier report contains, copies,
    credits); a warehouse without it, or a report it does not cover yet, gets no line here.
    """
    try:
        rows = run_query(con, "analyst_report_additions", {"ids": ids}).fetchall()
    except duckdb.CatalogException:  # a warehouse from before the grouping stage kept it
        return {}
    lines: dict[str, str] = {}
    for article_id, copy_of, copy_title, credits, n_added, first_added in rows:
        parts: list[str] = []
        if copy_of:
            parts.append(f"a copy of “{_quote(copy_title or copy_of)}”")
        if credits:
            parts.append("credits " + ", ".join(credits))
        if n_added and first_added:
            more = f" (+{n_added - 1} more)" if n_added > 1 else ""
            noun = "sentence" if n_added == 1 else "sentences"
            parts.append(f"{n_added} new {noun}: “{_quote(first_added)}”{more}")
        elif not copy_of:
            parts.append("no sentence that earlier reports did not have")
        lines[article_id] = "; ".join(parts)
    return lines


def _script_json(data: Any) -> str:
    """JSON that cannot close its ``<script>`` element (``<``, ``>``, ``&`` escaped)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render(data: dict[str, Any], *, title: str = "policywatch timeline") -> str:
    """The whole page as a string."""
    n_reports = sum(d[4] for d in data["devs"])
    subtitle = (
        f"{len(data['devs'])} developments, {n_reports} reports; generated "
        f"{data['generated']} by policywatch. Click a development to see its reports."
    )
    values = {
        "csp": CSP,
        "title": html.escape(title),
        "subtitle": html.escape(subtitle),
        "css": CSS,
        "js": JS,
        "data": _script_json(data),
    }
    # One pass: an inserted value (a title, the data) is never scanned for placeholders again.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], PAGE)


def write_report(
    con: duckdb.DuckDBPyConnection,
    out: Path,
    *,
    title: str = "policywatch timeline",
    **filters: Any,
) -> ReportInfo:
    """Collect, render and write the report atomically; return its size and cost."""
    start = time.perf_counter()
    data = collect(con, **filters)
    page = render(data, title=title)
    if not out.name or out.is_dir():
        raise IsADirectoryError(21, "a folder, not a file name", str(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(out, page)
    return ReportInfo(
        out,
        len(data["devs"]),
        sum(d[4] for d in data["devs"]),
        out.stat().st_size,
        time.perf_counter() - start,
    )
