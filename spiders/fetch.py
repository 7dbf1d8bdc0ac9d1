"""One-off HTTP fetches outside Scrapy (``policywatch discover``), with the crawler's safety rules.

Every hop of a redirect is checked (no private, loopback or link-local address unless allowed),
bodies are cut at the size limit, gzip is decompressed with the same limit, and robots.txt is
honoured when the settings say so.
"""

from __future__ import annotations

import functools
import http.client
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import urljoin, urlsplit

from protego import Protego

from policywatch.settings import Settings
from spiders.feeds import SourceError, TooLargeError, gunzip
from spiders.urls import host_of, is_private_host


class FetchError(Exception):
    """A fetch that produced no usable response; ``reason`` as in the crawler's fetch log."""

    def __init__(self, reason: str, url: str, detail: str = "") -> None:
        super().__init__(f"{url}: {reason}" + (f" ({detail})" if detail else ""))
        self.reason = reason
        self.url = url


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response body and what is needed to read it."""

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 10

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        target = urljoin(req.full_url, newurl)
        if urlsplit(target).scheme not in ("http", "https"):
            raise FetchError("offsite-redirect", target, "not http(s)")
        if not self.allow_private and is_private_host(host_of(target)):
            raise FetchError("refused-private-host", target, "redirect target")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _reason_of(exc: BaseException) -> str:
    text = str(exc).lower()
    if isinstance(exc, TimeoutError) or "timed out" in text:
        return "timeout"
    if "name or service not known" in text or "nodename nor servname" in text:
        return "dns"
    if "temporary failure in name resolution" in text or "getaddrinfo" in text:
        return "dns"
    if isinstance(exc, ConnectionRefusedError) or "refused" in text:
        return "connection-refused"
    if "redirect" in text and "infinite loop" in text:
        return "redirect-loop"
    return "connection-lost"


def _open(url: str, settings: Settings, accept: str) -> Fetched:
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError("not-http", url)
    if not settings.allow_private_hosts and is_private_host(host_of(url)):
        raise FetchError(
            "refused-private-host",
            url,
            "set POLICYWATCH_ALLOW_PRIVATE_HOSTS=1 to read loopback or private addresses",
        )
    opener = urllib.request.build_opener(_SafeRedirects(settings.allow_private_hosts))
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": settings.effective_user_agent,
            "Accept": accept,
            "Accept-Encoding": "gzip",
        },
    )
    limit = settings.max_page_bytes
    try:
        with opener.open(request, timeout=settings.download_timeout) as response:
            body = response.read(limit + 1)
            status = int(response.status)
            final_url = response.geturl()
            content_type = response.headers.get("Content-Type", "")
            encoding = (response.headers.get("Content-Encoding") or "").lower()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"http-{exc.code}", url) from None
    except urllib.error.URLError as exc:
        raise FetchError(_reason_of(exc.reason if isinstance(exc.reason, BaseException) else exc),
                         url, str(exc.reason)) from None  # fmt: skip
    except (OSError, http.client.HTTPException) as exc:
        raise FetchError(_reason_of(exc), url, str(exc)) from None
    if len(body) > limit:
        raise FetchError("too-large", url, f"more than {limit} bytes")
    if encoding == "gzip":
        try:
            body = gunzip(body, limit)
        except TooLargeError:
            raise FetchError("too-large", url, "gzip bomb") from None
        except SourceError as exc:
            raise FetchError("bad-encoding", url, str(exc)) from None
    return Fetched(url, final_url, status, content_type, body)


@functools.lru_cache(maxsize=64)
def _robots(root: str, settings: Settings) -> Any:
    try:
        fetched = _open(root + "/robots.txt", settings, "text/plain")
    except FetchError:
        return None  # no robots.txt we can read: nothing is forbidden
    return Protego.parse(fetched.body.decode("utf-8", "replace"))


def fetch(url: str, settings: Settings) -> Fetched:
    """GET a feed, sitemap or page.

    Raises:
        FetchError: refused (robots, private host), HTTP error, timeout, too large...
    """
    if settings.obey_robots:
        parts = urlsplit(url)
        rules = _robots(f"{parts.scheme}://{parts.netloc}", settings)
        if rules is not None and not rules.can_fetch(url, "policywatch"):
            raise FetchError("robots", url, "robots.txt forbids it")
    return _open(
        url,
        settings,
        "application/rss+xml, application/atom+xml, application/feed+json, "
        "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5",
    )
