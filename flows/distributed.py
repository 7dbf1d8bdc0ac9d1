"""The extraction and tagging stage on a Dask cluster, through Prefect's Dask task runner.

Extraction (trafilatura) and tagging (spaCy) are pure per page: they read no state and write none,
so they spread over worker processes or machines. What stays in the flow's process is what must be
sequential or single-writer: embedding can go either way (here: in the flow, one model in memory),
grouping is incremental (one grouper sees reports in time order), and the warehouse has one writer.

Usage (one machine, several worker processes)::

    from flows.distributed import dask_runner, extract_and_tag_distributed
    flow = extract_and_tag_distributed.with_options(task_runner=dask_runner(n_workers=2))
    results = flow(pages, watchlist, spacy_model="en_core_web_sm", signals_path=...)

On a real cluster, pass ``address="tcp://scheduler:8786"`` to :func:`dask_runner` instead (the
workers need the same package versions installed; see docs/scaling.md).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from policywatch_core.models import TaggedArticle, WatchEntity
from warehouse.store import StoredPage


@dataclass(slots=True)
class ChunkResult:
    """What one chunk of pages gave: tagged articles, per-page outcomes, who computed it."""

    tagged: list[TaggedArticle] = field(default_factory=list)
    page_of: dict[str, str] = field(default_factory=dict)  # article_id -> page_id
    outcomes: dict[str, str | None] = field(default_factory=dict)  # page_id -> failure reason
    problems: list[tuple[str, str]] = field(default_factory=list)
    worker_pid: int = 0


def extract_and_tag(
    pages: Sequence[StoredPage],
    watchlist: Sequence[WatchEntity],
    spacy_model: str | None,
    signals_path: Path | None,
) -> ChunkResult:
    """Extract and tag one chunk of pages (the pure core; runs wherever it is sent)."""
    from nlp.entities import load_tagger, tag
    from policywatch.pipeline import extract_pages

    batch = extract_pages(list(pages), set(), set())
    tagger = load_tagger(tuple(watchlist), spacy_model or None, signals_path)
    return ChunkResult(
        tagged=tag(batch.articles, tagger),
        page_of=dict(batch.page_of),
        outcomes=dict(batch.outcomes),
        problems=list(batch.problems),
        worker_pid=os.getpid(),
    )


@task(name="extract-and-tag", retries=1, retry_delay_seconds=[2], cache_policy=NO_CACHE)
def extract_and_tag_task(
    pages: Sequence[StoredPage],
    watchlist: Sequence[WatchEntity],
    spacy_model: str | None,
    signals_path: Path | None,
) -> ChunkResult:
    return extract_and_tag(pages, watchlist, spacy_model, signals_path)


@flow(name="extract-and-tag-distributed", validate_parameters=False)
def extract_and_tag_distributed(
    pages: Sequence[StoredPage],
    watchlist: Sequence[WatchEntity],
    spacy_model: str | None = "en_core_web_sm",
    signals_path: Path | None = None,
    chunk_size: int = 8,
) -> list[ChunkResult]:
    """Extract and tag ``pages`` in chunks, one task per chunk, on the flow's task runner.

    Results come back in the pages' order (chunk by chunk), whatever order the workers finish in.
    """
    chunks = [pages[i : i + chunk_size] for i in range(0, len(pages), chunk_size)]
    futures = [
        extract_and_tag_task.submit(chunk, watchlist, spacy_model, signals_path) for chunk in chunks
    ]
    return [f.result() for f in futures]


def dask_runner(n_workers: int = 2, address: str | None = None) -> Any:
    """A Prefect Dask task runner: a LocalCluster of ``n_workers`` processes, or ``address``."""
    from prefect_dask.task_runners import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(
        cluster_kwargs={
            "n_workers": n_workers,
            "threads_per_worker": 1,
            "processes": True,
            "dashboard_address": None,  # no web dashboard: nothing listens but the cluster
        }
    )
