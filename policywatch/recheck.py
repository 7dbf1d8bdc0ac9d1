"""Re-checks: the articles of open developments fetched again on a decaying schedule.

Reports of a development still open change: headlines are rewritten, paragraphs added,
corrections appended. Each article of an open development (one whose last report is within
``window_days``) is fetched again at ``first_seen`` + each delay of ``recheck_after_hours``
(default 1 h, 6 h, 1 day, 3 days), with a conditional GET (the ETag and Last-Modified of the last
response) through the same Scrapy crawler, robots.txt and politeness settings as the crawl.

A page that changed (title or text, whitespace aside) becomes a new version in
``article_versions`` (text, time, the page's updated date, a paragraph diff against the version
before, and the correction notice it added); the article row takes the new text, its tags and
embedding are redone, and grouping reconsiders it (an automatic membership is decided again
against the open developments). A correction notice is alerted once as a related report of the
article's development (``alerts_candidates.sql``).

:func:`next_check_at` and :func:`due_checks` are pure; :func:`recheck` is the I/O edge.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from policywatch.pipeline import RunContext, tag_and_embed, timed
from policywatch_core.models import Article, RawPage, TaggedArticle
from policywatch_core.settings import Settings
from warehouse import store
from warehouse.db import connect, run_query
from warehouse.load import register_known_table, upsert

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger("policywatch.recheck")

#: The development a re-checked report is in while grouping decides again where it belongs
#: (within one transaction; no developments row has this id).
TAKEN_OUT = "(taken out for regrouping)"

register_known_table("article_checks", ("article_id",))
register_known_table("article_versions", ("article_id", "version"))

CHECKS_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("url", pa.string()),
        ("checks", pa.int32()),
        ("next_check_at", pa.timestamp("us", tz="UTC")),
        ("last_checked_at", pa.timestamp("us", tz="UTC")),
        ("last_outcome", pa.string()),
        ("etag", pa.string()),
        ("last_modified", pa.string()),
    ]
)
VERSIONS_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("version", pa.int32()),
        ("fetched_at", pa.timestamp("us", tz="UTC")),
        ("title", pa.string()),
        ("text", pa.string()),
        ("content_hash", pa.string()),
        ("updated", pa.timestamp("us", tz="UTC")),
        ("changes", pa.string()),
        ("diff", pa.string()),
        ("correction", pa.string()),
    ]
)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def next_check_at(
    first_seen: datetime, checks_done: int, schedule: Sequence[float]
) -> datetime | None:
    """When the check after ``checks_done`` checks is due (None: the schedule is used up)."""
    if checks_done >= len(schedule):
        return None
    return _aware(first_seen) + timedelta(hours=schedule[checks_done])


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored article of an open development and its re-check state."""

    article_id: str
    url: str
    canonical_url: str
    outlet_id: str
    first_seen: datetime
    title: str
    text: str
    published: datetime | None
    page_id: str
    checks: int
    next_check: datetime | None
    etag: str | None
    last_modified: str | None
    versions: int


def due_checks(
    candidates: Sequence[Candidate], now: datetime, schedule: Sequence[float]
) -> list[Candidate]:
    """The candidates whose next check is due at ``now``.

    Several steps missed (the re-check did not run for two days) make one check, not several:
    the schedule then moves on from ``now``.
    """
    due = []
    for c in candidates:
        when = c.next_check if c.checks else next_check_at(c.first_seen, 0, schedule)
        if when is not None and _aware(when) <= now:
            due.append(c)
    return due


def _following(
    c: Candidate, now: datetime, schedule: Sequence[float]
) -> tuple[int, datetime | None]:
    """The checks done after this one, and when the next is due (steps already past skipped)."""
    done = c.checks + 1
    nxt = next_check_at(c.first_seen, done, schedule)
    while nxt is not None and nxt <= now:
        done += 1
        nxt = next_check_at(c.first_seen, done, schedule)
    return done, nxt


@dataclass(slots=True)
class Changed:
    """A re-checked article whose page changed: the new extraction and what it came from."""

    article: Article
    candidate: Candidate
    page: RawPage


def recheck(ctx: RunContext, *, now: datetime | None = None) -> dict[str, int]:
    """Fetch the due articles again, store what changed, and return the counts.

    Counts: ``due``, ``requests``, ``not_modified``, ``unchanged``, ``changed``,
    ``corrections``, ``regrouped``, ``failed``.
    """
    from spiders.runner import CrawlJob, read_fetches, read_pages, run_crawl

    settings = ctx.settings
    now = _aware(now or datetime.now(UTC))
    schedule = settings.recheck_schedule
    counts: Counter[str] = Counter()
    if not schedule:
        return dict(counts)
    since = now - timedelta(days=settings.window_days)
    with connect(settings.duckdb_path) as con:
        rows = run_query(con, "recheck_candidates", {"since": since}).fetchall()
    due = due_checks([Candidate(*r) for r in rows], now, schedule)
    counts["due"] = len(due)
    if not due:
        return dict(counts)
    job = CrawlJob(
        run_id=ctx.run_id,
        outlets=list(ctx.outlets),
        out_dir=(settings.runs_dir / ctx.run_id / "recheck").resolve(),
        settings=settings,
        rechecks=[
            {
                "url": ctx.to_served(c.url),
                "outlet_id": c.outlet_id,
                "etag": c.etag or "",
                "last_modified": c.last_modified or "",
            }
            for c in due
        ],
    )
    with timed(ctx, "recheck-fetch"):
        result = run_crawl(job)
    outcome = {ctx.to_stored(f.url): f.reason for f in read_fetches(result.fetches_path)}
    counts["requests"] = sum(1 for f in read_fetches(result.fetches_path) if f.kind == "recheck")
    pages: dict[str, RawPage] = {}
    for page in read_pages(result.pages_path):
        page.url = ctx.to_stored(page.url)
        page.final_url = ctx.to_stored(page.final_url)
        page.html = ctx.to_stored(page.html)
        pages[page.url] = page
    validators = {ctx.to_stored(k): v for k, v in result.feed_state.items()}

    with timed(ctx, "recheck-compare"):
        changed, versions, problems = _compare(due, pages, outcome, now, counts)
    states = {c.article_id: "changed" for c in (x.candidate for x in changed)}
    checks = []
    for c in due:
        done, nxt = _following(c, now, schedule)
        seen = validators.get(c.url)
        reason = outcome.get(c.url, "interrupted")
        checks.append(
            {
                "article_id": c.article_id,
                "url": c.url,
                "checks": done,
                "next_check_at": nxt,
                "last_checked_at": now,
                "last_outcome": states.get(c.article_id)
                or ("unchanged" if reason == "ok" else reason),
                "etag": seen.get("etag") if seen else c.etag,
                "last_modified": seen.get("last_modified") if seen else c.last_modified,
            }
        )
    articles = [x.article for x in changed]
    tagged, vectors = tag_and_embed(ctx, articles) if articles else ([], None)
    with timed(ctx, "recheck-store"), connect(settings.duckdb_path) as con:
        con.execute("BEGIN TRANSACTION")
        upsert(con, "article_checks", checks, schema=CHECKS_SCHEMA)
        if changed and vectors is not None:
            _save_changed(ctx, con, changed, tagged, vectors, versions)
            counts["regrouped"] = _reconsider(ctx, con, tagged, vectors)
        store.record_problems(con, ctx.run_id, "recheck", problems)
        con.execute("COMMIT")
    ctx.counts.update({f"recheck_{k}": v for k, v in counts.items()})
    log.info("recheck: %s", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return dict(counts)


def _compare(
    due: Sequence[Candidate],
    pages: dict[str, RawPage],
    outcome: dict[str, str],
    now: datetime,
    counts: Counter[str],
) -> tuple[list[Changed], list[dict[str, Any]], list[tuple[str, str]]]:
    """Extract the pages fetched again and compare them with what is stored."""
    from nlp.extract import ExtractionError, extract
    from nlp.versions import compare

    changed: list[Changed] = []
    versions: list[dict[str, Any]] = []
    problems: list[tuple[str, str]] = []
    for c in due:
        reason = outcome.get(c.url, "interrupted")
        page = pages.get(c.url)
        if reason == "not-modified":
            counts["not_modified"] += 1
            continue
        if page is None:
            counts["failed"] += 1
            problems.append((c.url, f"recheck: {reason}"))
            continue
        try:
            article = extract(page.html, page.final_url, outlet_id=c.outlet_id,
                              first_seen=c.first_seen)  # fmt: skip
        except ExtractionError as exc:
            counts["failed"] += 1
            problems.append((c.url, f"recheck: {exc.reason}: {exc}"))
            continue
        verdict = compare(c.title, c.text, article.title, article.text)
        if not verdict.changed:
            counts["unchanged"] += 1
            continue
        counts["changed"] += 1
        counts["corrections"] += verdict.correction is not None
        # The stored identity, first sighting and publication date stay: memberships, alerts
        # and the timeline refer to them.
        article.canonical_url = c.canonical_url
        article.first_seen = c.first_seen
        if c.published is not None:
            article.published = c.published
        changed.append(Changed(article, c, page))
        latest = c.versions or 1
        if c.versions == 0:  # the text as first stored becomes version 1
            versions.append(_version(c.article_id, 1, c.first_seen, c.title, c.text, None))
        versions.append(
            _version(
                c.article_id,
                latest + 1,
                now,
                article.title,
                article.text,
                article.updated,
                changes=verdict.summary,
                diff=verdict.diff,
                correction=verdict.correction,
            )
        )
    return changed, versions, problems


def _save_changed(
    ctx: RunContext,
    con: duckdb.DuckDBPyConnection,
    changed: Sequence[Changed],
    tagged: Sequence[TaggedArticle],
    vectors: np.ndarray,
    versions: Sequence[dict[str, Any]],
) -> None:
    """The new text, tags, embedding and page of each changed article, and its versions."""
    from nlp.embed import model_label
    from warehouse.grouping import save_embeddings

    rows = []
    for x in changed:
        row = store.article_row(x.article, x.candidate.page_id, ctx.run_id)
        if row["article_id"] != x.candidate.article_id:  # defensive: the stored id wins
            row["article_id"] = x.candidate.article_id
        rows.append(row)
        run_query(
            con,
            "recheck_update_page",
            {
                "page_id": x.candidate.page_id,
                "html_gz": gzip.compress(x.page.html.encode("utf-8"), compresslevel=6),
                "fetched_at": x.page.fetched_at,
                "final_url": x.page.final_url,
            },
        )
    store.save_articles(con, rows)
    store.save_tags(con, list(tagged))
    save_embeddings(
        con,
        [x.candidate.article_id for x in changed],
        vectors,
        model_label(ctx.settings.embedding_model),
    )
    upsert(con, "article_versions", list(versions), schema=VERSIONS_SCHEMA)


def _reconsider(
    ctx: RunContext,
    con: duckdb.DuckDBPyConnection,
    tagged: Sequence[TaggedArticle],
    vectors: np.ndarray,
) -> int:
    """Let grouping decide again where each changed article belongs; return how many moved.

    An automatic membership in a development of several reports is taken out and decided
    again against the open developments, as a new report would be. An analyst's placement
    (a pin, a merge or split) and a development's only report stay as they are.
    """
    from nlp.archive import params_of
    from nlp.cluster import ClusterItem
    from warehouse.grouping import (
        load_grouper,
        refresh_developments,
        save_assignments,
        window_start,
    )

    ids = [t.article.article_id for t in tagged]
    rows = con.execute(
        "SELECT m.article_id, m.development_id, m.source, "
        "(SELECT count(*) FROM development_members x WHERE x.development_id = m.development_id) "
        "FROM development_members m WHERE m.article_id IN (SELECT unnest($ids))",
        {"ids": ids},
    ).fetchall()
    pinned = {r[0] for r in con.execute("SELECT article_id FROM grouping_pins").fetchall()}
    before = {r[0]: r[1] for r in rows}
    movable = {r[0] for r in rows if r[2] == "auto" and r[3] > 1 and r[0] not in pinned}
    if not movable:
        refresh_developments(con, sorted(set(before.values())))
        return 0
    # Taken out of their developments without deleting their rows: a key of development_members
    # deleted and written again in one transaction is what DuckDB's key index has failed on after
    # a replayed kill (docs/decisions/2026-12-04-keyed-rows-written-in-place.md). A membership
    # in no development is read by no one (every reader joins developments) and is updated in
    # place by the assignment below; a development emptied here is kept until then, in case the
    # grouper opens it again under the same id.
    con.execute(
        "UPDATE development_members SET development_id = $out "
        "WHERE article_id IN (SELECT unnest($ids))",
        {"ids": sorted(movable), "out": TAKEN_OUT},
    )
    emptied = refresh_developments(con, sorted({before[a] for a in movable}), keep_emptied=True)
    items = [
        ClusterItem(
            article_id=t.article.article_id,
            title=t.article.title,
            published=t.article.published or t.article.first_seen or store.now(),
            outlet_id=t.article.outlet_id,
            vector=vectors[i],
            lead=t.article.lead,
            text=t.article.text,
            entity_ids=t.entity_ids,
            signal_kinds=t.signal_kinds,
            main_entity_ids=t.main_entity_ids if t.about else None,
        )
        for i, t in enumerate(tagged)
        if t.article.article_id in movable
    ]
    settings = ctx.settings
    params = params_of(settings)
    earliest = min(i.published for i in items)
    grouper = load_grouper(con, params, window_start(earliest, params.window_days))
    assignments = grouper.assign_all(items)
    save_assignments(con, grouper, assignments)
    left = con.execute(
        "SELECT count(*) FROM development_members WHERE development_id = $out", {"out": TAKEN_OUT}
    ).fetchone()
    if left != (0,):
        raise RuntimeError(f"{left} re-checked reports were taken out and not grouped again")
    after = {a.article_id: a.development_id for a in assignments}
    # A development emptied above and opened again starts anew, as one created now does.
    reopened = sorted(set(emptied) & set(after.values()))
    if reopened:
        con.execute(
            "UPDATE developments SET first_seen = last_update "
            "WHERE development_id IN (SELECT unnest($ids))",
            {"ids": reopened},
        )
    refresh_developments(con, sorted(set(before.values()) | set(after.values())))
    return sum(1 for a in movable if after.get(a) != before[a])


def _version(
    article_id: str,
    version: int,
    fetched_at: datetime,
    title: str,
    text: str,
    updated: datetime | None,
    *,
    changes: str | None = None,
    diff: str | None = None,
    correction: str | None = None,
) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "version": version,
        "fetched_at": _aware(fetched_at),
        "title": title,
        "text": text,
        "content_hash": hashlib.sha1(" ".join(text.lower().split()).encode()).hexdigest(),
        "updated": _aware(updated) if updated else None,
        "changes": changes,
        "diff": diff,
        "correction": correction,
    }


def run_recheck(
    settings: Settings,
    profile: str = "default",
    *,
    demo_base: str | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """A run that only re-checks (``policywatch recheck``): lock, prepare, recheck, alert, finish.

    The alerts stage runs too, so that a correction found is alerted without waiting for the
    next crawl.
    """
    from policywatch.alerts.service import run_alerts
    from policywatch.pipeline import finish, new_run_id, prepare
    from policywatch_core.locking import run_lock

    run_id = "recheck-" + new_run_id()
    with run_lock(settings.run_lock_path, run_id=run_id):
        ctx = prepare(settings, profile, demo_base=demo_base, run_id=run_id)
        try:
            recheck(ctx, now=now)
            summary = run_alerts(settings, ctx.run_id, watchlist=ctx.watchlist, now=now)
            ctx.counts["alert_messages"] += summary.messages
        except Exception as exc:
            finish(ctx, error=f"{type(exc).__name__}: {exc}")
            raise
        return finish(ctx)
