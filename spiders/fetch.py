"""One-off HTTP fetches outside Scrapy (``policywatch discover``), with the crawler's safety rules.

Every request goes through :mod:`policywatch_core.outbound`: the URL and every redirect hop are
checked (no private, loopback or link-local address unless allowed), the socket connects only to an
address that was checked, and the whole request (redirects included) ends within
``download_timeout`` seconds however slowly the server sends. Bodies are cut at the size limit,
gzip is decompressed with the same limit, and robots.txt is honoured when the settings say so.
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

from policywatch_core.outbound import (
    Deadline,
    DeadlineExceeded,
    RefusedHost,
    check_url,
    guarded_connection,
)
from policywatch_core.settings import Settings
from spiders.feeds import SourceError, TooLargeError, gunzip


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
            fp.close()
            raise FetchError("offsite-redirect", target, "not http(s)")
        try:
            check_url(target, allow_private=self.allow_private)
        except RefusedHost as exc:
            fp.close()
            raise FetchError(exc.reason, target, f"redirect target; {exc.detail}") from None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _guarded(cls: type[http.client.HTTPConnection], allow_private: bool, deadline: Deadline) -> Any:
    """A connection class whose sockets go only to checked addresses, within ``deadline``."""

    def make(host: str, **kwargs: Any) -> http.client.HTTPConnection:
        conn = cls(host, **kwargs)
        conn._create_connection = functools.partial(  # type: ignore[attr-defined]  # http.client's hook
            guarded_connection, allow_private=allow_private, deadline=deadline
        )
        return conn

    return make


class _GuardedHTTP(urllib.request.HTTPHandler):
    def __init__(self, allow_private: bool, deadline: Deadline) -> None:
        super().__init__()
        self.make = _guarded(http.client.HTTPConnection, allow_private, deadline)

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self.make, req)


class _GuardedHTTPS(urllib.request.HTTPSHandler):
    def __init__(self, allow_private: bool, deadline: Deadline) -> None:
        super().__init__()
        self.make = _guarded(http.client.HTTPSConnection, allow_private, deadline)

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self.make, req, context=self._context)  # type: ignore[attr-defined]  # set by HTTPSHandler


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
    allow = settings.allow_private_hosts
    try:
        check_url(url, allow_private=allow)
    except RefusedHost as exc:
        raise FetchError(exc.reason, url, exc.detail) from None
    deadline = Deadline(settings.download_timeout, "the request")
    opener = urllib.request.build_opener(
        _SafeRedirects(allow), _GuardedHTTP(allow, deadline), _GuardedHTTPS(allow, deadline)
    )
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
        with deadline, opener.open(request, timeout=settings.download_timeout) as response:
            body = response.read(limit + 1)
            status = int(response.status)
            final_url = response.geturl()
            content_type = response.headers.get("Content-Type", "")
            encoding = (response.headers.get("Content-Encoding") or "").lower()
    except DeadlineExceeded as exc:
        raise FetchError("timeout", url, str(exc)) from None
    except RefusedHost as exc:
        raise FetchError(exc.reason, exc.url or url, exc.detail) from None
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        where = exc.geturl() or url
        raise FetchError(f"http-{exc.code}", url, f"at {where}" if where != url else "") from None
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
