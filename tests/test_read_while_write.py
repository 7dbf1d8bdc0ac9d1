"""Analysts read while the pipeline writes: no "database is locked", and the run is not blocked.

Another process runs the analysts' queries (timeline, search, show, export-sized counts) in a
loop for the whole of a real pipeline run against the demo outlets (crawl subprocess, extraction,
tagging, embeddings, grouping, every write the run makes). The stages are called the way the
daily flow calls them, without Prefect's server, which only orchestrates them.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from policywatch.demo.server import DemoServer
from policywatch_core.settings import load_settings
from warehouse import snapshot
from warehouse.db import connect

pytestmark = pytest.mark.slow

READER = textwrap.dedent(
    """
    import json, sys, time, traceback
    from pathlib import Path
    from policywatch.reading import query_timeline
    from policywatch.reading import fetch_development
    from warehouse.search import search_text
    from warehouse.snapshot import describe, open_for_reading

    db, log, stop = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    with log.open("a", encoding="utf-8") as out:
        last = False
        while True:
            last = stop.exists()
            record = {"t": time.time()}
            try:
                with open_for_reading(db, wait_seconds=0) as con:
                    rows = query_timeline(con, limit=50)
                    query_timeline(con, entity="china", policy_only=True)
                    search_text(con, "artificial intelligence rules")
                    if rows:
                        fetch_development(con, rows[0]["development_id"])
                    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
                    record.update(ok=True, articles=n, developments=len(rows),
                                  snapshot=describe(con).is_snapshot)
            except Exception as exc:
                record.update(ok=False, error=f"{type(exc).__name__}: {exc}",
                              trace=traceback.format_exc())
            out.write(json.dumps(record) + "\\n")
            out.flush()
            if last:
                break
            time.sleep(0.05)
    """
)


def _records(log: Path) -> list[dict[str, Any]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line]


def _wait_for(predicate, what: str, proc: subprocess.Popen[bytes], limit: float = 120.0) -> None:
    deadline = time.monotonic() + limit
    while not predicate():
        if proc.poll() is not None:
            pytest.fail(f"the reader exited early while waiting for {what}")
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.1)


def test_queries_in_another_process_during_a_whole_run(
    config_dir, data_dir, tmp_path, monkeypatch, caplog
):
    from policywatch import pipeline

    caplog.set_level(logging.INFO, logger="policywatch.snapshot")
    monkeypatch.setenv("POLICYWATCH_SNAPSHOT_EVERY_SECONDS", "0")  # publish after every batch
    monkeypatch.setattr(snapshot, "MAX_OVERHEAD", float("inf"))  # however fast batches are
    db = data_dir / "policywatch.duckdb"
    with connect(db):  # the state a previous run leaves: a warehouse and its snapshot
        pass
    snapshot.publish(db)
    log, stop = tmp_path / "reader.jsonl", tmp_path / "stop"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db), str(log), str(stop)],
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        _wait_for(lambda: any(r["ok"] for r in _records(log)), "a first answer", reader)
        started = time.time()
        with DemoServer() as server:
            settings = load_settings(
                config_dir=config_dir,
                data_dir=data_dir,
                allow_private_hosts=True,
                download_delay=0.0,
                autothrottle=False,
            )
            ctx = pipeline.prepare(settings, "demo", demo_base=server.base_url)
            result = pipeline.crawl(ctx)
            pipeline.store_crawl(ctx, result)
            pipeline.process_pending(ctx, batch_size=8)  # several batches, several safe points
            summary = pipeline.finish(ctx)
        finished = time.time()
        stop.touch()
        reader.wait(timeout=120)
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()
    records = _records(log)
    failures = [r for r in records if not r["ok"]]
    assert not failures, failures[0]["trace"]
    during = [r for r in records if started <= r["t"] <= finished]
    assert len(during) >= 5, "the reader barely ran during the run"
    assert all(r["snapshot"] for r in records), "a reader opened the live file during a run"
    # the run was not blocked: it finished, stored everything, and readers see the end result
    assert summary["status"] in {"ok", "partial"}
    assert summary["counts"]["new_articles"] > 0
    with connect(db, read_only=True) as con:
        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert stored == summary["counts"]["new_articles"]
    assert records[-1]["articles"] == stored
    seen = [r["articles"] for r in records]
    assert seen == sorted(seen), "a reader saw the warehouse go back in time"
    assert seen[0] == 0
    # a snapshot after every batch of eight pages, and one at the end
    published = [r for r in caplog.records if r.getMessage().startswith("published the read")]
    assert len(published) >= stored // 8 + 1
