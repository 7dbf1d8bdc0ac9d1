"""The ``news`` spider: read each outlet's sources, fetch the article pages not stored yet.

Sources per outlet, in the order of ``config/sources.toml``: feeds (RSS, Atom, JSON Feed),
sitemaps (plain, gzipped, index, Google News), section pages (links matching ``url_patterns``);
with none of those, the home page is read for ``<link rel="alternate">`` feeds. Every fetch ends
as one :class:`~policywatch_core.models.FetchRecord` (``reason`` says what happened), every article
page as one :class:`~policywatch_core.models.RawPage`. Nothing stops the crawl but the crawl's end.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from policywatch_core.models import FeedEntry, FetchRecord, Outlet, RawPage
from spiders.encoding import decode_body
from spiders.feeds import ParsedSource, SourceError, TooLargeError, parse_source
from spiders.middlewares import RefusedRequest
from spiders.runner import (
    FEED_STATE_FILE,
    FETCHES_FILE,
    NOT_FAILURES,
    PAGES_FILE,
    STATS_FILE,
    CrawlJob,
    fetch_to_json,
    page_to_json,
    read_fetches,
    read_pages,
)
from spiders.urls import host_allowed, host_of, normalize_url

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
SOURCE_KINDS = ("feed", "sitemap", "section", "home")
MAX_SITEMAP_DEPTH = 3
# Section pages without url_patterns: links that look like articles (a date or a long slug).
_ARTICLE_PATH = re.compile(r"/(19|20)\d\d[/-]\d{1,2}[/-]|/[^/?#]*\w+-\w+-\w+[^/?#]*/?$")


def now() -> datetime:
    return datetime.now(UTC)


def failure_reason(failure: Failure) -> tuple[str, int | None]:
    """The fetch-log reason and HTTP status for a failed request."""
    exc = failure.value
    if isinstance(exc, HttpError):
        status = int(exc.response.status)
        return f"http-{status}", status
    if isinstance(exc, RefusedRequest):
        return exc.reason, None
    name = type(exc).__name__
    text = str(exc).lower()
    if "robots.txt" in text:
        return "robots", None
    if "max redirections" in text:
        return "redirect-loop", None
    if "max size" in text or "larger than" in text or "maxsize" in text:
        return "too-large", None
    if "timeout" in name.lower() or "timed out" in text or "TimedOut" in name:
        return "timeout", None
    if name in ("CannotResolveHostError", "DNSLookupError") or "dns" in name.lower():
        return "dns", None
    if "refused" in name.lower() or "refused" in text:
        return "connection-refused", None
    if "cancel" in name.lower():
        # Scrapy cancels a download whose body grows past DOWNLOAD_MAXSIZE (no Content-Length);
        # it is the only cancellation a running crawl makes.
        return "too-large", None
    if name in ("ResponseDataLossError", "ResponseFailed", "ConnectionLost", "ConnectionDone"):
        return "connection-lost", None
    if name in ("ResponseNeverReceived", "DownloadFailedError"):
        return "connection-lost", None
    # Anything else keeps its message: "error-ValueError" alone says nothing to fix.
    detail = " ".join(str(exc).split())[:200]
    kind = "bad-url" if isinstance(exc, ValueError) else f"error-{name}"
    return (f"{kind}: {detail}" if detail else kind), None


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


class Recorder:
    """Writes the crawl's output files, one flushed line per record, never the same one twice."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        out_dir.mkdir(parents=True, exist_ok=True)
        pages_path, fetches_path = out_dir / PAGES_FILE, out_dir / FETCHES_FILE
        # Resume: keep the valid lines of a previous attempt, drop a line cut by a kill.
        old_pages = list(read_pages(pages_path))
        old_fetches = list(read_fetches(fetches_path))
        self.done_pages: set[str] = {p.url for p in old_pages}
        self._fetch_keys: set[tuple[str, str]] = set()
        self._pages: IO[str] = self._rewrite(pages_path, [page_to_json(p) for p in old_pages])
        kept = [
            f for f in old_fetches if f.kind in ("article", "recheck") and f.url in self.done_pages
        ]
        self._fetch_keys = {(f.url, f.kind) for f in kept}
        self._fetches: IO[str] = self._rewrite(fetches_path, [fetch_to_json(f) for f in kept])
        self.reasons: Counter[str] = Counter()
        self.counts: Counter[str] = Counter()
        self.by_outlet: dict[str, Counter[str]] = {}
        if old_pages:
            self.counts["resumed"] = len(old_pages)

    @staticmethod
    def _rewrite(path: Path, lines: list[str]) -> IO[str]:
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for line in lines:
                fh.write(line + "\n")
        tmp.replace(path)
        return path.open("a", encoding="utf-8")

    def fetch(self, record: FetchRecord) -> None:
        key = (record.url, record.kind)
        if key in self._fetch_keys:
            return
        self._fetch_keys.add(key)
        self._fetches.write(fetch_to_json(record) + "\n")
        self._fetches.flush()
        self.counts["requests"] += 1
        if record.reason not in NOT_FAILURES:
            self.reasons[record.reason.split(":", 1)[0]] += 1  # the kind, not its detail
            self.count(record.outlet_id, "failed")
            if record.kind in SOURCE_KINDS:
                self.count(record.outlet_id, "source_failed")
        elif record.reason == "robots":
            self.counts["robots_forbidden"] += 1

    def count(self, outlet_id: str, name: str, n: int = 1) -> None:
        """Add to a per-outlet and to the crawl's count."""
        self.by_outlet.setdefault(outlet_id, Counter())[name] += n
        if name not in ("failed", "source_failed"):
            self.counts[name] += n

    def page(self, page: RawPage) -> bool:
        if page.url in self.done_pages:
            return False
        self.done_pages.add(page.url)
        self._pages.write(page_to_json(page) + "\n")
        self._pages.flush()
        return True

    def close(self, feed_state: dict[str, dict[str, str]]) -> None:
        self._pages.close()
        self._fetches.close()
        stats = dict(self.counts)
        stats["failed"] = sum(self.reasons.values())
        payload = {
            "stats": stats,
            "failed_by_reason": dict(self.reasons),
            "outlets": {k: dict(v) for k, v in sorted(self.by_outlet.items())},
        }
        for name, data in ((STATS_FILE, payload), (FEED_STATE_FILE, feed_state)):
            tmp = self.out_dir / (name + ".tmp")
            tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
            tmp.replace(self.out_dir / name)


class NewsSpider(scrapy.Spider):
    """Feeds, sitemaps, sections and home pages of the outlets; then their new articles."""

    name = "news"

    def __init__(self, job: CrawlJob, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.job = job
        self.outlets: dict[str, Outlet] = {o.id: o for o in job.outlets}
        self.patterns = {o.id: [re.compile(p) for p in o.url_patterns] for o in job.outlets}
        self.max_articles = job.settings.max_articles_per_source
        self.max_bytes = job.settings.max_page_bytes
        self.feed_state: dict[str, dict[str, str]] = {k: dict(v) for k, v in job.feed_state.items()}
        self.known: set[str] = set(job.known_urls)
        self.known |= {n for u in job.known_urls if (n := normalize_url(u)) is not None}
        self.recorder = Recorder(job.out_dir)
        self.seen_articles: set[str] = set()
        self.per_outlet: Counter[str] = Counter()
        self.host_outlet: dict[str, str] = {}
        self.started = time.monotonic()
        # Requests made and not yet answered: what a stopped crawl leaves undone is recorded.
        self.pending: dict[tuple[str, str], str] = {}
        for outlet in job.outlets:
            for url in (outlet.home, *outlet.feeds, *outlet.sitemaps, *outlet.sections):
                self.host_outlet.setdefault(host_of(url), outlet.id)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider: NewsSpider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._on_response, signal=signals.response_received)
        crawler.signals.connect(spider._on_closed, signal=signals.spider_closed)
        crawler.signals.connect(spider._on_opened, signal=signals.spider_opened)
        return spider

    # -- start ---------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        for request in self._start_requests():
            yield request

    def _start_requests(self) -> Iterator[Request]:
        if self.job.rechecks:
            # A re-check run: the stored articles again (conditional GET), no feeds.
            for item in self.job.rechecks:
                request = self._recheck_request(item)
                if request is not None:
                    yield request
            return
        for outlet in self.job.outlets:
            sources = [
                *(("feed", u) for u in outlet.feeds),
                *(("sitemap", u) for u in outlet.sitemaps),
                *(("section", u) for u in outlet.sections),
            ]
            if not sources:
                sources = [("home", outlet.home)]
            for kind, url in sources:
                extra = (host_of(url),)  # a configured source's own host is allowed
                yield self._source_request(outlet, kind, url, extra_domains=extra)

    def _source_request(
        self,
        outlet: Outlet,
        kind: str,
        url: str,
        *,
        extra_domains: tuple[str, ...] = (),
        depth: int = 0,
    ) -> Request:
        headers: dict[str, str] = {}
        validators = self.feed_state.get(url, {})
        if validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators.get("last_modified"):
            headers["If-Modified-Since"] = validators["last_modified"]
        if kind in ("feed", "sitemap"):
            headers["Accept"] = (
                "application/rss+xml, application/atom+xml, application/feed+json, "
                "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
            )
        self.pending[(url, kind)] = outlet.id
        return Request(
            url,
            callback=self.parse_source,
            errback=self.on_error,
            headers=headers,
            dont_filter=True,
            priority=10,
            meta={
                "pw_kind": kind,
                "pw_outlet": outlet.id,
                "pw_key": url,
                "pw_depth": depth,
                "pw_domains": tuple(outlet.allowed_domains) + extra_domains,
                "handle_httpstatus_list": [304],
            },
        )

    # -- sources -------------------------------------------------------------------------------

    def _record(
        self, response_or_request: Response | Request, reason: str, status: int | None, size: int
    ) -> None:
        request = (
            response_or_request.request
            if isinstance(response_or_request, Response)
            else response_or_request
        )
        assert request is not None
        meta = request.meta
        self.pending.pop((meta.get("pw_key", request.url), meta["pw_kind"]), None)
        self.recorder.fetch(
            FetchRecord(
                url=meta.get("pw_key", request.url),
                outlet_id=meta["pw_outlet"],
                kind=meta["pw_kind"],
                status=status,
                reason=reason,
                bytes=size,
                fetched_at=now(),
            )
        )

    def parse_source(self, response: Response) -> Iterator[Request]:
        meta = response.meta
        outlet = self.outlets[meta["pw_outlet"]]
        kind: str = meta["pw_kind"]
        key: str = meta["pw_key"]
        if response.status == 304:
            self._record(response, "not-modified", 304, 0)
            return
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        try:
            parsed = parse_source(
                response.body, response.url, content_type, max_bytes=self.max_bytes
            )
        except TooLargeError:
            self._record(response, "too-large", response.status, len(response.body))
            return
        except SourceError as exc:
            log.warning("%s %s: cannot read it: %s", kind, key, exc)
            self._record(response, "unparseable", response.status, len(response.body))
            return
        if kind in ("feed", "sitemap") and parsed.kind == "html":
            self._record(response, "not-a-feed", response.status, len(response.body))
            return
        if parsed.damage:
            # Read as far as it goes and followed, but on record: the outlet may be losing news.
            detail = "; ".join(parsed.damage)
            log.warning("%s %s: damaged: %s", kind, key, detail)
            self._record(response, f"damaged: {detail}", response.status, len(response.body))
        else:
            self._record(response, "ok", response.status, len(response.body))
        self._remember_validators(key, response)
        if parsed.undated:
            self.recorder.count(outlet.id, "undated", len(parsed.undated))
            for raw in parsed.undated[:5]:
                log.warning("%s %s: unparseable date %r kept raw", kind, key, raw)
        yield from self._follow(outlet, kind, parsed, meta.get("pw_depth", 0))

    def _remember_validators(self, key: str, response: Response) -> None:
        etag = response.headers.get(b"ETag")
        modified = response.headers.get(b"Last-Modified")
        state = {}
        if etag:
            state["etag"] = etag.decode("latin-1")
        if modified:
            state["last_modified"] = modified.decode("latin-1")
        if state:
            self.feed_state[key] = state
        else:
            self.feed_state.pop(key, None)

    def _follow(
        self, outlet: Outlet, kind: str, parsed: ParsedSource, depth: int
    ) -> Iterator[Request]:
        if parsed.kind == "sitemapindex":
            if depth >= MAX_SITEMAP_DEPTH:
                return
            for child in parsed.children:
                yield self._source_request(outlet, "sitemap", child, depth=depth + 1)
            return
        if parsed.kind == "html":
            if kind == "home" and parsed.children:
                for feed in parsed.children:
                    yield self._source_request(outlet, "feed", feed, depth=depth + 1)
                return
            entries = [e for e in parsed.entries if self._looks_like_article(outlet, e.url)]
            if kind == "home" and not self.patterns[outlet.id]:
                log.warning("home %s: no feed announced and no url_patterns", outlet.home)
                entries = []
        else:
            entries = parsed.entries
        for entry in entries:
            request = self._article_request(outlet, entry)
            if request is not None:
                yield request

    def _looks_like_article(self, outlet: Outlet, url: str) -> bool:
        patterns = self.patterns[outlet.id]
        if patterns:
            return any(p.search(url) for p in patterns)
        return bool(_ARTICLE_PATH.search(url))

    def _article_request(self, outlet: Outlet, entry: FeedEntry) -> Request | None:
        url = entry.url
        count = self.recorder.count
        if not host_allowed(host_of(url), outlet.allowed_domains):
            count(outlet.id, "offsite_links")
            return None
        if url in self.seen_articles:
            return None
        self.seen_articles.add(url)
        count(outlet.id, "discovered")
        if url in self.known or url in self.recorder.done_pages:
            count(outlet.id, "skipped")
            return None
        if self.per_outlet[outlet.id] >= self.max_articles:
            count(outlet.id, "capped")
            return None
        self.per_outlet[outlet.id] += 1
        self.pending[(url, "article")] = outlet.id
        return Request(
            url,
            callback=self.parse_article,
            errback=self.on_error,
            # Deduplicated above; Scrapy's filter would silently drop the return leg of a
            # redirect loop, which must end as a recorded "redirect-loop".
            dont_filter=True,
            meta={
                "pw_kind": "article",
                "pw_outlet": outlet.id,
                "pw_key": url,
                "pw_domains": tuple(outlet.allowed_domains),
                "pw_title": entry.title,
                "pw_published": entry.published.isoformat() if entry.published else None,
                "pw_summary": entry.summary,
            },
        )

    def _recheck_request(self, item: dict[str, str]) -> Request | None:
        url, outlet_id = item["url"], item["outlet_id"]
        outlet = self.outlets.get(outlet_id)
        domains = tuple(outlet.allowed_domains) if outlet else ()
        if url in self.recorder.done_pages:
            return None  # a killed re-check run resumed: fetched already
        headers: dict[str, str] = {}
        if item.get("etag"):
            headers["If-None-Match"] = item["etag"]
        if item.get("last_modified"):
            headers["If-Modified-Since"] = item["last_modified"]
        self.pending[(url, "recheck")] = outlet_id
        return Request(
            url,
            callback=self.parse_recheck,
            errback=self.on_error,
            headers=headers,
            dont_filter=True,
            meta={
                "pw_kind": "recheck",
                "pw_outlet": outlet_id,
                "pw_key": url,
                "pw_domains": (*domains, host_of(url)),
                "handle_httpstatus_list": [304],
            },
        )

    def parse_recheck(self, response: Response) -> None:
        """A stored article fetched again: unchanged (304), or a page to compare."""
        if response.status == 304:
            self._record(response, "not-modified", 304, 0)
            return
        self._remember_validators(response.meta["pw_key"], response)
        self.parse_article(response)

    # -- articles ------------------------------------------------------------------------------

    def parse_article(self, response: Response) -> None:
        meta = response.meta
        size = len(response.body)
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        main_type = content_type.split(";", 1)[0].strip().lower()
        if main_type and main_type not in HTML_TYPES:
            self._record(response, "not-html", response.status, size)
            return
        if not response.body.strip():
            self._record(response, "empty", response.status, size)
            return
        html, _codec = decode_body(response.body, content_type)
        published = meta.get("pw_published")
        page = RawPage(
            url=meta["pw_key"],
            final_url=response.url,
            outlet_id=meta["pw_outlet"],
            fetched_at=now(),
            status=response.status,
            html=html,
            content_type=content_type,
            feed_title=meta.get("pw_title"),
            feed_published=datetime.fromisoformat(published) if published else None,
            feed_summary=meta.get("pw_summary"),
            etag=_header(response, b"ETag"),
            last_modified=_header(response, b"Last-Modified"),
        )
        if self.recorder.page(page):
            self.recorder.count(page.outlet_id, "fetched")
        self._record(response, "ok", response.status, size)

    # -- failures and signals --------------------------------------------------------------------

    def on_error(self, failure: Failure) -> None:
        request: Request = failure.request  # type: ignore[attr-defined]  # set by Scrapy
        reason, status = failure_reason(failure)
        crawler = getattr(self, "crawler", None)
        if "cancel" in type(failure.value).__name__.lower() and not getattr(
            crawler, "crawling", True
        ):
            reason = "cancelled"  # the crawl is being stopped, not a page too large
        size = 0
        if isinstance(failure.value, HttpError):
            size = len(failure.value.response.body)
        if reason not in NOT_FAILURES:
            log.warning("%s %s: %s", request.meta.get("pw_kind"), request.url, reason)
        self._record(request, reason, status, size)

    def _on_response(self, response: Response, request: Request, spider: Any = None) -> None:
        # robots.txt requests are made by Scrapy's middleware, not by this spider: logged here.
        if not request.meta.get("dont_obey_robotstxt") or "pw_kind" in request.meta:
            return
        if not request.url.endswith("/robots.txt"):
            return
        host = host_of(request.url)
        outlet_id = self.host_outlet.get(host) or next(
            (o.id for o in self.job.outlets if host_allowed(host, o.allowed_domains)), ""
        )
        status = int(response.status)
        self.recorder.fetch(
            FetchRecord(
                url=request.url,
                outlet_id=outlet_id,
                kind="robots",
                status=status,
                # No robots.txt (4xx) means everything is allowed: not a failure.
                reason="ok" if status < 500 else f"http-{status}",
                bytes=len(response.body),
                fetched_at=now(),
            )
        )

    def _on_opened(self, spider: Any = None) -> None:
        self.started = time.monotonic()

    def _on_closed(self, spider: Any = None, reason: str = "") -> None:
        for (url, kind), outlet_id in sorted(self.pending.items()):
            self.recorder.fetch(FetchRecord(url, outlet_id, kind, None, "interrupted", 0, now()))
        self.recorder.counts["outlets"] = len(self.outlets)
        # The crawl itself, without the process start-up (benchmarks report both).
        self.recorder.counts["crawl_ms"] = round((time.monotonic() - self.started) * 1000)
        self.recorder.close(self.feed_state)
