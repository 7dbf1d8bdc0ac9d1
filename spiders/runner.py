"""Run a crawl in its own process and read what it wrote.

Twisted's reactor cannot be restarted inside one process, so every crawl is a subprocess
(``python -m spiders JOB.json``). The crawl writes, into ``job.out_dir``:

- ``pages.jsonl``: one :class:`~policywatch_core.models.RawPage` a line, written and flushed one
  by one;
- ``fetches.jsonl``: one :class:`~policywatch_core.models.FetchRecord` a line (every fetch and
  outcome);
- ``feed_state.json``: the feeds' ETag/Last-Modified validators for the next conditional GET;
- ``stats.json``: counts; ``crawl.log``: Scrapy's log.

A crawl killed half-way leaves valid lines (the last one may be cut; readers skip it). Started
again with the same ``out_dir``, it keeps what was fetched and fetches only the rest.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from policywatch_core.models import FetchRecord, Outlet, RawPage
from policywatch_core.settings import Settings, child_environment

PAGES_FILE = "pages.jsonl"
FETCHES_FILE = "fetches.jsonl"
FEED_STATE_FILE = "feed_state.json"
STATS_FILE = "stats.json"
JOB_FILE = "job.json"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
# Outcomes that are not failures: a fetch that worked, a feed unchanged, a URL robots.txt forbids.
NOT_FAILURES = frozenset({"ok", "not-modified", "robots"})


@dataclass
class CrawlJob:
    """What one crawl must do."""

    run_id: str
    outlets: list[Outlet]
    out_dir: Path
    settings: Settings
    known_urls: frozenset[str] = frozenset()
    """Article URLs (fetched or canonical) already stored: not fetched again."""
    feed_state: dict[str, dict[str, str]] = field(default_factory=dict)
    """Feed URL -> {"etag": ..., "last_modified": ...} for conditional GET."""
    rechecks: list[dict[str, str]] = field(default_factory=list)
    """Stored articles to fetch again instead of crawling the outlets: ``url``, ``outlet_id``
    and the validators of the last response (``etag``, ``last_modified``) for a conditional
    GET. The new validators are written to ``feed_state.json`` under the article's URL."""


@dataclass
class CrawlResult:
    """Where a crawl wrote its output, and its counts."""

    pages_path: Path
    fetches_path: Path
    feed_state: dict[str, dict[str, str]]
    stats: dict[str, int]
    """discovered, fetched, skipped, failed, ... and ``failed.<reason>`` for each reason."""
    returncode: int
    failed_by_reason: dict[str, int] = field(default_factory=dict)
    log_path: Path | None = None
    outlet_stats: dict[str, dict[str, int]] = field(default_factory=dict)
    """Per outlet: discovered, skipped, capped, fetched, failed, source_failed, undated..."""


# -- (de)serialisation ---------------------------------------------------------------------------


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def plain_value(record: Any) -> dict[str, Any]:
    data = asdict(record)
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in data.items()}


def page_to_json(page: RawPage) -> str:
    """One JSON line for a page."""
    return json.dumps(plain_value(page), ensure_ascii=False)


def page_from_json(line: str) -> RawPage:
    """The page of a JSON line."""
    data = json.loads(line)
    data["fetched_at"] = _dt(data["fetched_at"])
    data["feed_published"] = _dt(data.get("feed_published"))
    return RawPage(**data)


def fetch_to_json(fetch: FetchRecord) -> str:
    """One JSON line for a fetch record."""
    return json.dumps(plain_value(fetch), ensure_ascii=False)


def fetch_from_json(line: str) -> FetchRecord:
    """The fetch record of a JSON line."""
    data = json.loads(line)
    data["fetched_at"] = _dt(data["fetched_at"])
    return FetchRecord(**data)


def outlet_to_dict(outlet: Outlet) -> dict[str, Any]:
    """An outlet as JSON-compatible data."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(outlet).items()}


def outlet_from_dict(data: dict[str, Any]) -> Outlet:
    """The outlet of :func:`outlet_to_dict`."""
    fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
    return Outlet(**fields)


def _read_lines(path: Path) -> Iterator[str]:
    if not path.exists():
        return
    with path.open("r", encoding="utf-8") as fh:
        for line in fh:
            if line.endswith("\n") and line.strip():
                yield line
            # A line with no newline is the end of a crawl killed while writing: skipped.


def read_pages(path: Path) -> Iterator[RawPage]:
    """The pages of a ``pages.jsonl``; a truncated or corrupt line is skipped."""
    for line in _read_lines(path):
        try:
            yield page_from_json(line)
        except (ValueError, TypeError, KeyError):
            continue


def read_fetches(path: Path) -> Iterator[FetchRecord]:
    """The fetch records of a ``fetches.jsonl``; a truncated or corrupt line is skipped."""
    for line in _read_lines(path):
        try:
            yield fetch_from_json(line)
        except (ValueError, TypeError, KeyError):
            continue


#: Settings the crawl does not need and that may hold credentials: never written to the job file.
SECRET_SETTINGS = frozenset({"operator_channels"})


def write_job(job: CrawlJob) -> Path:
    """Write the job file the crawl subprocess reads (readable by its owner only, no secrets).

    The file lives while the crawl runs: :func:`run_crawl` removes it when the crawl ends.
    """
    job.out_dir.mkdir(parents=True, exist_ok=True)
    path = job.out_dir / JOB_FILE
    data = {
        "run_id": job.run_id,
        "outlets": [outlet_to_dict(o) for o in job.outlets],
        "out_dir": str(job.out_dir.resolve()),
        "settings": job.settings.model_dump(mode="json", exclude=set(SECRET_SETTINGS)),
        "known_urls": sorted(job.known_urls),
        "feed_state": job.feed_state,
        "rechecks": job.rechecks,
    }
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)  # a planted file or link there is not written through
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(data, ensure_ascii=False))
    tmp.replace(path)
    return path


def read_job(path: Path) -> CrawlJob:
    """The job of a job file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return CrawlJob(
        run_id=data["run_id"],
        outlets=[outlet_from_dict(o) for o in data["outlets"]],
        out_dir=Path(data["out_dir"]),
        settings=Settings(**data["settings"]),
        known_urls=frozenset(data.get("known_urls", [])),
        feed_state=dict(data.get("feed_state", {})),
        rechecks=list(data.get("rechecks", [])),
    )


def stats_from_fetches(fetches: list[FetchRecord]) -> tuple[dict[str, int], dict[str, int]]:
    """Counts rebuilt from a fetch log (used when the crawl died before writing its stats)."""
    reasons = Counter(f.reason.split(":", 1)[0] for f in fetches if f.reason not in NOT_FAILURES)
    stats = {
        "fetched": sum(1 for f in fetches if f.kind == "article" and f.reason == "ok"),
        "failed": sum(reasons.values()),
        "requests": len(fetches),
    }
    return stats, dict(reasons)


def _child_env(out_dir: Path) -> dict[str, str]:
    # The subprocess inherits the environment (PATH, proxies off, POLICYWATCH_*); only the
    # folders third-party libraries write to are pointed into the crawl's own folder.
    env = child_environment()
    state = out_dir / ".state"
    env.update(
        {
            "XDG_STATE_HOME": str(state / "state"),
            "XDG_CACHE_HOME": str(state / "cache"),
            "XDG_CONFIG_HOME": str(state / "config"),
            "XDG_DATA_HOME": str(state / "data"),
            "TLDEXTRACT_CACHE": str(state / "tldextract"),
            "SCRAPY_SETTINGS_MODULE": "spiders.settings",
            "PYTHONPATH": os.pathsep.join(
                p for p in (str(PROJECT_ROOT), env.get("PYTHONPATH", "")) if p
            ),
        }
    )
    return env


def run_crawl(job: CrawlJob, *, timeout: float | None = None) -> CrawlResult:
    """Crawl ``job.outlets`` in a subprocess and return where the results are.

    Args:
        job: outlets, output folder, settings, URLs already stored, feed validators.
        timeout: seconds after which the crawl is stopped (SIGTERM, then SIGKILL); what it
            wrote so far is kept.

    Returns:
        The result; ``returncode`` is the subprocess's (0 when the crawl ran to its end, even if
        some fetches failed: those are in the fetch log).
    """
    path = write_job(job)
    out_dir = job.out_dir
    for stale in (STATS_FILE, FEED_STATE_FILE):
        (out_dir / stale).unlink(missing_ok=True)
    log_path = out_dir / "crawl.log"
    with (out_dir / "crawl.stderr").open("ab") as stderr:
        proc = subprocess.Popen(  # our own interpreter and module, no shell
            [sys.executable, "-m", "spiders", str(path)],
            cwd=str(out_dir),
            env=_child_env(out_dir),
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        try:
            returncode = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                returncode = proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                returncode = proc.wait()
        finally:
            path.unlink(missing_ok=True)  # read at the crawl's start; rewritten by a resume
    pages_path = out_dir / PAGES_FILE
    fetches_path = out_dir / FETCHES_FILE
    feed_state = dict(job.feed_state)
    state_path = out_dir / FEED_STATE_FILE
    if state_path.exists():
        with contextlib.suppress(ValueError):
            feed_state = json.loads(state_path.read_text(encoding="utf-8"))
    stats: dict[str, int]
    failed_by_reason: dict[str, int]
    outlet_stats: dict[str, dict[str, int]]
    stats_path = out_dir / STATS_FILE
    try:
        saved = json.loads(stats_path.read_text(encoding="utf-8"))
        stats = {k: int(v) for k, v in saved["stats"].items()}
        failed_by_reason = {k: int(v) for k, v in saved["failed_by_reason"].items()}
        outlet_stats = {
            o: {k: int(v) for k, v in counts.items()} for o, counts in saved["outlets"].items()
        }
    except (OSError, ValueError, KeyError, TypeError):
        stats, failed_by_reason = stats_from_fetches(list(read_fetches(fetches_path)))
        stats["incomplete"] = 1
        outlet_stats = {}
    for reason, count in failed_by_reason.items():
        stats[f"failed.{reason}"] = count
    return CrawlResult(
        pages_path=pages_path,
        fetches_path=fetches_path,
        feed_state=feed_state,
        stats=stats,
        returncode=returncode,
        failed_by_reason=failed_by_reason,
        log_path=log_path if log_path.exists() else None,
        outlet_stats=outlet_stats,
    )
