"""Downloader middleware and resolver that keep the crawler off internal networks.

The rules are those of :mod:`policywatch_core.outbound`, the one guard of every outbound request.

Every request (and every redirect, which Scrapy schedules as a new request, and Scrapy's own
robots.txt requests) passes the middleware before the download: a host outside the outlet's
allowed domains, or one that is or resolves to a private, loopback or link-local address, is
refused with a reason the spider records. The resolver refuses to hand a private address to the
connection (a name may resolve differently at download time: DNS rebinding), and the address the
response actually came from is checked again.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.base import ReactorBase
from twisted.internet.defer import Deferred

from policywatch_core.outbound import REFUSED, RefusedHost, check_url, is_private_address
from spiders.urls import host_allowed, host_of


class RefusedRequest(IgnoreRequest):
    """A request the crawler will not make; ``reason`` is what the fetch log records."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


class HostSafetyMiddleware:
    """Refuse off-domain hosts (``meta['pw_domains']``) and private addresses."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HostSafetyMiddleware:
        return cls(crawler.settings.getbool("POLICYWATCH_ALLOW_PRIVATE_HOSTS"))

    def process_request(self, request: Request) -> None:
        host = host_of(request.url)
        redirected = bool(request.meta.get("redirect_urls"))
        domains = request.meta.get("pw_domains")
        if domains is not None and not host_allowed(host, domains):
            raise RefusedRequest("offsite-redirect" if redirected else "offsite", request.url)
        try:
            check_url(request.url, allow_private=self.allow_private)
        except RefusedHost as exc:
            raise RefusedRequest(exc.reason, f"{request.url} ({exc.detail})") from None

    def process_response(self, request: Request, response: Response) -> Response:
        address: Any = getattr(response, "ip_address", None)
        if not self.allow_private and address is not None and is_private_address(str(address)):
            raise RefusedRequest(REFUSED, f"{request.url} ({address})")
        return response


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's resolver, refusing to return a private address unless private hosts are allowed.

    What it returns is the address Twisted connects to: no second look-up can differ from it.
    """

    allow_private = False

    @classmethod
    def from_crawler(cls, crawler: Crawler, reactor: ReactorBase) -> GuardedResolver:
        resolver: GuardedResolver = super().from_crawler(crawler, reactor)
        resolver.allow_private = crawler.settings.getbool("POLICYWATCH_ALLOW_PRIVATE_HOSTS")
        return resolver

    def getHostByName(self, name: str, timeout: Any = ()) -> Deferred[str]:
        found = super().getHostByName(name, timeout)
        if not self.allow_private:
            found.addCallback(self._refuse_private, name)
        return found

    @staticmethod
    def _refuse_private(address: str, name: str) -> str:
        if is_private_address(address):
            raise RefusedRequest(REFUSED, f"{name} resolves to {address}")
        return address
