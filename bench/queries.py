"""Analysts' queries on a large invented warehouse: timeline, search, snapshot, HTML report.

Issue 7's figures: ``timeline`` with filters under 200 ms and search under 500 ms on 100,000
articles and 20,000 developments (measured inside one process, on the read snapshot, warm), and
the HTML report's size and generation time for that warehouse. ``--quick`` uses a tenth of it.
The warehouse is written through the warehouse API with invented rows
(``policywatch.report.synthetic``), embeddings included (random, 384 dimensions).
"""

from __future__ import annotations

import contextlib
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import duckdb

from bench.common import StageResult, latency_metrics, median, percentile
from policywatch.export import ExportFormat, Selection, export_tables
from policywatch.reading import query_timeline
from policywatch.report import synthetic
from policywatch.report.html import write_report
from warehouse import search, snapshot
from warehouse.db import connect

TIMELINE_TARGET_MS = 200.0
SEARCH_TARGET_MS = 500.0
REPEATS = 7

TIMELINE_FILTERS: list[dict[str, Any]] = [
    {},
    {"entity": "deepseek"},
    {"entity": "PRC", "policy_only": True},
    {"signal": "export-control"},
    {"outlet": "outlet-003"},
    {"entity": "alibaba", "signal": "subsidy-funding", "limit": 20},
]
QUERIES = [
    "export controls on advanced chips",
    "security review chatbot",
    "DeepSeek",
    "subsidies accelerator makers",
    "fine personal data",
]


def _ms(fn: Any, repeats: int = REPEATS) -> list[float]:
    fn()  # warm: the first call loads columns from disk
    out = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def run(quick: bool) -> StageResult:
    result = StageResult("queries")
    n_articles, n_devs = (10_000, 2_000) if quick else (100_000, 20_000)
    result.notes.append(
        f"invented warehouse: {n_articles:,} articles, {n_devs:,} developments, 40 outlets, "
        "300 entities, a year of dates; 2 shared cores: figures are noisy while others work"
    )
    with tempfile.TemporaryDirectory(prefix="pw-bench-queries-") as tmp:
        db = Path(tmp) / "policywatch.duckdb"
        start = time.perf_counter()
        rows = synthetic.synthetic_rows(n_articles, n_devs)
        with connect(db) as con:
            synthetic.write(con, rows)
        result.add("build invented warehouse", time.perf_counter() - start, "s")
        del rows

        published = snapshot.publish(db)
        result.add(
            "publish read snapshot (checkpoint, copy, fts + vector index)", published.seconds, "s"
        )
        result.add("read snapshot size", published.bytes / 1e6, "MB")
        result.add("live warehouse size", db.stat().st_size / 1e6, "MB")

        with contextlib.closing(
            duckdb.connect(str(snapshot.snapshot_path(db)), read_only=True)
        ) as con:
            all_timeline: list[float] = []
            for filters in TIMELINE_FILTERS:
                times = _ms(lambda f=filters: query_timeline(con, **f))
                all_timeline.extend(times)
                label = ", ".join(f"{k}={v}" for k, v in filters.items()) or "no filter"
                result.add(f"timeline ({label}) median", median(times), "ms")
            result.add(
                "timeline with filters p95 (all filter sets)",
                percentile(all_timeline, 95),
                "ms",
                target=TIMELINE_TARGET_MS,
                op="<=",
            )
            whole = _ms(lambda: query_timeline(con, limit=n_devs), repeats=3)
            result.add(f"timeline, all {n_devs:,} developments, median", median(whole), "ms")

            fts: list[float] = []
            for query in QUERIES:
                fts.extend(_ms(lambda q=query: search.search_text(con, q)))
            latency_metrics(result, "full-text search (BM25, grouped)", [t / 1000 for t in fts])
            result.add(
                "full-text search p95", percentile(fts, 95), "ms", target=SEARCH_TARGET_MS, op="<="
            )
            r = random.Random(3)
            ids = [x[0] for x in con.execute("SELECT article_id FROM search_vectors").fetchall()]
            vectors = [
                con.execute(
                    "SELECT vector FROM embeddings WHERE article_id = $a", {"a": r.choice(ids)}
                ).fetchone()[0]  # type: ignore[index]  # the id was just read from the table
                for _ in range(5)
            ]
            sem: list[float] = []
            for vector in vectors:
                sem.extend(
                    _ms(lambda v=vector: search.search_vector(con, v, model=synthetic.MODEL))
                )
            result.add(
                "semantic search p95 (stored query vector, FLOAT[384] table)",
                percentile(sem, 95),
                "ms",
                target=SEARCH_TARGET_MS,
                op="<=",
            )
            try:
                from nlp.embed import embed_texts, load_encoder

                encoder = load_encoder("", 2)
                embed = _ms(lambda: embed_texts(["export controls on chips"], encoder), repeats=5)
                result.add("embedding one query (MiniLM, CPU)", median(embed), "ms")
            except Exception as exc:  # the model package may be missing on a bench machine
                result.notes.append(f"query embedding not measured: {exc}")

            start = time.perf_counter()
            info = write_report(con, Path(tmp) / "timeline.html")
            result.add("HTML report generation", time.perf_counter() - start, "s")
            result.add("HTML report size", info.bytes / 1e6, "MB")
            result.add("HTML report developments", info.developments, "")
            start = time.perf_counter()
            export_tables(con, Path(tmp) / "export", ExportFormat.parquet)
            result.add("export to Parquet (5 files)", time.perf_counter() - start, "s")
            start = time.perf_counter()
            export_tables(con, Path(tmp) / "csv", ExportFormat.csv)
            result.add("export to CSV for spreadsheets (5 files)", time.perf_counter() - start, "s")
            start = time.perf_counter()
            export_tables(con, Path(tmp) / "xlsx", ExportFormat.xlsx, datasets=["timeline"])
            result.add("export timeline to XLSX", time.perf_counter() - start, "s")
            start = time.perf_counter()
            chosen = export_tables(
                con,
                Path(tmp) / "some",
                ExportFormat.xlsx,
                Selection(policy_only=True, min_outlets=2),
            )
            result.add("export filtered (policy, 2+ outlets) to XLSX (5 files)",
                       time.perf_counter() - start, "s")  # fmt: skip
            result.notes.append(
                f"filtered XLSX export: {chosen['developments']} developments, "
                f"{chosen['files']['articles']['rows']} articles"
            )

        with contextlib.closing(duckdb.connect(str(db), read_only=True)) as live:
            scan = _ms(lambda: search.search_text(live, QUERIES[0]), repeats=3)
            result.add(
                "full-text search without index (scan, live file) median", median(scan), "ms"
            )
    return result
