"""Archives of articles as JSON lines or Parquet, and grouping them in memory.

``policywatch cluster`` and ``bench/grouping.py`` group records with :func:`cluster_records`:
the same tagging (``policywatch.pipeline.tag_articles``), the same embedding text, the same
:class:`nlp.cluster.Grouper` and the same settings as the pipeline; nothing is written.
Without ``published``, input order stands for time (one second apart, from a fixed origin).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from nlp.cluster import ClusterItem, Grouper, GroupingParams
from policywatch.models import Article, stable_id
from policywatch.settings import Settings

#: Origin of the synthetic times of records without ``published`` (input order stands for time).
ORDER_ORIGIN = datetime(2000, 1, 1, tzinfo=UTC)


class ArchiveError(Exception):
    """An archive that cannot be read; the message names the line or column."""


@dataclass(frozen=True, slots=True)
class Record:
    """One article of an archive."""

    id: str
    title: str
    text: str
    published: datetime | None = None
    url: str | None = None
    outlet: str | None = None
    html: str | None = None


def _parse_time(value: Any, where: str) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        ts = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise ArchiveError(f"{where}: published {value!r} is not an ISO 8601 date") from None
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


def record_of(raw: dict[str, Any], where: str) -> Record:
    """A record from a JSON object or Parquet row (``id``, ``title``, ``text`` required)."""
    missing = [k for k in ("id", "title", "text") if not raw.get(k) and raw.get(k) != 0]
    if "text" in missing and raw.get("html"):
        missing.remove("text")
    if missing:
        raise ArchiveError(f"{where}: missing {', '.join(missing)}")
    return Record(
        id=str(raw["id"]),
        title=str(raw["title"]),
        text=str(raw.get("text") or ""),
        published=_parse_time(raw.get("published"), where),
        url=raw.get("url") or raw.get("source") or None,
        outlet=raw.get("outlet") or raw.get("outlet_id") or None,
        html=raw.get("html") or None,
    )


def read_records(path: str | Path) -> list[Record]:
    """Records from a JSON lines file, ``-`` (stdin), or a Parquet file."""
    if str(path) != "-" and str(path).endswith(".parquet"):
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        return [record_of(row, f"{path} row {i + 1}") for i, row in enumerate(table.to_pylist())]
    lines: Iterable[str]
    if str(path) == "-":
        lines = sys.stdin
    else:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ArchiveError(f"{path}: {exc.strerror}") from None
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ArchiveError(f"{path} line {number}: not JSON ({exc.msg})") from None
        if not isinstance(raw, dict):
            raise ArchiveError(f"{path} line {number}: not a JSON object")
        out.append(record_of(raw, f"{path} line {number}"))
    return out


def published_times(records: Sequence[Record]) -> list[datetime]:
    """Each record's time; records without one get input order (one second apart)."""
    return [r.published or (ORDER_ORIGIN + timedelta(seconds=i)) for i, r in enumerate(records)]


def articles_of(records: Sequence[Record]) -> list[Article]:
    times = published_times(records)
    return [
        Article(
            url=r.url or f"archive:{r.id}",
            outlet_id=r.outlet or "archive",
            title=r.title,
            text=r.text,
            canonical_url=f"archive:{stable_id(r.id)}:{r.id}",
            published=t,
            published_source="archive" if r.published else "order",
        )
        for r, t in zip(records, times, strict=True)
    ]


def items_of(
    articles: Sequence[Article],
    vectors: npt.NDArray[np.float32],
    entity_ids: Sequence[frozenset[str]],
    signal_kinds: Sequence[frozenset[str]],
) -> list[ClusterItem]:
    return [
        ClusterItem(
            article_id=a.article_id,
            title=a.title,
            published=a.published or ORDER_ORIGIN,
            outlet_id=a.outlet_id,
            vector=vectors[i],
            lead=a.lead,
            text=a.text,
            entity_ids=entity_ids[i],
            signal_kinds=signal_kinds[i],
        )
        for i, a in enumerate(articles)
    ]


def cluster_records(
    records: Sequence[Record],
    settings: Settings,
    *,
    tag: bool = True,
    vectors: npt.NDArray[np.float32] | None = None,
) -> list[tuple[str, str]]:
    """``(record id, development id)`` for each record, in input order, as the pipeline groups.

    Args:
        records: the archive.
        settings: the same settings the pipeline reads (window, threshold, models).
        tag: tag entities and signals with the pipeline's tagger (as the pipeline does).
        vectors: precomputed title+lead embeddings (benchmarks); computed when None.
    """
    from nlp.embed import embed_articles, load_encoder

    articles = articles_of(records)
    with ThreadPoolExecutor(max_workers=1) as pool:
        # Embedding (torch, which releases the GIL) runs beside tagging (spaCy): the same
        # functions as the pipeline, overlapped (~2.5x faster end to end on 2 busy cores).
        future = (
            pool.submit(
                embed_articles,
                articles,
                load_encoder(settings.embedding_model, settings.torch_threads),
            )
            if vectors is None
            else None
        )
        if tag:
            tagged = tag_articles(settings, articles)
            entity_ids = [t.entity_ids for t in tagged]
            signal_kinds = [t.signal_kinds for t in tagged]
        else:
            entity_ids = [frozenset()] * len(articles)
            signal_kinds = [frozenset()] * len(articles)
        if future is not None:
            vectors = future.result()
    assert vectors is not None
    items = items_of(articles, vectors, entity_ids, signal_kinds)
    grouper = Grouper(params_of(settings))
    decided = {a.article_id: a.development_id for a in grouper.assign_all(items)}
    return [(r.id, decided[a.article_id]) for r, a in zip(records, articles, strict=True)]


def params_of(settings: Settings) -> GroupingParams:
    """The grouping parameters the pipeline uses for these settings."""
    return GroupingParams(window_days=settings.window_days, threshold=settings.join_threshold)


def tag_articles(settings: Settings, articles: Sequence[Article]) -> list[Any]:
    """Tag with the pipeline's own function and configuration (watchlist, signals, spaCy)."""
    from policywatch.config import load_watchlist
    from policywatch.pipeline import RunContext
    from policywatch.pipeline import tag_articles as pipeline_tag

    ctx = RunContext(
        run_id="cluster",
        profile=settings.profile,
        settings=settings,
        outlets=(),
        watchlist=load_watchlist(settings.config_dir).items,
    )
    return pipeline_tag(ctx, list(articles))


def page_html(record: Record) -> str:
    """A minimal article page for a record given as text (extraction reads it like a crawl)."""
    from html import escape

    published = (
        f'<meta property="article:published_time" content="{record.published.isoformat()}">'
        if record.published
        else ""
    )
    paragraphs = "\n".join(
        f"<p>{escape(p.strip())}</p>" for p in record.text.split("\n") if p.strip()
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{escape(record.title)}</title>{published}</head><body><article>"
        f"<h1>{escape(record.title)}</h1>\n{paragraphs}\n</article></body></html>"
    )


def import_records(
    settings: Settings, records: Sequence[Record], *, default_outlet: str = "archive"
) -> dict[str, Any]:
    """Store records as fetched pages of a run and process them with the pipeline's own stages.

    Records given as text become a minimal page; records with ``html`` are stored as they are.
    Returns the run summary of :func:`policywatch.pipeline.finish`.
    """
    from policywatch import pipeline
    from policywatch.models import Outlet, RawPage
    from warehouse import store
    from warehouse.db import connect

    ctx = pipeline.prepare(settings, settings.profile)
    at = store.now()
    pages = []
    outlets: dict[str, Outlet] = {}
    for record in records:
        outlet = record.outlet or default_outlet
        outlets.setdefault(
            outlet, Outlet(id=outlet, name=outlet, home=f"archive:{outlet}", profiles=())
        )
        url = record.url or f"archive:{outlet}/{record.id}"
        pages.append(
            RawPage(
                url=url,
                final_url=url,
                outlet_id=outlet,
                fetched_at=at,
                status=200,
                html=record.html or page_html(record),
                content_type="text/html",
                feed_title=record.title,
                feed_published=record.published,
            )
        )
    error = None
    try:
        with connect(settings.duckdb_path) as con:
            known = {r[0] for r in con.execute("SELECT outlet_id FROM sources").fetchall()}
            con.execute("BEGIN TRANSACTION")
            store.save_sources(con, [o for k, o in outlets.items() if k not in known])
            store.save_pages(con, ctx.run_id, pages)
            con.execute("COMMIT")
        pipeline.process_pending(ctx)
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
        raise
    finally:
        summary = pipeline.finish(ctx, error=error)
    summary["pages"] = len(pages)
    return summary
