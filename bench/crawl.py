"""Crawl speed on loopback with politeness off, and the requests of a second, unchanged run.

- ``demo``: the bundled demo outlets (policywatch/demo/site), served by DemoServer.
- ``bulk``: one synthetic feed of N article links (each a demo article page), to measure pages/s
  on more than a handful of pages.
- second run: the demo outlets again, with the first run's URLs as known and its feed validators;
  the target is "feeds only" (plus robots.txt, once per host).

Speeds are machine-dependent; on the shared 2-core machine they are noisy.
"""

from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, StageResult
from policywatch.demo.server import DEFAULT_SITE_DIR, DemoServer
from policywatch_core.config import load_outlets
from policywatch_core.models import Outlet
from policywatch_core.settings import Settings
from spiders.runner import CrawlJob, CrawlResult, read_pages, run_crawl


def _settings() -> Settings:
    return Settings.model_validate(
        {
            "allow_private_hosts": True,
            "download_delay": 0.0,
            "autothrottle": False,
            "concurrency_per_domain": 32,
            "download_timeout": 30.0,
            "max_articles_per_source": 100_000,
        }
    )


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _crawl(outlets: list[Outlet], out: Path, **kw: object) -> tuple[CrawlResult, float]:
    """Crawl; return the result and the wall time. ``_crawl.cpu`` holds the child's CPU time."""
    cpu = _child_cpu()
    start = time.perf_counter()
    result = run_crawl(
        CrawlJob(run_id=out.name, outlets=outlets, out_dir=out, settings=_settings(), **kw),  # type: ignore[arg-type]  # known_urls/feed_state
        timeout=600,
    )
    wall = time.perf_counter() - start
    _LAST_CPU[0] = _child_cpu() - cpu
    return result, wall


_LAST_CPU = [0.0]


def _article_html() -> bytes:
    pages = sorted(p for p in DEFAULT_SITE_DIR.rglob("*.html") if "index" not in p.name)
    return pages[0].read_bytes() if pages else b"<html><body><p>article</p></body></html>"


def _raise_listen_backlog() -> None:
    # http.server listens with a backlog of 5: with 32 concurrent connections the kernel drops
    # SYNs and the crawler waits out TCP's 1-3-7-15 s retransmissions. Measured here: 6 pages/s
    # with the default, hundreds with a real backlog. The crawler is measured, not the backlog.
    from policywatch.demo import server

    server._HTTPServer.request_queue_size = 256


def run(quick: bool) -> StageResult:
    result = StageResult("crawl")
    _raise_listen_backlog()
    n_bulk = 400 if quick else 2000
    with tempfile.TemporaryDirectory(prefix="pw-bench-crawl-") as tmp, DemoServer() as srv:
        work = Path(tmp)
        loaded = load_outlets(ROOT / "config", "demo", demo_base=srv.base_url)
        demo = list(loaded.items)
        if not demo:
            result.notes.append("no demo outlet in config/sources.toml: demo figures skipped")
        else:
            first, wall = _crawl(demo, work / "demo1")
            pages = list(read_pages(first.pages_path))
            crawl_s = first.stats.get("crawl_ms", 0) / 1000 or wall
            result.add("demo pages fetched", len(pages), "pages")
            result.add("demo crawl rate", len(pages) / crawl_s, "pages/s",
                       note="crawl only; so few pages are mostly ramp-up")  # fmt: skip
            result.add("demo wall time (with process start)", wall, "s")
            before = len(srv.request_log)
            second, _ = _crawl(
                demo,
                work / "demo2",
                known_urls=frozenset(p.url for p in pages),
                feed_state=first.feed_state,
            )
            requests = srv.request_log[before:]
            feeds = sum(len(o.feeds) + len(o.sitemaps) + len(o.sections) for o in demo)
            robots = sum(1 for _, path, _ in requests if path == "/robots.txt")
            other = [r for r in requests if r[1] != "/robots.txt"]
            result.add("second run requests (feeds, sitemaps, sections)", len(other), "requests",
                       target=feeds, op="<=", note=f"{feeds} configured sources; "
                       f"plus {robots} robots.txt")  # fmt: skip
            result.add(
                "second run feeds answered 304",
                sum(1 for _, _, status in requests if status == 304),
                "requests",
            )
            result.add("second run articles fetched", second.stats.get("fetched", 0), "pages",
                       target=0, op="<=")  # fmt: skip

        body = _article_html()
        links = []
        for i in range(n_bulk):
            path = f"/bulk/{i:05d}-article-page"
            srv.add_route(path, 200, body, {"Content-Type": "text/html; charset=utf-8"})
            links.append(f"{srv.base_url}{path}")
        items = "".join(
            f"<item><title>{i}</title><link>{u}</link></item>" for i, u in enumerate(links)
        )
        feed = f"<rss version='2.0'><channel><title>bulk</title>{items}</channel></rss>"
        srv.add_route("/bulk/feed.xml", 200, feed, {"Content-Type": "application/rss+xml"})
        bulk_outlet = Outlet(
            id="bulk",
            name="bulk",
            home=srv.url("/bulk/"),
            feeds=(srv.url("/bulk/feed.xml"),),
            allowed_domains=("127.0.0.1",),
        )
        # The same crawl with an empty feed: the process's fixed CPU cost (imports, start-up).
        srv.add_route("/empty/feed.xml", 200, "<rss version='2.0'><channel><title>e</title>"
                      "</channel></rss>", {"Content-Type": "application/rss+xml"})  # fmt: skip
        empty_outlet = Outlet(
            id="empty",
            name="empty",
            home=srv.url("/empty/"),
            feeds=(srv.url("/empty/feed.xml"),),
            allowed_domains=("127.0.0.1",),
        )
        _crawl([empty_outlet], work / "empty")
        fixed_cpu = _LAST_CPU[0]
        bulk, wall = _crawl([bulk_outlet], work / "bulk")
        bulk_cpu = _LAST_CPU[0]
        fetched = bulk.stats.get("fetched", 0)
        per_page = (bulk_cpu - fixed_cpu) / fetched if fetched else float("nan")
        result.add("crawler CPU per page", per_page * 1000, "ms",
                   note="crawl CPU minus an empty crawl's, per page fetched")  # fmt: skip
        result.add("pages per crawler CPU-second", 1 / per_page if per_page > 0 else None,
                   "pages/s", target=200, op=">=",
                   note="what one free core would crawl; independent of other load")  # fmt: skip
        result.add("crawler process fixed cost (CPU)", fixed_cpu, "s")
        crawl_s = bulk.stats.get("crawl_ms", 0) / 1000 or wall
        result.add(f"bulk crawl rate ({n_bulk} pages)", fetched / crawl_s, "pages/s", target=200,
                   op=">=", note="crawl only, process start excluded")  # fmt: skip
        result.add("bulk wall rate (with process start)", fetched / wall, "pages/s")
        result.add("bulk pages fetched", fetched, "pages")
        result.notes.append(
            "loopback, politeness off (no delay, no AutoThrottle, 32 per domain), robots.txt "
            "obeyed; the demo server runs in the benchmark process (one Python thread pool), "
            "so the figure includes its cost. Shared 2-core machine: noisy."
        )
    return result
