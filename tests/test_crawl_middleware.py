"""The host-safety middleware: every request and redirect hop, before any connection."""

from __future__ import annotations

import ipaddress

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse

from spiders.middlewares import HostSafetyMiddleware, RefusedRequest


def request(
    url: str, *, redirected: bool = False, domains: tuple[str, ...] | None = ("news.example",)
) -> Request:
    meta: dict[str, object] = {}
    if domains is not None:
        meta["pw_domains"] = domains
    if redirected:
        meta["redirect_urls"] = ["https://news.example/start"]
    return Request(url, meta=meta)


def test_allowed_hosts_pass() -> None:
    mw = HostSafetyMiddleware(allow_private=False)
    mw.process_request(request("https://news.example/a"))  # no exception
    mw.process_request(request("https://www.news.example/a"))


@pytest.mark.parametrize(
    ("url", "redirected", "reason"),
    [
        ("https://other.example/a", False, "offsite"),
        ("https://other.example/a", True, "offsite-redirect"),
        ("https://news.example.evil.net/a", True, "offsite-redirect"),
    ],
)
def test_offsite_refused(url: str, redirected: bool, reason: str) -> None:
    mw = HostSafetyMiddleware(allow_private=True)
    with pytest.raises(RefusedRequest) as info:
        mw.process_request(request(url, redirected=redirected))
    assert info.value.reason == reason


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/admin",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.5/",
        "http://[::1]:8080/",
        "http://localhost/",
    ],
)
def test_private_hosts_refused_unless_allowed(url: str) -> None:
    refusing = HostSafetyMiddleware(allow_private=False)
    with pytest.raises(RefusedRequest) as info:
        refusing.process_request(request(url, redirected=True, domains=None))
    assert info.value.reason == "refused-private-host"
    allowing = HostSafetyMiddleware(allow_private=True)
    allowing.process_request(request(url, redirected=True, domains=None))  # no exception


def test_response_address_checked_again() -> None:
    mw = HostSafetyMiddleware(allow_private=False)
    req = request("https://news.example/a")
    public = HtmlResponse(
        req.url,
        body=b"<html></html>",
        request=req,
        ip_address=ipaddress.ip_address("93.184.216.34"),
    )
    assert mw.process_response(req, public) is public
    private = HtmlResponse(
        req.url, body=b"<html></html>", request=req, ip_address=ipaddress.ip_address("10.1.1.1")
    )
    with pytest.raises(RefusedRequest):
        mw.process_response(req, private)
