"""The cost of re-checks (issue 24): requests and time for a day of 5,000 new articles.

Two parts:

- **requests**: the scheduler itself (:func:`policywatch.recheck.due_checks`) over a simulated
  day in steady state: 5,000 articles first seen per day, spread evenly, every one in an open
  development, re-checks run every hour, schedule ``recheck_after_hours`` (default 1, 6, 24, 72).
  Counted: checks made in the day, first checks and later ones. All are conditional GETs (the
  crawl keeps each page's ETag/Last-Modified): a page that did not change answers 304.
- **time**: measured on a synthetic loopback site (``bench.synthetic.news_page`` pages served
  by :class:`~policywatch.demo.server.DemoServer`) with the re-check crawl itself (Scrapy in its
  subprocess, politeness off on loopback): a batch of unconditional fetches, a batch of
  conditional ones answered 304, and the extraction + comparison of fetched pages in process.
  The day's time is those unit costs times the day's counts, plus, with the crawl's politeness,
  the delay owed to each outlet (``download_delay`` per request, ``concurrency_per_domain``).

Re-tagging and re-embedding of the articles that changed are not timed here (see the tagging
and e2e stages for their unit cost); the share of checks that find a change is an input.

Run: ``python -m bench --only recheck [--quick]``.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import StageResult
from bench.synthetic import news_page
from policywatch.demo.server import DemoServer
from policywatch.recheck import Candidate, due_checks, next_check_at
from policywatch_core.models import Outlet
from policywatch_core.settings import Settings
from spiders.runner import CrawlJob, read_fetches, read_pages, run_crawl

ARTICLES_PER_DAY = 5_000
OUTLETS = 20  # the day's articles come from this many outlets (hosts) for the politeness figure
CHANGE_SHARE = 0.05  # share of checks that find a changed page (an input, not a measurement)


def simulate_day(
    per_day: int, schedule: tuple[float, ...], *, run_every_hours: float = 1.0
) -> dict[str, int]:
    """Checks the scheduler makes in one steady-state day (hourly runs)."""
    start = datetime(2026, 11, 10, tzinfo=UTC)
    # articles first seen this long before the day's end are checked in it (a day's margin, so
    # that the day's first run finds every check of its steady state)
    horizon = max(schedule) + 48
    n = int(per_day * horizon / 24)
    step = timedelta(days=1) / per_day
    first = start - timedelta(hours=horizon - 24)
    state: dict[int, tuple[int, datetime | None]] = {}
    seen = [first + step * i for i in range(n)]
    counts = {"checks": 0, "first_checks": 0, "conditional": 0}
    runs = int(48 / run_every_hours)
    for r in range(runs + 1):
        now = start - timedelta(days=1) + timedelta(hours=r * run_every_hours)
        candidates = [
            Candidate(
                str(i),
                "",
                "",
                "",
                seen[i],
                "",
                "",
                None,
                "",
                state.get(i, (0, None))[0],
                state.get(i, (0, None))[1],
                None,
                None,
                0,
            )
            for i in range(n)
            if now - timedelta(hours=horizon) <= seen[i] <= now
        ]
        for c in due_checks(candidates, now, schedule):
            i = int(c.article_id)
            done = c.checks + 1
            nxt = next_check_at(c.first_seen, done, schedule)
            while nxt is not None and nxt <= now:
                done += 1
                nxt = next_check_at(c.first_seen, done, schedule)
            state[i] = (done, nxt)
            if start <= now < start + timedelta(days=1):  # the second day: steady state
                counts["checks"] += 1
                counts["first_checks" if c.checks == 0 else "conditional"] += 1
    return counts


def _settings() -> Settings:
    return Settings.model_validate(
        {
            "allow_private_hosts": True,
            "download_delay": 0.0,
            "autothrottle": False,
            "concurrency_per_domain": 16,
        }
    )


def _crawl(out: Path, items: list[dict[str, str]]) -> tuple[float, int, dict[str, dict[str, str]]]:
    outlet = Outlet(id="synthetic", name="Synthetic", home=items[0]["url"].rsplit("/", 1)[0])
    start = time.perf_counter()
    result = run_crawl(
        CrawlJob(
            run_id=out.name, outlets=[outlet], out_dir=out, settings=_settings(), rechecks=items
        ),
        timeout=900,
    )
    wall = time.perf_counter() - start
    n = sum(1 for f in read_fetches(result.fetches_path) if f.kind == "recheck")
    crawl = result.stats.get("crawl_ms", 0) / 1000 or wall  # the crawl without start-up
    _STARTUP.append(wall - crawl)
    return crawl, n, result.feed_state


_STARTUP: list[float] = []


def run(quick: bool) -> StageResult:
    from nlp.extract import extract
    from nlp.versions import compare

    result = StageResult("recheck")
    schedule = Settings.model_validate({}).recheck_schedule
    day = simulate_day(ARTICLES_PER_DAY, schedule)
    result.add(
        "checks in a day of 5,000 new articles",
        day["checks"],
        "requests",
        note=f"schedule {schedule} h, hourly runs, every development open",
    )
    result.add("  of which first checks", day["first_checks"], "requests")
    result.add("  of which later checks", day["conditional"], "requests")

    sample = 150 if quick else 600
    with tempfile.TemporaryDirectory(prefix="recheck-bench-") as tmp:
        site = Path(tmp) / "site"
        (site / "r").mkdir(parents=True)
        pages = [news_page(i, seed=24) for i in range(sample)]
        for i, page in enumerate(pages):
            (site / "r" / f"{i}.html").write_text(page.html, encoding="utf-8")
        with DemoServer(site) as server:
            items = [
                {"url": server.url(f"/r/{i}.html"), "outlet_id": "synthetic"} for i in range(sample)
            ]
            full_s, full_n, validators = _crawl(Path(tmp) / "full", items)
            conditional = [
                {
                    **item,
                    "etag": validators.get(item["url"], {}).get("etag", ""),
                    "last_modified": validators.get(item["url"], {}).get("last_modified", ""),
                }
                for item in items
            ]
            cond_s, cond_n, _ = _crawl(Path(tmp) / "cond", conditional)
            statuses = [e[2] for e in server.request_log if e[1].startswith("/r/")]
            fetched = list(read_pages(Path(tmp) / "full" / "pages.jsonl"))
    not_modified = sum(1 for s in statuses[-sample:] if s == 304)
    result.add(
        "re-check crawl, full pages",
        full_n / full_s,
        "requests/s",
        note=f"{full_n} requests in {full_s:.1f} s (the crawl, without the process start-up)",
    )
    result.add(
        "re-check crawl, conditional (304)",
        cond_n / cond_s,
        "requests/s",
        note=f"{cond_n} requests in {cond_s:.1f} s; {not_modified} answered 304",
    )
    # extraction + comparison of each fetched page against the stored text (here: the same)
    extract(fetched[0].html, fetched[0].url)  # warm-up
    start = time.perf_counter()
    for raw in fetched:
        article = extract(raw.html, raw.final_url)
        compare(article.title, article.text, article.title, article.text)
    per_compare = (time.perf_counter() - start) / max(1, len(fetched))
    result.add("extract + compare a fetched page", per_compare * 1000, "ms")
    per_full, per_cond = full_s / max(1, full_n), cond_s / max(1, cond_n)
    full_pages = int(day["checks"] * CHANGE_SHARE)  # pages that changed come back whole
    not_mod = day["checks"] - full_pages
    startup = min(_STARTUP) if _STARTUP else 0.0
    runs_per_day = 24
    busy = full_pages * (per_full + per_compare) + not_mod * per_cond + runs_per_day * startup
    result.add(
        "time for the day's re-checks, loopback, politeness off",
        busy / 60,
        "minutes",
        note=f"{full_pages} full pages ({CHANGE_SHARE:.0%} of checks find a change) "
        f"and {not_mod} 304s, {runs_per_day} hourly runs of {startup:.1f} s start-up each; "
        "re-tagging/embedding of changed pages not included",
    )
    defaults = Settings.model_validate({})
    per_host = day["checks"] / OUTLETS
    polite = per_host * defaults.download_delay / 3600
    result.add(
        "politeness floor per outlet",
        polite,
        "hours",
        note=f"{day['checks']} requests over {OUTLETS} outlets, download_delay "
        f"{defaults.download_delay} s: the delay owed to each host in a day (spread over "
        "the hourly runs)",
    )
    result.notes.append(
        f"sample of {sample} synthetic pages of ~8 KB on loopback; timings on a shared 2-core "
        "machine"
    )
    return result


def main(argv: list[str]) -> int:
    print(json.dumps(run("--quick" in argv).to_json(), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
