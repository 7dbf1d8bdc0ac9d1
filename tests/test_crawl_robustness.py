"""A hostile web on loopback: each failure is recorded with its reason and the crawl goes on.

Real Scrapy subprocess crawls against a small threaded server of our own, whose handlers can
sleep, stream 50 MB, send a gzip bomb, loop redirects, lie about charsets or block until told.
"""

from __future__ import annotations

import gzip
import http.server
import json
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from policywatch_core.models import FetchRecord, Outlet, RawPage
from policywatch_core.settings import Settings
from spiders.runner import (
    CrawlJob,
    CrawlResult,
    _child_env,
    read_fetches,
    read_pages,
    run_crawl,
    write_job,
)

pytestmark = pytest.mark.slow

MB = 1024 * 1024
ZH = (
    "<html><head><title>规定</title></head>"
    "<body><p>国家网信办发布了新的规定，要求企业登记。</p></body></html>"
)
FR = (
    "<html><head><title>Décret</title></head>"
    "<body><p>Le régulateur a publié un décret très attendu.</p></body></html>"
)


def page(title: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1><p>Body of {title}.</p></article></body></html>"
    ).encode()


def rss(links: list[str]) -> bytes:
    items = "".join(
        f"<item><title>{link}</title><link>{link}</link>"
        "<pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item>"
        for link in links
    )
    head = "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
    return f"{head}{items}</channel></rss>".encode()


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # many concurrent connections from the crawler


class Site:
    """A loopback server; ``routes`` maps a path to a handler function."""

    def __init__(self) -> None:
        self.log: list[tuple[str, int]] = []
        self.hits: Counter[str] = Counter()
        self.release = threading.Event()
        self.closing = threading.Event()
        self.lock = threading.Lock()
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                with site.lock:
                    site.hits[path] += 1
                    hit = site.hits[path]
                handler = site.route(path)
                try:
                    status = handler(self, hit)
                except (BrokenPipeError, ConnectionResetError):
                    status = -1
                with site.lock:
                    site.log.append((path, status))

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def paths(self) -> list[str]:
        with self.lock:
            return [p for p, _ in self.log]

    def route(self, path: str) -> Callable[[http.server.BaseHTTPRequestHandler, int], int]:
        return ROUTES.get(path) or _prefix_route(path)


def send(
    h: http.server.BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    ctype: str = "text/html; charset=utf-8",
    **headers: str,
) -> int:
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body)))
    for name, value in headers.items():
        h.send_header(name.replace("_", "-"), value)
    h.end_headers()
    h.wfile.write(body)
    return status


def redirect(to: str) -> Callable[[Any, int], int]:
    def handler(h: Any, hit: int) -> int:
        h.send_response(302)
        h.send_header("Location", to)
        h.send_header("Content-Length", "0")
        h.end_headers()
        return 302

    return handler


def slow(h: Any, hit: int) -> int:
    SITE_HOLDER[0].closing.wait(120)  # answers only when the test is over: always a timeout
    return send(h, 200, page("slow"))


def flaky(h: Any, hit: int) -> int:
    if hit <= 2:
        return send(h, 503, b"busy")
    return send(h, 200, page("flaky but fine"))


def huge_declared(h: Any, hit: int) -> int:
    size = 50 * MB
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(size))
    h.end_headers()
    chunk = b"<p>" + b"x" * (MB - 7) + b"</p>\n"
    for _ in range(50):
        h.wfile.write(chunk)
    return 200


def huge_streamed(h: Any, hit: int) -> int:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Connection", "close")
    h.end_headers()
    chunk = b"<p>" + b"y" * (MB - 7) + b"</p>\n"
    for _ in range(50):
        h.wfile.write(chunk)
    h.close_connection = True
    return 200


BOMB = gzip.compress(b"<html><body>" + b" " * (60 * MB) + b"</body></html>", compresslevel=9)


def bomb(h: Any, hit: int) -> int:
    return send(h, 200, BOMB, "text/html", Content_Encoding="gzip")


def sitemap_bomb(h: Any, hit: int) -> int:
    return send(
        h, 200, gzip.compress(b"<urlset>" + b" " * (30 * MB) + b"</urlset>"), "application/x-gzip"
    )


def blocker(h: Any, hit: int) -> int:
    SITE_HOLDER[0].release.wait(60)
    return send(h, 200, page("released"))


SITE_HOLDER: list[Site] = []
BASE_HOLDER: list[str] = []


def robust_feed(h: Any, hit: int) -> int:
    b = BASE_HOLDER[0]
    links = [f"{b}{p}" for p in ROBUST_ARTICLES]
    return send(h, 200, rss(links), "application/rss+xml")


ROBUST_ARTICLES = [
    "/a/ok",
    "/a/slow",
    "/a/flaky",
    "/a/always500",
    "/a/missing",
    "/a/forbidden",
    "/a/loop",
    "/a/huge-declared",
    "/a/huge-streamed",
    "/a/bomb",
    "/a/pdf",
    "/a/gbk",
    "/a/latin",
    "/a/offsite-redirect",
    "/a/redirect-ok",
    "/a/empty",
]

ROUTES: dict[str, Callable[[Any, int], int]] = {
    "/robots.txt": lambda h, hit: send(h, 404, b"", "text/plain"),
    "/robust/feed.xml": robust_feed,
    "/a/ok": lambda h, hit: send(h, 200, page("ok")),
    "/a/slow": slow,
    "/a/flaky": flaky,
    "/a/always500": lambda h, hit: send(h, 500, b"oops"),
    "/a/missing": lambda h, hit: send(h, 404, b"gone"),
    "/a/forbidden": lambda h, hit: send(h, 403, b"no"),
    "/a/loop": redirect("/a/loop2"),
    "/a/loop2": redirect("/a/loop"),
    "/a/huge-declared": huge_declared,
    "/a/huge-streamed": huge_streamed,
    "/a/bomb": bomb,
    "/a/pdf": lambda h, hit: send(h, 200, b"%PDF-1.4 fake", "application/pdf"),
    "/a/gbk": lambda h, hit: send(h, 200, ZH.encode("gbk"), "text/html; charset=utf-8"),
    "/a/latin": lambda h, hit: send(h, 200, FR.encode("latin-1"), "text/html; charset=utf-8"),
    "/a/offsite-redirect": redirect("http://elsewhere.example/a/x"),
    "/a/redirect-ok": redirect("/a/final"),
    "/a/final": lambda h, hit: send(h, 200, page("final")),
    "/a/empty": lambda h, hit: send(h, 200, b""),
    "/malformed.xml": lambda h, hit: send(
        h, 200, b"<?xml version='1.0'?>\x00\x01<<<", "application/xml"
    ),
    "/empty.xml": lambda h, hit: send(h, 200, rss([]), "application/rss+xml"),
    "/notafeed.xml": lambda h, hit: send(h, 200, page("a page, not a feed")),
    "/sitemap-bomb.xml.gz": sitemap_bomb,
    "/big.xml": lambda h, hit: send(
        h, 200, rss([f"{BASE_HOLDER[0]}/big/{i}" for i in range(10_000)]), "application/rss+xml"
    ),
    "/kill/feed.xml": lambda h, hit: send(
        h, 200, rss([f"{BASE_HOLDER[0]}/kill/{i}" for i in range(1, 7)]), "application/rss+xml"
    ),
    "/kill/4": blocker,
}


def _prefix_route(path: str) -> Callable[[Any, int], int]:
    if path.startswith(("/big/", "/kill/")):
        return lambda h, hit: send(h, 200, page(path))
    return lambda h, hit: send(h, 404, b"not found")


@pytest.fixture
def site() -> Iterator[Site]:
    server = Site()
    server.thread.start()
    SITE_HOLDER[:] = [server]
    BASE_HOLDER[:] = [server.base]
    try:
        yield server
    finally:
        server.release.set()
        server.closing.set()
        server.httpd.shutdown()
        server.httpd.server_close()


def settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "allow_private_hosts": True,
        "download_delay": 0.0,
        "autothrottle": False,
        "download_timeout": 3.0,
        "concurrency_per_domain": 8,
        "max_page_bytes": 1 * MB,
        "max_articles_per_source": 20,
    }
    values.update(overrides)
    return Settings.model_validate(values)


def outlet(base: str, oid: str, feed: str, kind: str = "feeds") -> Outlet:
    url = (f"{base}{feed}",)
    return Outlet(
        id=oid,
        name=oid,
        home=f"{base}/",
        allowed_domains=("127.0.0.1",),
        feeds=url if kind == "feeds" else (),
        sitemaps=url if kind == "sitemaps" else (),
        sections=url if kind == "sections" else (),
    )


def crawl(
    tmp_path: Path, outlets: list[Outlet], s: Settings | None = None, name: str = "run"
) -> tuple[CrawlResult, list[RawPage], list[FetchRecord]]:
    result = run_crawl(
        CrawlJob(run_id=name, outlets=outlets, out_dir=tmp_path / name, settings=s or settings()),
        timeout=180,
    )
    return result, list(read_pages(result.pages_path)), list(read_fetches(result.fetches_path))


def test_hostile_articles_each_recorded_and_the_crawl_goes_on(site: Site, tmp_path: Path) -> None:
    b = site.base
    result, pages, fetches = crawl(tmp_path, [outlet(b, "robust", "/robust/feed.xml")])
    assert result.returncode == 0
    reasons = {f.url.removeprefix(b): f.reason for f in fetches if f.kind == "article"}
    assert reasons == {
        "/a/ok": "ok",
        "/a/slow": "timeout",
        "/a/flaky": "ok",
        "/a/always500": "http-500",
        "/a/missing": "http-404",
        "/a/forbidden": "http-403",
        "/a/loop": "redirect-loop",
        "/a/huge-declared": "too-large",
        "/a/huge-streamed": "too-large",
        "/a/bomb": "too-large",
        "/a/pdf": "not-html",
        "/a/gbk": "ok",
        "/a/latin": "ok",
        "/a/offsite-redirect": "offsite-redirect",
        "/a/redirect-ok": "ok",
        "/a/empty": "empty",
    }
    by_url = {p.url.removeprefix(b): p for p in pages}
    assert set(by_url) == {"/a/ok", "/a/flaky", "/a/gbk", "/a/latin", "/a/redirect-ok"}
    assert "国家网信办发布了新的规定" in by_url["/a/gbk"].html
    assert "Le régulateur a publié un décret très attendu" in by_url["/a/latin"].html
    assert by_url["/a/redirect-ok"].final_url == f"{b}/a/final"
    # Retries where sensible: 5xx and timeouts are retried (2 more times), 4xx are not.
    assert site.hits["/a/flaky"] == 3
    assert site.hits["/a/always500"] == 3
    assert site.hits["/a/missing"] == 1
    assert site.hits["/a/forbidden"] == 1
    # The crawler never left the allowed domain.
    assert not any("elsewhere" in f.url for f in fetches)
    assert result.failed_by_reason["too-large"] == 3
    assert result.stats["fetched"] == 5


def test_hostile_feeds_each_recorded(site: Site, tmp_path: Path) -> None:
    b = site.base
    outlets = [
        outlet(b, "malformed", "/malformed.xml"),
        outlet(b, "empty", "/empty.xml"),
        outlet(b, "notafeed", "/notafeed.xml"),
        outlet(b, "bomb", "/sitemap-bomb.xml.gz", kind="sitemaps"),
        outlet(b, "missing", "/no-such-feed.xml"),
        outlet(b, "big", "/big.xml"),
    ]
    # The 10,000-item feed weighs 1.3 MB: the limit is raised above it, not above the bomb.
    result, pages, fetches = crawl(tmp_path, outlets, settings(max_page_bytes=4 * MB))
    assert result.returncode == 0
    sources = {f.outlet_id: f.reason for f in fetches if f.kind in ("feed", "sitemap")}
    assert sources == {
        "malformed": "unparseable",
        "empty": "ok",
        "notafeed": "not-a-feed",
        "bomb": "too-large",
        "missing": "http-404",
        "big": "ok",
    }
    # The 10,000-item feed: every link discovered, max_articles_per_source fetched this run.
    big = result.outlet_stats["big"]
    assert big["discovered"] == 10_000
    assert big["fetched"] == 20
    assert big["capped"] == 9_980
    assert len(pages) == 20
    assert "empty" not in {p.outlet_id for p in pages}
    assert result.outlet_stats["missing"]["source_failed"] == 1


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killed_crawl_resumes_without_duplicates_or_losses(
    site: Site, tmp_path: Path, sig: signal.Signals
) -> None:
    b = site.base
    job = CrawlJob(
        run_id="killed",
        outlets=[outlet(b, "kill", "/kill/feed.xml")],
        out_dir=tmp_path / "killed",
        # SIGTERM lets Scrapy finish what is in flight: the blocked page then times out.
        settings=settings(download_timeout=60.0 if sig == signal.SIGKILL else 3.0),
    )
    path = write_job(job)
    proc = subprocess.Popen(
        [sys.executable, "-m", "spiders", str(path)],
        cwd=str(job.out_dir),
        env=_child_env(job.out_dir),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    pages_path = job.out_dir / "pages.jsonl"
    try:
        # Wait (on the file, not a clock) until every page but the blocked one is written.
        deadline = time.monotonic() + 120
        while len(list(read_pages(pages_path))) < 5:
            assert proc.poll() is None, "the crawl ended before it was killed"
            assert time.monotonic() < deadline, "the crawl did not get going"
            time.sleep(0.05)
    finally:
        proc.send_signal(sig)
        proc.wait(timeout=60)
    if sig == signal.SIGTERM:  # a clean stop: the blocked page is recorded as failed
        reasons = {f.url: f.reason for f in read_fetches(job.out_dir / "fetches.jsonl")}
        assert reasons[f"{b}/kill/4"] in ("timeout", "interrupted")
    # A kill while writing leaves a cut line: simulate it.
    with pages_path.open("a", encoding="utf-8") as fh:
        fh.write('{"url": "http://cut.example/half", "final_u')
    site.release.set()
    # The killed crawl's request for /kill/4 now completes (to a dead socket): wait for it.
    deadline = time.monotonic() + 60
    while "/kill/4" not in site.paths():
        assert time.monotonic() < deadline
        time.sleep(0.05)
    before = Counter(site.paths())

    result = run_crawl(job, timeout=120)

    pages = list(read_pages(result.pages_path))
    urls = [p.url for p in pages]
    assert sorted(urls) == sorted(f"{b}/kill/{i}" for i in range(1, 7))  # none lost, none twice
    after = Counter(site.paths()) - before
    assert after["/kill/4"] == 1
    assert not any(after[f"/kill/{i}"] for i in (1, 2, 3, 5, 6))
    lines = result.pages_path.read_text(encoding="utf-8").splitlines()
    assert all(json.loads(line)["url"] for line in lines)  # the cut line is gone
    article_fetches = [f.url for f in read_fetches(result.fetches_path) if f.kind == "article"]
    assert sorted(article_fetches) == sorted(urls)
