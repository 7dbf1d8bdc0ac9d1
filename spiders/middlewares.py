"""Downloader middleware that keeps the crawler on its outlets' hosts and off internal networks.

Every request (and every redirect, which Scrapy schedules as a new request) passes here before
robots.txt and the download: a host outside the outlet's allowed domains, or one that is or
resolves to a private, loopback or link-local address, is refused with a reason the spider records.
The address the response actually came from is checked again (a name may resolve differently at
download time).
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from spiders.urls import host_allowed, host_of, is_private_address, is_private_host


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
        if not self.allow_private and is_private_host(host):
            raise RefusedRequest("refused-private-host", request.url)

    def process_response(self, request: Request, response: Response) -> Response:
        address: Any = getattr(response, "ip_address", None)
        if not self.allow_private and address is not None and is_private_address(str(address)):
            raise RefusedRequest("refused-private-host", f"{request.url} ({address})")
        return response
