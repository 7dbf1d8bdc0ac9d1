"""Scale-out proven on one machine: extraction and tagging on a Dask LocalCluster of 2 processes.

The demo outlets' article pages go through ``flows.distributed.extract_and_tag_distributed`` on
Prefect's Dask task runner (a LocalCluster with two worker processes, one thread each). The test
checks that the work really left the flow's process for more than one worker, and that the result
is exactly what the in-process stage functions give on the same pages.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

DEMO_SITE = Path(__file__).resolve().parent.parent / "policywatch" / "demo" / "site"
CONFIG = Path(__file__).resolve().parent.parent / "config"

pytestmark = pytest.mark.slow


def demo_pages() -> list[Any]:
    import json

    from warehouse.store import StoredPage

    gold = json.loads((DEMO_SITE.parent / "gold.json").read_text(encoding="utf-8"))
    pages = []
    for article in gold["articles"]:
        url = "http://demo.policywatch.test" + article["path"]
        pages.append(
            StoredPage(
                page_id=url,
                url=url,
                final_url=url,
                outlet_id=article["outlet"],
                fetched_at=datetime(2026, 11, 20, tzinfo=UTC),
                html=(DEMO_SITE / article["path"].lstrip("/")).read_text(encoding="utf-8"),
                feed_title=None,
                feed_published=None,
                feed_summary=None,
            )
        )
    return pages


def test_extract_and_tag_on_a_dask_cluster_matches_in_process() -> None:
    from prefect.testing.utilities import prefect_test_harness

    from flows.distributed import dask_runner, extract_and_tag, extract_and_tag_distributed
    from policywatch_core.config import load_watchlist

    pages = demo_pages()
    assert len(pages) >= 30
    watchlist = load_watchlist(CONFIG).items
    signals = CONFIG / "signals.toml"
    with prefect_test_harness():
        distributed = extract_and_tag_distributed.with_options(task_runner=dask_runner(2))
        chunks = distributed(pages, watchlist, "en_core_web_sm", signals, chunk_size=4)
    local = extract_and_tag(pages, watchlist, "en_core_web_sm", signals)

    pids = {c.worker_pid for c in chunks}
    assert os.getpid() not in pids, "the chunks ran in the flow's own process"
    assert len(pids) >= 2, f"one worker did all the work: {pids}"

    def view(tagged: list[Any]) -> list[Any]:
        return [
            (
                t.article.article_id,
                t.article.title,
                t.article.text,
                sorted((m.start, m.end, m.entity_id) for m in t.mentions),
                sorted((s.kind, s.start) for s in t.signals),
            )
            for t in tagged
        ]

    got = [row for c in chunks for row in view(c.tagged)]
    assert got == view(local.tagged)
    assert {k: v for c in chunks for k, v in c.outcomes.items()} == local.outcomes
