"""Warehouse writes: rows/s of ``warehouse.load.upsert`` (Arrow) beside plain ``executemany``.

Both write the same rows into the ``mentions`` table of a freshly migrated warehouse file, as an
idempotent upsert (``INSERT ... ON CONFLICT DO UPDATE``), each in one transaction; then the same
rows again (every one a conflict, as a resumed run writes them). Embedding rows (384 floats) are
measured through ``upsert`` too, since they are the widest rows the pipeline writes.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import StageResult, peak_rss_mib
from warehouse import schemas


def _mention_rows(n: int, salt: str = "") -> list[dict[str, Any]]:
    return [
        {
            "article_id": f"a{salt}{i // 8:08d}",
            "start_char": (i % 8) * 40,
            "end_char": (i % 8) * 40 + 12,
            "text": "Cyberspace Administration",
            "label": "ORG",
            "entity_id": "cac" if i % 3 else None,
            "canonical": "Cyberspace Administration of China",
        }
        for i in range(n)
    ]


_EXECUTEMANY = (
    "INSERT INTO mentions (article_id, start_char, end_char, text, label, entity_id, canonical) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, start_char, end_char) DO UPDATE SET "
    "text = excluded.text, label = excluded.label, entity_id = excluded.entity_id, "
    "canonical = excluded.canonical"
)


def run(quick: bool) -> StageResult:

    from warehouse.db import connect
    from warehouse.grouping import save_embeddings
    from warehouse.load import upsert

    result = StageResult("warehouse_writes")
    n_arrow = 20_000 if quick else 200_000
    n_many = 1_000 if quick else 5_000
    n_vec = 2_000 if quick else 20_000
    schema = schemas.MENTIONS
    with tempfile.TemporaryDirectory(prefix="pw-bench-writes-") as tmp:
        db = Path(tmp) / "w.duckdb"
        with connect(db) as con:
            rows = _mention_rows(n_arrow)
            timings = {}
            for label in ("new", "conflicting"):
                start = time.perf_counter()
                con.execute("BEGIN TRANSACTION")
                upsert(con, "mentions", rows, schema=schema)
                con.execute("COMMIT")
                timings[label] = time.perf_counter() - start
            many = _mention_rows(n_many, salt="m")
            params = [tuple(r.values()) for r in many]
            start = time.perf_counter()
            con.execute("BEGIN TRANSACTION")
            con.executemany(_EXECUTEMANY, params)
            con.execute("COMMIT")
            many_s = time.perf_counter() - start
            ids = [f"v{i:08d}" for i in range(n_vec)]
            vectors = np.random.default_rng(0).standard_normal((n_vec, 384)).astype(np.float32)
            start = time.perf_counter()
            con.execute("BEGIN TRANSACTION")
            save_embeddings(con, ids, vectors, "bench")
            con.execute("COMMIT")
            vec_s = time.perf_counter() - start
            count = con.execute("SELECT count(*) FROM mentions").fetchone()
    if count is None or count[0] != n_arrow + n_many:
        raise RuntimeError(f"mentions holds {count} rows, expected {n_arrow + n_many}")
    many_rate = n_many / many_s
    result.add("upsert via Arrow, new rows", n_arrow / timings["new"], "rows/s", baseline=many_rate)
    result.add(
        "upsert via Arrow, all rows conflicting (a resumed batch)",
        n_arrow / timings["conflicting"],
        "rows/s",
        baseline=many_rate,
    )
    result.add("plain executemany upsert", many_rate, "rows/s")
    result.add(
        "Arrow upsert speed-up over executemany", (n_arrow / timings["new"]) / many_rate, "x"
    )
    result.add("embedding rows (384 floats) via save_embeddings", n_vec / vec_s, "rows/s")
    result.add("peak RSS", peak_rss_mib(), "MiB")
    result.notes.append(
        f"mentions rows: {n_arrow:,} through upsert (Arrow), {n_many:,} through executemany "
        "(fewer: it is ~100x slower); each in one transaction on a fresh file. The 'library "
        "alone' column holds executemany's rate."
    )
    return result
