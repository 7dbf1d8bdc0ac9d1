"""Scale: one daily batch of 5,000 new articles into warehouses of 10k, 100k and 1M articles.

What is measured, exactly:

- **Warehouse and grouping part, on the full batch**, at each size, in a fresh process (so peak
  memory is per size): the batch's articles arrive in chunks of 500 (``process_pending``'s batch
  size) and each chunk goes through the pipeline's own functions, as ``process_pending`` calls
  them: ``store.existing_articles`` (de-duplication against the warehouse), ``load_grouper``
  (the developments still open, read back from the warehouse), ``Grouper.assign_all``, then one
  transaction with ``save_articles``, ``save_tags``, ``save_embeddings`` and ``save_assignments``
  (which refreshes the touched developments' facts). Then the end-of-run snapshot publish
  (``snapshot.publish``: search structures updated, checkpoint, copy). The process loads the NLP
  models first, as a run holds them beside its window, so its peak memory is a run's. The
  articles are synthetic
  (``bench.synthetic.batch_items``): titles, bodies, entity ids and MiniLM-sized unit vectors, 30%
  of them continuing developments open in the warehouse.
- **NLP part on a sample**: extraction, tagging and embedding do not read the warehouse, so their
  cost does not depend on its size: it is measured on a sample of synthetic pages through
  ``extract_pages`` and ``tag_and_embed`` (the pipeline's functions: embedding in a thread beside
  tagging), and scaled to 5,000 articles.

The warehouses are synthetic rows generated in SQL (``bench.synthetic.build_warehouse``, 5,000
articles a day, so a 14-day grouping window holds ~70,000 open articles at 100k and 1M, and
all 10,000 at 10k), cached in ``bench/out/scale-cache/`` (gitignored) and copied before each run.
``--quick`` runs the 10k warehouse with a batch of 1,000 and says which sizes it skipped.
"""

from __future__ import annotations

import multiprocessing
import resource
import shutil
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from queue import Empty
from typing import Any

from bench.common import StageResult

SIZES = (10_000, 100_000, 1_000_000)
BATCH = 5_000
CHUNK = 500
TARGET_SECONDS = 300.0
TARGET_MIB = 4096.0


def rows_of(items: list[Any], run_id: str) -> tuple[list[Any], list[dict[str, Any]]]:
    from policywatch_core.models import Article, Mention, TaggedArticle
    from warehouse.store import article_row

    tagged, rows = [], []
    for it in items:
        article = Article(
            url=f"https://{it.outlet_id}.example/batch/{it.article_id}.html",
            outlet_id=it.outlet_id,
            title=it.title,
            text=it.text,
            lead=it.lead,
            published=it.published,
            published_source="meta",
            first_seen=it.published,
            language="en",
            method="synthetic",
        )
        mentions = [
            Mention(10 * k, 10 * k + 6, e, "ORG", e, e) for k, e in enumerate(sorted(it.entity_ids))
        ]
        tagged.append(TaggedArticle(article=article, mentions=mentions))
        rows.append(article_row(article, page_id=f"page-{it.article_id}", run_id=run_id))
    return tagged, rows


def peak_rss_mib() -> float:
    """This process's own peak resident memory, in MiB.

    ``VmHWM`` of ``/proc/self/status``: the high-water mark of this process's memory alone.
    Not ``ru_maxrss``: Linux keeps it across ``execve``, so a child started with ``spawn``
    (fork, then exec) reports its parent's peak when that was higher (the parent that built a
    1M-stored warehouse in memory before measuring). ``ru_maxrss`` where ``/proc`` is missing.
    """
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _warehouse_part(
    db: str, size: int, batch: int, budget_s: float, models: bool, queue: Any
) -> None:
    """Child process: the batch through the warehouse and grouping functions; report timings."""
    try:
        queue.put(_measure_warehouse(Path(db), size, batch, budget_s, models=models))
    except Exception as exc:
        import traceback

        queue.put({"error": f"{type(exc).__name__}: {exc}\n{traceback.format_exc()}"})


def _load_models() -> None:
    """Load and warm the NLP models in this process, as a run holds them beside its window."""
    from bench.e2e import _as_stored, _context, _raw_pages
    from policywatch.pipeline import extract_pages, tag_and_embed

    with tempfile.TemporaryDirectory(prefix="pw-bench-scale-models-") as tmp:
        ctx = _context(Path(tmp))
        pages = [_as_stored(p) for p in _raw_pages(5, seed=7)]
        tag_and_embed(ctx, extract_pages(pages, set(), set()).articles)


def _measure_warehouse(
    db: Path, size: int, batch: int, budget_s: float, *, models: bool = True
) -> dict[str, Any]:
    import numpy as np

    from bench.synthetic import WarehouseSpec, batch_items
    from nlp.cluster import ClusterItem, GroupingParams
    from warehouse import snapshot, store
    from warehouse.db import connect
    from warehouse.grouping import (
        WindowCache,
        load_grouper,
        save_assignments,
        save_embeddings,
        window_start,
    )

    # A run holds the NLP models (~0.8 GiB) in the process that holds the window: so does this
    # one, and its peak memory is a run's (the models are cached per process).
    if models:
        _load_models()
    rss_models = peak_rss_mib()
    spec = WarehouseSpec(size)
    items = batch_items(spec, batch)
    params = GroupingParams()
    phases: dict[str, float] = {
        "dedupe": 0.0,
        "load_grouper": 0.0,
        "assign": 0.0,
        "store": 0.0,
    }
    chunk_s: list[float] = []
    window = WindowCache()  # as process_pending keeps it between its batches
    joined = 0
    start_all = time.perf_counter()
    for start in range(0, len(items), CHUNK):
        chunk = items[start : start + CHUNK]
        t_chunk = time.perf_counter()
        tagged, rows = rows_of(chunk, "bench-scale")
        with connect(db) as con:
            t = time.perf_counter()
            ids, hashes = store.existing_articles(
                con, [r["article_id"] for r in rows], [r["content_hash"] for r in rows]
            )
            phases["dedupe"] += time.perf_counter() - t
            if ids or hashes:
                raise RuntimeError("synthetic batch collides with stored articles")
            t = time.perf_counter()
            cluster_items = [
                ClusterItem(
                    article_id=tg.article.article_id,
                    title=tg.article.title,
                    published=it.published,
                    outlet_id=it.outlet_id,
                    vector=it.vector,
                    lead=it.lead,
                    text=it.text,
                    entity_ids=tg.entity_ids,
                )
                for tg, it in zip(tagged, chunk, strict=True)
            ]
            earliest = min(i.published for i in cluster_items)
            grouper = load_grouper(con, params, window_start(earliest, params.window_days), window)
            phases["load_grouper"] += time.perf_counter() - t
            t = time.perf_counter()
            assignments = grouper.assign_all(cluster_items)
            phases["assign"] += time.perf_counter() - t
            joined += sum(1 for a in assignments if not a.is_new)
            t = time.perf_counter()
            con.execute("BEGIN TRANSACTION")
            store.save_articles(con, rows)
            store.save_tags(con, tagged)
            save_embeddings(
                con,
                [tg.article.article_id for tg in tagged],
                np.stack([it.vector for it in chunk]),
                "synthetic",
            )
            save_assignments(con, grouper, assignments)
            con.execute("COMMIT")
            phases["store"] += time.perf_counter() - t
            del grouper, assignments  # as process_pending does before the next chunk
        chunk_s.append(time.perf_counter() - t_chunk)
        if time.perf_counter() - start_all > budget_s:
            break  # over budget: the rest of the batch is extrapolated from the chunks measured
    measured = min(len(items), len(chunk_s) * CHUNK)
    warehouse_s = (time.perf_counter() - start_all) * len(items) / measured
    phases = {k: v * len(items) / measured for k, v in phases.items()}
    with connect(db, read_only=True) as con:
        open_row = con.execute(
            "SELECT count(*) FROM development_members m JOIN developments d "
            "USING (development_id) WHERE d.last_published >= $since",
            {"since": spec.end - timedelta(days=GroupingParams().window_days)},
        ).fetchone()
        total_row = con.execute("SELECT count(*) FROM articles").fetchone()
    rss_before_publish = peak_rss_mib()
    # The end-of-run snapshot is published after process_pending has returned: its window is gone.
    del window
    t = time.perf_counter()
    snapshot.publish(db)
    publish_s = time.perf_counter() - t
    return {
        "warehouse_s": warehouse_s,
        "measured_articles": measured,
        "chunk_s": chunk_s,
        "phases": phases,
        "publish_s": publish_s,
        "joined": joined,
        "open_articles": int(open_row[0]) if open_row else 0,
        "articles_after": int(total_row[0]) if total_row else 0,
        "peak_rss_mib": peak_rss_mib(),
        "peak_rss_before_publish_mib": rss_before_publish,
        "rss_models_mib": rss_models,
        "db_mib": db.stat().st_size / 2**20,
    }


def _in_child(db: Path, size: int, batch: int, budget_s: float, models: bool) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_warehouse_part, args=(str(db), size, batch, budget_s, models, queue))
    proc.start()
    while True:
        try:
            data: dict[str, Any] = queue.get(timeout=5)
            break
        except Empty:
            if not proc.is_alive():
                data = {"error": f"the measuring process died (exit code {proc.exitcode})"}
                break
    proc.join()
    return data


def _nlp_sample(n: int) -> dict[str, float]:
    """Seconds per article of extraction, then tagging and embedding, on ``n`` synthetic pages.

    Tagging and embedding run as ``process_pending`` runs them (``tag_and_embed``: the embedding
    in a thread beside the tagging).
    """
    from bench.e2e import _as_stored, _context, _raw_pages
    from policywatch.pipeline import extract_pages, tag_and_embed

    with tempfile.TemporaryDirectory(prefix="pw-bench-scale-nlp-") as tmp:
        ctx = _context(Path(tmp))
        pages = [_as_stored(p) for p in _raw_pages(n + 5, seed=5)]
        warm = extract_pages(pages[:5], set(), set()).articles
        tag_and_embed(ctx, warm)
        t = time.perf_counter()
        articles = extract_pages(pages[5:], set(), set()).articles
        extract_s = time.perf_counter() - t
        t = time.perf_counter()
        tag_and_embed(ctx, articles)
        tag_embed_s = time.perf_counter() - t
    k = max(1, len(articles))
    return {"extract": extract_s / k, "tag + embed (overlapped)": tag_embed_s / k}


def run(quick: bool) -> StageResult:
    from bench.synthetic import BENCH_OUT, WarehouseSpec, cached_warehouse

    result = StageResult("scale")
    sizes = SIZES[:1] if quick else SIZES
    batch = 200 if quick else BATCH
    budget_s = 60.0 if quick else 240.0
    if quick:
        result.notes.append(
            "quick mode: only the 10,000-article warehouse, with a batch of 200; skipped the "
            "100,000 and 1,000,000 warehouses (run without --quick); the measuring process does "
            "not load the NLP models, so its peak memory is the grouping part's alone."
        )
    nlp = _nlp_sample(10 if quick else 60)
    nlp_per_article = sum(nlp.values())
    result.add("NLP (extract + tag + embed), sample", 1000 * nlp_per_article, "ms/article")
    for stage, seconds in nlp.items():
        result.add(f"NLP {stage}, sample", 1000 * seconds, "ms/article")
    nlp_batch_s = nlp_per_article * batch
    BENCH_OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="pw-bench-scale-", dir=BENCH_OUT))
    try:
        for size in sizes:
            t = time.perf_counter()
            cached, built = cached_warehouse(WarehouseSpec(size))
            prepare_s = time.perf_counter() - t
            db = work / "policywatch.duckdb"
            shutil.copyfile(cached, db)
            data = _in_child(db, size, batch, budget_s, models=not quick)
            for leftover in work.iterdir():
                if leftover.is_file():
                    leftover.unlink()
            label = f"{size:,} stored"
            if "error" in data:
                result.notes.append(f"{label}: failed: {data['error']}")
                continue
            total = data["warehouse_s"] + data["publish_s"] + nlp_batch_s
            target = {"target": TARGET_SECONDS, "op": "<="} if size == SIZES[-1] else {}
            result.add(f"{label}: daily batch of {batch:,}, total (estimate)", total, "s", **target)
            result.add(f"{label}: warehouse + grouping (measured)", data["warehouse_s"], "s")
            for phase, seconds in data["phases"].items():
                result.add(f"{label}: {phase}", seconds, "s")
            result.add(f"{label}: snapshot publish (measured)", data["publish_s"], "s")
            result.add(f"{label}: NLP for the batch (from the sample)", nlp_batch_s, "s")
            mem = {"target": TARGET_MIB, "op": "<="} if size == SIZES[-1] else {}
            result.add(
                f"{label}: peak RSS, warehouse + grouping + publish",
                data["peak_rss_mib"],
                "MiB",
                **mem,
            )
            result.add(
                f"{label}: peak RSS before the snapshot publish",
                data["peak_rss_before_publish_mib"],
                "MiB",
            )
            if not quick:
                result.add(
                    f"{label}: of which the NLP models, loaded first", data["rss_models_mib"], "MiB"
                )
            result.add(f"{label}: open articles in the window", data["open_articles"], "articles")
            result.add(f"{label}: batch articles that joined a development", data["joined"], "")
            result.add(f"{label}: warehouse file", data["db_mib"], "MiB")
            if data["measured_articles"] < batch:
                result.notes.append(
                    f"{label}: over the {budget_s:.0f} s budget after "
                    f"{data['measured_articles']:,} articles: the warehouse + grouping time is "
                    "extrapolated linearly to the whole batch (the open window does not shrink)"
                )
            result.notes.append(
                f"{label}: warehouse {'generated' if built else 'from cache'} "
                f"in {prepare_s:.0f} s; "
                f"chunks of {CHUNK}: " + ", ".join(f"{s:.1f}" for s in data["chunk_s"]) + " s"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result.notes.append(
        "Totals are estimates: the warehouse/grouping part is measured on the full batch unless "
        "a note above says it was extrapolated, the snapshot publish is measured; the NLP part "
        "is the sample's per-article cost times the batch (it does not depend on the "
        "warehouse's size). Peak RSS is the measuring process's, which loads the NLP models "
        "first, as a run holds them beside its window. 2 shared cores: re-measure on a quiet "
        "machine."
    )
    return result
