"""Prefect tasks: thin wrappers around the stages in ``policywatch.pipeline``.

Network and storage tasks retry with backoff; the pure processing stage does not (a retry would
meet the same input), but it is resumable: a retried or restarted run continues where it stopped.
"""

from __future__ import annotations

from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from policywatch import pipeline
from policywatch_core.settings import Settings


@task(name="prepare", retries=2, retry_delay_seconds=[2, 5], cache_policy=NO_CACHE)
def prepare(
    settings: Settings, profile: str, demo_base: str | None, run_id: str | None = None
) -> pipeline.RunContext:
    return pipeline.prepare(settings, profile, demo_base=demo_base, run_id=run_id)


@task(name="crawl", retries=2, retry_delay_seconds=[5, 30], cache_policy=NO_CACHE)
def crawl(ctx: pipeline.RunContext) -> Any:
    return pipeline.crawl(ctx)


@task(name="store-crawl", retries=3, retry_delay_seconds=[2, 5, 15], cache_policy=NO_CACHE)
def store_crawl(ctx: pipeline.RunContext, result: Any) -> None:
    pipeline.store_crawl(ctx, result)


@task(name="process", retries=1, retry_delay_seconds=[5], cache_policy=NO_CACHE)
def process(ctx: pipeline.RunContext) -> None:
    pipeline.process_pending(ctx)


@task(name="recheck", retries=1, retry_delay_seconds=[5], cache_policy=NO_CACHE)
def recheck(ctx: pipeline.RunContext) -> dict[str, int]:
    """Fetch again the articles of open developments whose re-check is due (issue 24)."""
    from policywatch.recheck import recheck as run_rechecks

    return run_rechecks(ctx)


@task(name="finish", retries=3, retry_delay_seconds=[2, 5, 15], cache_policy=NO_CACHE)
def finish(ctx: pipeline.RunContext, error: str | None = None) -> dict[str, Any]:
    return pipeline.finish(ctx, error=error)
