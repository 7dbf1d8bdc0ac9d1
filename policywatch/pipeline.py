"""The stages of a run, each a plain function the Prefect tasks wrap.

- :func:`prepare`: read the configuration, record its problems, open the run.
- :func:`crawl`: fetch feeds and new article pages (Scrapy, in a subprocess).
- :func:`store_crawl`: keep the fetched pages (compressed) and the fetch log.
- :func:`process_pending`: extract, tag, embed and group every page not processed yet, in
  batches, each committed in one transaction with the pages it consumed: a killed run resumes
  where it stopped and never stores a row twice.
- :func:`finish`: close the run with its counts.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from policywatch.web.curation import apply_for_run
from policywatch_core.config import load_outlets, load_watchlist
from policywatch_core.models import (
    Article,
    ConfigProblem,
    FeedEntry,
    Outlet,
    TaggedArticle,
    WatchEntity,
)
from policywatch_core.settings import Settings
from spiders.state import load_feed_state, save_feed_state, save_outlet_stats
from warehouse import snapshot, store
from warehouse.db import configure as configure_duckdb
from warehouse.db import connect

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger("policywatch")

#: Where the demo's pages are stored: the demo server listens on an ephemeral port, and storing
#: that port in URLs would make every demo run look like new articles.
DEMO_ORIGIN = "http://demo.policywatch.test"


@dataclass(slots=True)
class RunContext:
    """What every stage of one run needs to know."""

    run_id: str
    profile: str
    settings: Settings
    outlets: tuple[Outlet, ...]
    watchlist: tuple[WatchEntity, ...]
    problems: tuple[ConfigProblem, ...] = ()
    url_map: tuple[str, str] | None = None  # (served base, stored base) for the demo
    timings: dict[str, float] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)

    def to_stored(self, text: str) -> str:
        """Rewrite served URLs (demo port) into their stored form."""
        if self.url_map is None:
            return text
        return text.replace(self.url_map[0], self.url_map[1])

    def to_served(self, url: str) -> str:
        """Rewrite a stored URL into the one the crawler fetches."""
        if self.url_map is None:
            return url
        return url.replace(self.url_map[1], self.url_map[0])


@contextmanager
def timed(ctx: RunContext, stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        ctx.timings[stage] = ctx.timings.get(stage, 0.0) + time.perf_counter() - start


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]


def prepare(
    settings: Settings,
    profile: str,
    *,
    demo_base: str | None = None,
    run_id: str | None = None,
) -> RunContext:
    """Load configuration, store outlets and watchlist, and open the run's row."""
    configure_duckdb(memory_limit=settings.duckdb_memory_limit)
    outlets = load_outlets(settings.config_dir, profile, demo_base=demo_base)
    watchlist = load_watchlist(settings.config_dir)
    problems = outlets.problems + watchlist.problems
    for problem in problems:
        log.warning("config %s %s: %s (entry skipped)", problem.file, problem.key, problem.reason)
    if not outlets.items:
        log.warning("profile %r has no usable outlet in %s", profile, settings.config_dir)
    ctx = RunContext(
        run_id=run_id or new_run_id(),
        profile=profile,
        settings=settings,
        outlets=outlets.items,
        watchlist=watchlist.items,
        problems=problems,
        url_map=(demo_base.rstrip("/"), DEMO_ORIGIN) if demo_base else None,
    )
    stored_outlets = [
        Outlet(
            id=o.id,
            name=o.name,
            home=ctx.to_stored(o.home),
            feeds=tuple(ctx.to_stored(u) for u in o.feeds),
            sitemaps=tuple(ctx.to_stored(u) for u in o.sitemaps),
            sections=tuple(ctx.to_stored(u) for u in o.sections),
            url_patterns=o.url_patterns,
            allowed_domains=o.allowed_domains,
            language=o.language,
            profiles=o.profiles,
            kind=o.kind,
        )
        for o in ctx.outlets
    ]
    with connect(settings.duckdb_path) as con:
        store.start_run(
            con,
            ctx.run_id,
            profile,
            {"profile": profile, "config_dir": str(settings.config_dir), "demo": bool(demo_base)},
        )
        store.save_sources(con, stored_outlets)
        store.save_entities(con, ctx.watchlist)
        store.record_config_problems(con, ctx.run_id, problems)
    ctx.failures.update({"config": len(problems)} if problems else {})
    if not snapshot.snapshot_path(settings.duckdb_path).exists():
        snapshot.publish_safely(settings.duckdb_path)  # so readers never need the live file
    return ctx


def crawl(ctx: RunContext) -> Any:
    """Fetch the outlets' feeds and the article pages not stored yet (a Scrapy subprocess)."""
    from spiders.runner import CrawlJob, run_crawl

    with connect(ctx.settings.duckdb_path) as con:
        known = frozenset(ctx.to_served(u) for u in store.known_urls(con))
        feed_state = load_feed_state(con)
    # Absolute: the crawler's subprocess runs in its own working folder.
    out_dir = (ctx.settings.runs_dir / ctx.run_id).resolve()
    job = CrawlJob(
        run_id=ctx.run_id,
        outlets=list(ctx.outlets),
        out_dir=out_dir,
        settings=ctx.settings,
        known_urls=known,
        feed_state={ctx.to_served(k): v for k, v in feed_state.items()},
    )
    with timed(ctx, "crawl"):
        result = run_crawl(job)
    log.info(
        "crawl: %s",
        ", ".join(f"{k} {v}" for k, v in sorted(result.stats.items()) if isinstance(v, int)),
    )
    return result


def store_crawl(ctx: RunContext, result: Any) -> None:
    """Keep the fetched pages and the fetch log of a crawl."""
    from spiders.runner import read_fetches, read_pages

    with timed(ctx, "store"), connect(ctx.settings.duckdb_path) as con:
        fetches = []
        for f in read_fetches(result.fetches_path):
            fetches.append(f.__class__(**{**_as_dict(f), "url": ctx.to_stored(f.url)}))
        pages = []
        for page in read_pages(result.pages_path):
            page.url = ctx.to_stored(page.url)
            page.final_url = ctx.to_stored(page.final_url)
            page.html = ctx.to_stored(page.html)
            pages.append(page)
        con.execute("BEGIN TRANSACTION")
        store.save_fetches(con, ctx.run_id, fetches)
        store.save_pages(con, ctx.run_id, pages)
        failed = [
            (f.url, f.reason) for f in fetches if f.reason not in ("ok", "not-modified", "robots")
        ]
        if result.returncode != 0 or result.stats.get("incomplete"):
            # What the crawler wrote before it stopped is kept; the reason is on record.
            where = getattr(result, "log_path", None) or result.pages_path.parent
            failed.append(
                (
                    f"crawler:{ctx.run_id}",
                    f"crawler-exit: the crawl stopped early (exit code {result.returncode}); "
                    f"see {where}",
                )
            )
        store.record_problems(con, ctx.run_id, "crawl", failed)
        save_feed_state(con, {ctx.to_stored(k): v for k, v in result.feed_state.items()})
        save_outlet_stats(con, ctx.run_id, getattr(result, "outlet_stats", {}) or {})
        con.execute("COMMIT")
    for url, reason in failed:
        log.warning("crawl: %s: %s", url, reason)
    ctx.counts["discovered"] += int(result.stats.get("discovered", 0))
    ctx.counts["fetched"] += sum(1 for f in fetches if f.kind == "article" and f.reason == "ok")
    ctx.counts["skipped"] += int(result.stats.get("skipped", 0))
    ctx.failures.update(reason.split(":", 1)[0] for _, reason in failed)


def _as_dict(obj: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in obj.__dataclass_fields__}


@dataclass(slots=True)
class Batch:
    """The outcome of processing one batch of pages."""

    articles: list[Article] = field(default_factory=list)
    page_of: dict[str, str] = field(default_factory=dict)  # article_id -> page_id
    outcomes: dict[str, str | None] = field(default_factory=dict)  # page_id -> failure reason
    problems: list[tuple[str, str]] = field(default_factory=list)


def extract_pages(
    pages: list[store.StoredPage],
    known_ids: set[str],
    known_hashes: set[str],
    options: Any = None,
) -> Batch:
    """Extract articles from pages; failures and duplicates are outcomes, never exceptions.

    A page over its time budget (``ExtractOptions.time_budget``) ends as ``extract-timeout``. An
    imported record's page gives its own text (:func:`nlp.archive.given_article`).
    """
    from nlp.archive import given_article
    from nlp.extract import DEFAULT_OPTIONS, ExtractionError, extract

    batch = Batch()
    for page in pages:
        feed = FeedEntry(
            url=page.url,
            source_url="",
            title=page.feed_title,
            published=page.feed_published,
            summary=page.feed_summary,
        )
        try:
            article = given_article(
                page.html, page.final_url, outlet_id=page.outlet_id, first_seen=page.fetched_at
            ) or extract(
                page.html,
                page.final_url,
                outlet_id=page.outlet_id,
                feed=feed,
                first_seen=page.fetched_at,
                options=options or DEFAULT_OPTIONS,
            )
        except ExtractionError as exc:
            reason = getattr(exc, "reason", None) or "extraction-failed"
            detail = str(exc).replace(page.url, "").strip(" :") or reason
            batch.outcomes[page.page_id] = reason
            batch.problems.append(
                (page.url, detail if detail.startswith(reason) else f"{reason}: {detail}")
            )
            continue
        except Exception as exc:  # a bug or a hostile page must not stop the batch
            batch.outcomes[page.page_id] = "extraction-error"
            batch.problems.append((page.url, f"extraction-error: {type(exc).__name__}: {exc}"))
            continue
        if article.published is None:
            article.published = page.feed_published or page.fetched_at
            article.published_source = "feed" if page.feed_published else "crawl"
        if article.first_seen is None:
            article.first_seen = page.fetched_at
        if article.article_id in known_ids or article.content_hash in known_hashes:
            batch.outcomes[page.page_id] = "duplicate"
            continue
        known_ids.add(article.article_id)
        known_hashes.add(article.content_hash)
        batch.articles.append(article)
        batch.page_of[article.article_id] = page.page_id
        batch.outcomes[page.page_id] = None
    return batch


def tag_articles(ctx: RunContext, articles: list[Article]) -> list[TaggedArticle]:
    official = frozenset(o.id for o in ctx.outlets if o.kind == "official")
    return _tag(ctx.settings, ctx.watchlist, articles, official)


def tag_with(
    settings: Settings,
    watchlist: tuple[WatchEntity, ...],
    articles: list[Article],
    official_outlets: frozenset[str] = frozenset(),
) -> list[TaggedArticle]:
    """Tag outside a run (import, clustering, benchmarks), naming the official outlets."""
    return _tag(settings, watchlist, articles, official_outlets)


def _tag(
    settings: Settings,
    watchlist: tuple[WatchEntity, ...],
    articles: list[Article],
    official_outlets: frozenset[str] = frozenset(),
) -> list[TaggedArticle]:
    """Tag with the configured watchlist and signals.

    ``official_outlets`` are the outlets whose kind is ``official`` (their sourcing is official).
    """
    from nlp.entities import load_tagger, tag

    tagger = load_tagger(
        tuple(watchlist),
        settings.spacy_model or None,
        settings.config_dir / "signals.toml",
        about_method=settings.about_decisions,
        reported_reading=settings.reported_reading,
    )
    return tag(articles, tagger, official_outlets)


def reprocess(
    settings: Settings,
    *,
    outlet: str | None = None,
    batch_size: int = 500,
    progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Re-extract and re-tag stored pages without crawling (after an extractor or watchlist change).

    Articles keep their identity, their development and their alerts: text, metadata, mentions
    and signals are replaced. A page that no longer extracts keeps its stored article and is
    recorded as a problem.
    """
    import gzip

    from nlp.archive import given_article
    from nlp.extract import ExtractionError, extract
    from warehouse.db import run_query
    from warehouse.grouping import refresh_developments

    watchlist = load_watchlist(settings.config_dir)
    for problem in watchlist.problems:
        log.warning("config %s %s: %s (entry skipped)", problem.file, problem.key, problem.reason)
    run_id = "reprocess-" + new_run_id()
    counts: Counter[str] = Counter()
    offset = 0
    official: frozenset[str] = frozenset()
    while True:
        with connect(settings.duckdb_path) as con:
            if offset == 0:
                store.save_entities(con, watchlist.items)
                official = frozenset(r[0] for r in run_query(con, "official_outlets").fetchall())
            rows = run_query(
                con,
                "reprocess_pages",
                {"outlet": outlet, "limit": batch_size, "offset": offset},
            ).fetchall()
            if not rows:
                break
            articles: list[Article] = []
            page_of: dict[str, str] = {}
            problems: list[tuple[str, str]] = []
            for (page_id, url, final_url, outlet_id, fetched_at, html_gz, f_title, f_pub,
                 f_summary, article_id, canonical, first_seen) in rows:  # fmt: skip
                feed = FeedEntry(url=url, source_url="", title=f_title, published=f_pub,
                                 summary=f_summary)  # fmt: skip
                html = gzip.decompress(html_gz).decode("utf-8", errors="replace")
                try:
                    article = given_article(
                        html, final_url, outlet_id=outlet_id, first_seen=first_seen or fetched_at
                    ) or extract(html, final_url, outlet_id=outlet_id, feed=feed,
                                 first_seen=first_seen or fetched_at)  # fmt: skip
                except ExtractionError as exc:
                    problems.append((url, f"reprocess: {getattr(exc, 'reason', '')}: {exc}"))
                    counts["failed"] += 1
                    continue
                # The stored identity wins: memberships and alerts refer to it.
                article.canonical_url = canonical
                if article.published is None:
                    article.published = f_pub or fetched_at
                    article.published_source = "feed" if f_pub else "crawl"
                if article.article_id != article_id:  # defensive: ids derive from canonical
                    problems.append((url, "reprocess: identity changed; kept the stored one"))
                    continue
                articles.append(article)
                page_of[article.article_id] = page_id
            tagged = _tag(settings, watchlist.items, articles, official)
            con.execute("BEGIN TRANSACTION")
            store.save_articles(
                con, [store.article_row(a, page_of[a.article_id], run_id) for a in articles]
            )
            store.save_tags(con, tagged)
            # Headlines, facts and "what it adds" derive from the texts just replaced.
            dev_ids = [
                r[0]
                for r in con.execute(
                    "SELECT DISTINCT development_id FROM development_members "
                    "WHERE article_id IN (SELECT unnest($ids))",
                    {"ids": [a.article_id for a in articles]},
                ).fetchall()
            ]
            refresh_developments(con, dev_ids)
            store.record_problems(con, run_id, "extract", problems)
            con.execute("COMMIT")
        counts["articles"] += len(articles)
        offset += len(rows)
        if progress is not None:
            progress(offset)
        log.info("reprocessed %d pages", offset)
    snapshot.publish_safely(settings.duckdb_path)
    return dict(counts)


def tag_and_embed(
    ctx: RunContext, articles: list[Article]
) -> tuple[list[TaggedArticle], np.ndarray]:
    """Tag and embed a batch, the embedding in a thread beside the tagging.

    torch releases the GIL, so on two cores the two overlap; the "embed" timing is only the wait
    left after tagging. (`policywatch cluster` tags in a helper process instead, with one torch
    thread while it works; the one-thread rule alone, tried here, gained nothing for a batch:
    docs/decisions/2026-11-23-38-grouping-speed-and-tagger-process.md.)
    """
    from nlp.embed import embed_articles, load_encoder

    settings = ctx.settings
    with ThreadPoolExecutor(max_workers=1) as pool:
        embedding = pool.submit(
            embed_articles,
            articles,
            load_encoder(
                settings.embedding_model, settings.torch_threads, settings.embedding_precision
            ),
        )
        with timed(ctx, "tag"):
            tagged = tag_articles(ctx, articles)
        with timed(ctx, "embed"):
            vectors = embedding.result()
    return tagged, vectors


def _time_order(article: Article) -> tuple[datetime, str]:
    when = article.published or article.first_seen or datetime.min.replace(tzinfo=UTC)
    return (when if when.tzinfo else when.replace(tzinfo=UTC), article.article_id)


def process_pending(
    ctx: RunContext,
    *,
    batch_size: int = 500,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Extract, tag, embed and group every stored page that was not processed yet."""
    from nlp.archive import params_of
    from nlp.cluster import ClusterItem
    from nlp.embed import model_label
    from warehouse.grouping import (
        WindowCache,
        load_grouper,
        save_assignments,
        save_embeddings,
        window_start,
    )

    settings = ctx.settings
    params = params_of(settings)
    # The open window's profiles and development states, kept from one batch to the next: each
    # batch reloads only what changed in the warehouse (the grouper is the same either way).
    window = WindowCache()
    done = 0
    # A warehouse left by a killed run is checkpointed before its first batch: committing a
    # batch over the write-ahead log of an unclean stop could trip DuckDB's key check
    # ("duplicate key" on a key the batch replaces), which aborted the process. The tables a
    # batch rewrites no longer delete and insert a key of an index in one transaction
    # (migration 220, warehouse.load.replace_rows); the checkpoint stays, for the log's sake.
    with connect(settings.duckdb_path) as con:
        con.execute("CHECKPOINT")
    while True:
        with connect(settings.duckdb_path) as con:
            # Curation analysts queued in the web app while this run held the warehouse.
            apply_for_run(con, settings.web_state_path, ctx.run_id)
            pending_total = con.execute(
                "SELECT count(*) FROM pages WHERE processed_at IS NULL"
            ).fetchone()
            pages = store.pending_pages(con, batch_size)
            if not pages:
                break
            total = done + int(pending_total[0] if pending_total else 0)
            with timed(ctx, "extract"):
                batch = extract_pages(pages, set(), set())
                ids, hashes = store.existing_articles(
                    con,
                    [a.article_id for a in batch.articles],
                    [a.content_hash for a in batch.articles],
                )
                fresh = []
                for article in batch.articles:
                    if article.article_id in ids or article.content_hash in hashes:
                        batch.outcomes[batch.page_of[article.article_id]] = "duplicate"
                    else:
                        fresh.append(article)
                # Grouping is incremental, so its result depends on the order it sees reports
                # in: time order (not the crawl's fetch order, which varies from run to run)
                # makes a run, and a killed run resumed, give the same developments.
                fresh.sort(key=_time_order)
            tagged, vectors = tag_and_embed(ctx, fresh)
            with timed(ctx, "group"):
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
                ]
                earliest = min((i.published for i in items), default=store.now())
                grouper = load_grouper(
                    con, params, window_start(earliest, params.window_days), window
                )
                assignments = grouper.assign_all(items)
            with timed(ctx, "load"):
                con.execute("BEGIN TRANSACTION")
                store.save_articles(
                    con,
                    [store.article_row(a, batch.page_of[a.article_id], ctx.run_id) for a in fresh],
                )
                store.save_tags(con, tagged)
                save_embeddings(
                    con,
                    [a.article_id for a in fresh],
                    vectors,
                    model_label(settings.embedding_model),
                )
                save_assignments(con, grouper, assignments)
                store.record_problems(con, ctx.run_id, "extract", batch.problems)
                store.mark_processed(con, batch.outcomes)
                con.execute("COMMIT")
            # Freed before the next batch loads its own (what it shares with the next batch
            # lives on in `window`).
            del grouper, assignments, items
        for url, reason in batch.problems:
            log.warning("extract: %s: %s", url, reason)
        ctx.counts["new_articles"] += len(fresh)
        ctx.counts["duplicates"] += sum(1 for r in batch.outcomes.values() if r == "duplicate")
        ctx.failures.update(
            r for r in batch.outcomes.values() if r is not None and r != "duplicate"
        )
        done += len(pages)
        if progress is not None:
            progress(done, total)
        log.info("processed %d/%d pages (%d new articles)", done, total, len(fresh))
        snapshot.publish_if_due(settings.duckdb_path, settings.snapshot_every_seconds)


#: Failure reasons and what the operator can do about them.
FAILURE_HINTS = {
    "refused-private-host": "the outlets' addresses are loopback or private, which runs refuse; "
    "set POLICYWATCH_ALLOW_PRIVATE_HOSTS=1 to read them (the demo sets it itself)",
    "connection-refused": "nothing answered at the outlets' addresses: is the server running?",
    "config": "some configuration entries were skipped (see the problems table)",
}


def run_outcome(
    failures: Mapping[str, int],
    counts: Mapping[str, int],
    error: str | None = None,
    *,
    outlets: int | None = None,
    notes: Sequence[str] = (),
) -> tuple[str, str | None]:
    """A run's status and the sentence saying why it is not ``ok`` (None when it is).

    ``failed``: the run stopped (``error``), or it could read nothing at all (no link found,
    nothing fetched, only failures: every source refused or unreachable). ``partial``: it went on
    past some failures. The sentence counts the failures by reason, with what to do about the
    ones whose cause is known, and ``notes`` (the first configuration problems).
    ``outlets``: how many outlets the run had to crawl; none because all were rejected is a
    failed run (a profile that names none is an empty, ok run).
    """
    failed = sum(failures.values())
    if error:
        return "failed", error
    if outlets == 0 and failed:  # every outlet of the profile was rejected
        detail = "; ".join(notes[:3])
        return "failed", "no usable outlet in this profile" + (f": {detail}" if detail else "")
    if not failed:
        return "ok", None
    listed = ", ".join(f"{reason} x{n}" for reason, n in sorted(failures.items(), key=_by_count))
    hints = [FAILURE_HINTS[r] for r in sorted(failures) if r in FAILURE_HINTS]
    nothing_read = not any(counts.get(k, 0) for k in ("discovered", "fetched", "skipped"))
    if nothing_read and set(failures) != {"config"}:
        why = f"nothing could be read: {failed} failure(s) ({listed})"
        status = "failed"
    else:
        why = f"{failed} failure(s) ({listed}); the run went on"
        status = "partial"
    why += "; " + "; ".join(hints) if hints else ""
    why += "; " + "; ".join(notes[:3]) if notes else ""
    return status, why + " (details: `policywatch sources`, the problems table)"


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def finish(ctx: RunContext, *, error: str | None = None) -> dict[str, Any]:
    """Close the run with its counts; return its summary.

    The summary's ``reason`` says why a run is not ``ok``; its ``seconds`` is the run's duration
    as ``policywatch runs`` shows it (from the opening of its row to its end).
    """
    failed = sum(v for k, v in ctx.failures.items())
    notes = [f"{p.file} {p.key}: {p.reason}" for p in ctx.problems]
    status, reason = run_outcome(
        ctx.failures, ctx.counts, error, outlets=len(ctx.outlets), notes=notes
    )
    ctx.counts["failed"] = failed
    with connect(ctx.settings.duckdb_path) as con:
        apply_for_run(con, ctx.settings.web_state_path, ctx.run_id)
        seconds = store.finish_run(
            con,
            ctx.run_id,
            status=status,
            counts=ctx.counts,
            failures=ctx.failures,
            stage_timings=ctx.timings,
            error=reason,
        )
    snapshot.publish_safely(ctx.settings.duckdb_path)  # analysts read what this run stored
    return {
        "run_id": ctx.run_id,
        "status": status,
        "reason": reason,
        "seconds": seconds,
        "counts": dict(ctx.counts),
        "failures": dict(ctx.failures),
        "timings": {k: round(v, 2) for k, v in ctx.timings.items()},
    }
