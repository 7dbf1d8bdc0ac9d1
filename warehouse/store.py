"""Reads and writes of the pipeline's records: the I/O edge between stages and DuckDB."""

from __future__ import annotations

import dataclasses
import gzip
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow as pa

from policywatch_core.models import (
    Article,
    ConfigProblem,
    FetchRecord,
    Outlet,
    RawPage,
    TaggedArticle,
    WatchEntity,
)
from warehouse import schemas
from warehouse.db import run_query
from warehouse.load import register_known_table, rewrite_in_place, upsert, values_view

register_known_table("article_about", ("article_id", "entity_id"))
register_known_table("article_assessments", ("article_id",))
register_known_table("article_stated", ("article_id",))


def now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class StoredPage:
    """A fetched page waiting to be processed."""

    page_id: str
    url: str
    final_url: str
    outlet_id: str
    fetched_at: datetime
    html: str
    feed_title: str | None
    feed_published: datetime | None
    feed_summary: str | None


def start_run(
    con: duckdb.DuckDBPyConnection, run_id: str, profile: str, params: Mapping[str, Any]
) -> None:
    run_query(
        con,
        "start_run",
        {"run_id": run_id, "profile": profile, "params": json.dumps(params, default=str)},
    )


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    *,
    status: str,
    counts: Mapping[str, int],
    failures: Mapping[str, int],
    stage_timings: Mapping[str, float],
    error: str | None = None,
) -> float | None:
    """Close a run's row; return its duration in seconds (None when there is no such run)."""
    row = run_query(
        con,
        "finish_run",
        {
            "run_id": run_id,
            "status": status,
            "discovered": counts.get("discovered", 0),
            "fetched": counts.get("fetched", 0),
            "new_articles": counts.get("new_articles", 0),
            "skipped": counts.get("skipped", 0),
            "failed": counts.get("failed", 0),
            "failures": json.dumps(dict(failures)),
            "stage_timings": json.dumps({k: round(v, 3) for k, v in stage_timings.items()}),
            "error": error,
        },
    ).fetchone()
    return None if row is None or row[0] is None else round(float(row[0]), 1)


def record_problems(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    stage: str,
    problems: Iterable[tuple[str, str]],
) -> int:
    """Store (subject, reason) pairs of rejected inputs."""
    at = now()
    rows = [
        {"run_id": run_id, "stage": stage, "subject": s, "reason": r, "recorded_at": at}
        for s, r in problems
    ]
    return upsert(con, "problems", rows)


def record_config_problems(
    con: duckdb.DuckDBPyConnection, run_id: str, problems: Iterable[ConfigProblem]
) -> int:
    return record_problems(
        con, run_id, "config", ((f"{p.file}:{p.key}", p.reason) for p in problems)
    )


def save_sources(con: duckdb.DuckDBPyConnection, outlets: Sequence[Outlet]) -> int:
    at = now()
    rows = [
        {
            "outlet_id": o.id,
            "name": o.name,
            "home": o.home,
            "language": o.language,
            "kind": o.kind,
            "config": json.dumps(dataclasses.asdict(o)),
            "updated_at": at,
        }
        for o in outlets
    ]
    return upsert(con, "sources", rows, schema=schemas.SOURCES)


def save_entities(con: duckdb.DuckDBPyConnection, entities: Sequence[WatchEntity]) -> int:
    rows = [
        {
            "entity_id": e.id,
            "name": e.name,
            "type": e.type,
            "aliases": list(e.aliases),
            "wikidata": e.wikidata,
            "parent": e.parent,
        }
        for e in entities
    ]
    return upsert(con, "entities", rows, schema=schemas.ENTITIES)


def known_urls(con: duckdb.DuckDBPyConnection) -> frozenset[str]:
    return frozenset(row[0] for row in run_query(con, "known_urls").fetchall() if row[0])


def save_pages(con: duckdb.DuckDBPyConnection, run_id: str, pages: Iterable[RawPage]) -> int:
    """Store fetched pages (compressed); a page already stored is left as it was."""
    rows = [
        {
            "page_id": p.page_id,
            "url": p.url,
            "final_url": p.final_url,
            "outlet_id": p.outlet_id,
            "run_id": run_id,
            "fetched_at": p.fetched_at,
            "status": p.status,
            "content_type": p.content_type,
            "html_gz": gzip.compress(p.html.encode("utf-8"), compresslevel=6),
            "feed_title": p.feed_title,
            "feed_published": p.feed_published,
            "feed_summary": p.feed_summary,
            "etag": p.etag,
            "last_modified": p.last_modified,
        }
        for p in pages
    ]
    return upsert(con, "pages", rows, schema=schemas.PAGES, update=False)


def save_fetches(
    con: duckdb.DuckDBPyConnection, run_id: str, fetches: Iterable[FetchRecord]
) -> int:
    rows = [
        {
            "run_id": run_id,
            "url": f.url,
            "outlet_id": f.outlet_id,
            "kind": f.kind,
            "status": f.status,
            "reason": f.reason,
            "bytes": f.bytes,
            "fetched_at": f.fetched_at,
        }
        for f in fetches
    ]
    return upsert(con, "fetches", rows, schema=schemas.FETCHES)


def pending_pages(con: duckdb.DuckDBPyConnection, limit: int) -> list[StoredPage]:
    rows = run_query(con, "pending_pages", {"limit": limit}).fetchall()
    return [
        StoredPage(
            page_id=r[0],
            url=r[1],
            final_url=r[2],
            outlet_id=r[3],
            fetched_at=r[4],
            html=gzip.decompress(r[7]).decode("utf-8", errors="replace"),
            feed_title=r[8],
            feed_published=r[9],
            feed_summary=r[10],
        )
        for r in rows
    ]


def existing_articles(
    con: duckdb.DuckDBPyConnection, ids: Sequence[str], hashes: Sequence[str]
) -> tuple[set[str], set[str]]:
    """Which ids and content hashes are already in the warehouse."""
    # The lists go in as Arrow views (``load.values_view``), not bound lists: binding converts
    # value by value, each time trying to import pandas.
    with (
        values_view(con, ids, "_pw_given_ids"),
        values_view(con, hashes, "_pw_given_hashes"),
    ):
        found = run_query(con, "existing_articles").fetchall()
    return {r[0] for r in found}, {r[1] for r in found}


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = $t "
        "ORDER BY ordinal_position",
        {"t": table},
    ).fetchall()
    return [r[0] for r in rows]


def article_row(article: Article, page_id: str, run_id: str) -> dict[str, Any]:
    """Every Article field, plus the keys the table adds (later migrations add columns)."""
    row: dict[str, Any] = {}
    for f in dataclasses.fields(article):
        value = getattr(article, f.name)
        if isinstance(value, tuple):
            value = list(value)
        row[f.name] = value
    row.update(
        article_id=article.article_id,
        canonical_url=article.canonical_url or article.url,
        content_hash=article.content_hash,
        page_id=page_id,
        run_id=run_id,
        first_seen=article.first_seen or now(),
    )
    return row


def save_articles(con: duckdb.DuckDBPyConnection, rows: Sequence[Mapping[str, Any]]) -> int:
    """Store article rows, keeping only the columns the table has."""
    if not rows:
        return 0
    columns = set(_columns(con, "articles"))
    keep = [c for c in rows[0] if c in columns]
    return upsert(con, "articles", [{c: r[c] for c in keep} for r in rows])


def save_tags(con: duckdb.DuckDBPyConnection, tagged: Sequence[TaggedArticle]) -> None:
    """Store mentions, signals, salience, sourcing, stage and what the text states (``nlp.stated``).

    Earlier tags of the same articles are replaced.
    """
    ids = [t.article.article_id for t in tagged]
    if not ids:
        return
    mentions = [
        {
            "article_id": t.article.article_id,
            "start_char": m.start,
            "end_char": m.end,
            "text": m.text,
            "label": m.label,
            "entity_id": m.entity_id,
            "canonical": m.canonical,
        }
        for t in tagged
        for m in t.mentions
    ]
    signals = [
        {
            "article_id": t.article.article_id,
            "kind": s.kind,
            "sentence": s.sentence,
            "start_char": s.start,
            "end_char": s.end,
            "reported": s.reported,
        }
        for t in tagged
        for s in t.signals
    ]
    about = [
        {
            "article_id": t.article.article_id,
            "entity_id": a.entity_id,
            "salience": float(a.salience),
            "main": a.main,
        }
        for t in tagged
        for a in t.about
    ]
    assessments = [
        {
            "article_id": t.article.article_id,
            "sourcing": t.sourcing.value,
            "sourcing_sentence": t.sourcing.sentence or None,
            "stage": t.stage.value,
            "stage_sentence": t.stage.sentence or None,
        }
        for t in tagged
    ]
    stated = [
        {
            "article_id": t.article.article_id,
            "effective": t.stated.effective,
            "party_denial": t.stated.party_denial,
            "sought": t.stated.sought,
        }
        for t in tagged
    ]
    # Earlier tags of these articles are rewritten in place, not deleted and inserted again: a
    # key deleted and inserted in one transaction can trip DuckDB's key index (load.DERIVED).
    for table, rows, schema in (
        ("mentions", _dedupe(mentions, ("start_char", "end_char")), schemas.MENTIONS),
        ("article_signals", _reported_first(signals), schemas.ARTICLE_SIGNALS),
        ("article_about", _dedupe(about, ("entity_id",)), schemas.ARTICLE_ABOUT),
        ("article_assessments", assessments, schemas.ARTICLE_ASSESSMENTS),
        ("article_stated", stated, schemas.ARTICLE_STATED),
    ):
        rewrite_in_place(con, table, "article_id", ids, rows, schema=schema)


def _reported_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (article, kind, sentence start); a reported signal wins over background."""
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        key = (row["article_id"], row["kind"], row["start_char"])
        if key not in seen or (row["reported"] and not seen[key]["reported"]):
            seen[key] = row
    return list(seen.values())


def _dedupe(rows: list[dict[str, Any]], key: tuple[str, ...]) -> list[dict[str, Any]]:
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        seen.setdefault((row["article_id"], *(row[k] for k in key)), row)
    return list(seen.values())


def mark_processed(con: duckdb.DuckDBPyConnection, outcomes: Mapping[str, str | None]) -> None:
    """Mark pages processed; the value is the reason a page gave no article (None if it did)."""
    if not outcomes:
        return
    given = pa.table(
        {"page_id": pa.array(list(outcomes), pa.string()),
         "reason": pa.array(list(outcomes.values()), pa.string())}
    )  # fmt: skip
    con.register("_pw_outcomes", given)  # an Arrow view, as in existing_articles
    try:
        run_query(con, "mark_pages_processed")
    finally:
        con.unregister("_pw_outcomes")
