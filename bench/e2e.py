"""End to end: articles/s from raw HTML to timeline row, beside the bare libraries' costs.

What is measured: synthetic news pages (``bench.synthetic.news_page``: site chrome, cookie banner,
related links, comments; ~400 words of unique article text each) are stored as fetched pages in a
fresh warehouse, then ``policywatch.pipeline.process_pending`` runs exactly as in a run: read the
pending pages, extract (trafilatura), de-duplicate, tag (spaCy), embed (MiniLM), group, store the
articles, tags, vectors, developments and memberships in one transaction per batch. The crawl is
bypassed (the crawl benchmark measures it). Models are loaded in a warm-up batch first (their load
time is reported apart), and the timed run is steady state.

Beside it, the same work done by each library alone on the same inputs: ``trafilatura.extract``
on each page's HTML, the full bare spaCy pipeline (``spacy.load(...).pipe``) on the texts the
tagger reads, and ``SentenceTransformer.encode`` on the texts the pipeline embeds. Their sum is the
cost of the libraries with no pipeline around them; the ratio shows the pipeline's overhead (it
can be below 1: the tagger runs the statistical NER only on chosen sentences).
"""

from __future__ import annotations

import gzip
import itertools
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.common import ROOT, StageResult, latency_metrics, peak_rss_mib, timed_each

TARGET_ARTICLES_PER_S = 25.0
TARGET_OVERHEAD = 1.5


def _raw_pages(n: int, seed: int) -> list[Any]:
    from bench.synthetic import news_page
    from policywatch_core.models import RawPage

    pages = []
    for i in range(n):
        page = news_page(i, seed=seed)
        pages.append(
            RawPage(
                url=page.url,
                final_url=page.url,
                outlet_id=page.outlet_id,
                fetched_at=datetime(2026, 11, 20, tzinfo=UTC),
                status=200,
                content_type="text/html; charset=utf-8",
                html=page.html,
                feed_title=page.title,
                feed_published=page.published,
                feed_summary=None,
            )
        )
    return pages


def _context(data_dir: Path) -> Any:
    from policywatch.pipeline import RunContext
    from policywatch_core.config import load_watchlist
    from policywatch_core.settings import configure_environment, load_settings

    settings = load_settings(
        config_dir=ROOT / "config", data_dir=data_dir, snapshot_every_seconds=3600.0
    )
    configure_environment(settings)
    return RunContext(
        run_id="bench-e2e",
        profile="bench",
        settings=settings,
        outlets=(),
        watchlist=load_watchlist(settings.config_dir).items,
    )


def _store(ctx: Any, pages: list[Any]) -> None:
    from warehouse import store
    from warehouse.db import connect

    with connect(ctx.settings.duckdb_path) as con:
        store.start_run(con, ctx.run_id, ctx.profile, {})
        store.save_pages(con, ctx.run_id, pages)


def _batch_latencies(ctx: Any, batch_size: int) -> tuple[list[float], float]:
    """Run process_pending, returning each batch's wall time and the total."""
    from policywatch import pipeline

    marks: list[float] = []
    start = time.perf_counter()
    pipeline.process_pending(
        ctx, batch_size=batch_size, progress=lambda done, total: marks.append(time.perf_counter())
    )
    total = time.perf_counter() - start
    edges = [start, *marks]
    return [b - a for a, b in itertools.pairwise(edges)], total


def run(quick: bool) -> StageResult:
    import spacy
    import trafilatura

    from nlp.embed import load_encoder, text_for_embedding
    from nlp.entities import tagged_text
    from policywatch.pipeline import Batch, extract_pages
    from warehouse.db import connect

    result = StageResult("e2e")
    n = 60 if quick else 400
    batch_size = 30 if quick else 100
    with tempfile.TemporaryDirectory(prefix="pw-bench-e2e-") as tmp:
        ctx = _context(Path(tmp))
        # Warm-up: loads spaCy, MiniLM, the decision model; publishes the first snapshot.
        _store(ctx, _raw_pages(8, seed=99))
        start = time.perf_counter()
        _batch_latencies(ctx, batch_size)
        warm_s = time.perf_counter() - start
        ctx.timings.clear()
        ctx.counts.clear()
        pages = _raw_pages(n, seed=1)
        _store(ctx, pages)
        latencies, total_s = _batch_latencies(ctx, batch_size)
        stage_s = dict(ctx.timings)
        stored = ctx.counts["new_articles"]
        with connect(ctx.settings.duckdb_path, read_only=True) as con:
            in_timeline = con.execute(
                "SELECT count(*) FROM development_members m JOIN articles a USING (article_id) "
                "WHERE a.run_id = 'bench-e2e' AND a.url LIKE '%story-1-%'"
            ).fetchone()
            outcomes = Counter(
                str(r[0]) for r in con.execute("SELECT process_error FROM pages").fetchall()
            )
            shape = con.execute(
                "SELECT count(*), max(n) FROM (SELECT development_id, count(*) AS n "
                "FROM development_members GROUP BY development_id)"
            ).fetchone()
        from policywatch import pipeline

        start = time.perf_counter()
        pipeline.finish(ctx)
        publish_s = time.perf_counter() - start
        rss = peak_rss_mib()

        # The same inputs through each library alone.
        html = [p.html for p in pages]
        _, extract_lat, bare_extract_s = timed_each(
            lambda h: trafilatura.extract(h, url=None), html
        )
        batch: Batch = extract_pages(
            [_as_stored(p) for p in pages], known_ids=set(), known_hashes=set()
        )
        articles = batch.articles
        texts = [tagged_text(a) for a in articles]
        nlp = _bare_spacy(spacy, ctx.settings.spacy_model)
        list(nlp.pipe(texts[:4]))  # warm
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        bare_spacy_s = time.perf_counter() - start
        _, tag_lat, _ = timed_each(lambda t: nlp(t), texts[: min(40, len(texts))])
        encoder = load_encoder(ctx.settings.embedding_model, ctx.settings.torch_threads)
        embed_texts = [text_for_embedding(a) for a in articles]
        start = time.perf_counter()
        encoder.encode(embed_texts, batch_size=32, normalize_embeddings=True)
        bare_embed_s = time.perf_counter() - start

    rate = stored / total_s if total_s else 0.0
    bare_per_article = (bare_extract_s / n) + (bare_spacy_s + bare_embed_s) / max(1, len(texts))
    bare_rate = 1 / bare_per_article if bare_per_article else 0.0
    overhead = (total_s / max(1, stored)) / bare_per_article if bare_per_article else None
    result.add(
        "end to end, raw HTML to timeline row",
        rate,
        "articles/s",
        target=TARGET_ARTICLES_PER_S,
        baseline=bare_rate,
        note="baseline: 1 / (sum of the bare libraries' per-article costs)",
    )
    result.add(
        "pipeline time / sum of bare library times",
        overhead,
        "x",
        target=TARGET_OVERHEAD,
        op="<=",
    )
    for stage in ("extract", "tag", "embed", "group", "load"):
        result.add(f"stage {stage}", 1000 * stage_s.get(stage, 0.0) / max(1, stored), "ms/article")
    other = total_s - sum(stage_s.get(s, 0.0) for s in ("extract", "tag", "embed", "group", "load"))
    result.add("stage read pages + bookkeeping", 1000 * other / max(1, stored), "ms/article")
    result.add("bare trafilatura.extract", 1000 * bare_extract_s / n, "ms/article")
    result.add("bare spaCy pipeline (full)", 1000 * bare_spacy_s / max(1, len(texts)), "ms/article")
    result.add(
        "bare SentenceTransformer.encode", 1000 * bare_embed_s / max(1, len(texts)), "ms/article"
    )
    latency_metrics(result, f"batch of {batch_size} pages", latencies)
    latency_metrics(result, "bare trafilatura per page", extract_lat)
    latency_metrics(result, "bare spaCy per article", tag_lat)
    result.add("model loading + first batch (warm-up, 8 pages)", warm_s, "s")
    result.add("end-of-run snapshot publish (finish)", publish_s, "s")
    result.add("peak RSS", rss, "MiB")
    result.notes.append(
        f"{n} synthetic pages, {stored} stored as articles and "
        f"{in_timeline[0] if in_timeline else 0} in the timeline; page outcomes "
        f"{dict(outcomes)}; batches of {batch_size}; "
        "torch threads 2; 2 cores shared with other work (noisy: re-measure on a quiet machine)."
    )
    developments, largest = shape if shape else (0, 0)
    result.add("developments formed", developments, note=f"largest: {largest} reports")
    result.notes.append(
        "corpus shape: the synthetic pages share one small vocabulary and a title template, so "
        "grouping joins most of them into one long-running development. That is the costly case "
        "for grouping (every article weighs a large development) and not a quality figure; "
        "grouping quality is measured on ECB+ in the grouping benchmark."
    )
    return result


def _bare_spacy(spacy: Any, name: str) -> Any:
    """The statistical pipeline, every component on (the pinned package's name, or ``name``)."""
    from nlp.entities import MODEL_PACKAGES

    for candidate in MODEL_PACKAGES.get(name, (name,)):
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise RuntimeError(f"no spaCy pipeline {name!r} installed")


def _as_stored(page: Any) -> Any:
    from warehouse.store import StoredPage

    html = gzip.decompress(gzip.compress(page.html.encode("utf-8"))).decode("utf-8")
    return StoredPage(
        page_id=page.page_id,
        url=page.url,
        final_url=page.final_url,
        outlet_id=page.outlet_id,
        fetched_at=page.fetched_at,
        html=html,
        feed_title=page.feed_title,
        feed_published=page.feed_published,
        feed_summary=page.feed_summary,
    )
