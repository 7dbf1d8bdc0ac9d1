"""Item 1: one outbound guard for discover, robots.txt, the crawler and alert webhooks.

Every private-host spelling an HTTP client understands is refused before a byte is sent; a name
that resolves to a public address at check time and to loopback at connect time (DNS rebinding)
is refused at connect time; a redirect to any of those spellings is refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy import Request
from typer.testing import CliRunner

from policywatch.alerts.channels import DeliveryError, make_channel
from policywatch.alerts.matching import Digest
from policywatch.cli.app import _load_commands, app
from policywatch_core import outbound
from policywatch_core.settings import Settings
from spiders.fetch import FetchError, fetch
from spiders.middlewares import GuardedResolver, HostSafetyMiddleware, RefusedRequest
from tests.hostile.servers import RSS, Loopback, redirect, static

# How an HTTP client may be told "127.0.0.1" (or this machine) without writing it.
LOOPBACK_FORMS = [
    "%31%32%37.0.0.1",
    "%31%32%37%2e%30%2e%30%2e%31",
    "%2531%2532%2537.0.0.1",
    "2130706433",
    "0x7f000001",
    "0x7f.0.0.1",
    "0177.0.0.1",
    "0177.0.0.01",
    "127.1",
    "127.0.1",
    "127.0.0.1.",
    "[::ffff:127.0.0.1]",
    "[::ffff:7f00:1]",
    "[::127.0.0.1]",
    "[64:ff9b::7f00:1]",
    "[2002:7f00:1::]",
    "[::1]",
    "localhost",
    "LOCALHOST.",
    "%6c%6f%63%61%6c%68%6f%73%74",
    "api.localhost",
    "0",
    "0.0.0.0",
]


@pytest.fixture
def server() -> Iterator[Loopback]:
    feed = RSS.format(title="x", link="https://news.example/2026/11/a-b-c")
    s = Loopback({"/feed.xml": static(feed, "application/rss+xml"), "/robots.txt": static("")})
    yield s
    s.close()


def strict() -> Settings:
    return Settings.model_validate(
        {"allow_private_hosts": False, "download_timeout": 5, "obey_robots": False}
    )


@pytest.mark.parametrize("form", LOOPBACK_FORMS)
def test_discover_fetch_refuses_every_loopback_spelling(server: Loopback, form: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(f"http://{form}:{server.port}/feed.xml", strict())
    assert caught.value.reason == "refused-private-host"
    assert server.requests == []


def test_discover_command_refuses_percent_encoded_loopback(
    server: Loopback, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _load_commands()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("POLICYWATCH_ALLOW_PRIVATE_HOSTS", raising=False)
    result = CliRunner().invoke(app, ["discover", f"http://%31%32%37.0.0.1:{server.port}/feed.xml"])
    assert result.exit_code == 1
    assert "refused-private-host" in result.output
    assert server.requests == []


class Rebinding:
    """A resolver that answers a public address first, then loopback (DNS rebinding)."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, host: str, port: int | None = None) -> tuple[str, ...]:
        if not host.endswith(".example"):
            return ()
        self.calls += 1
        return ("93.184.216.34",) if self.calls == 1 else ("127.0.0.1",)


@pytest.fixture
def rebinding(monkeypatch: pytest.MonkeyPatch) -> Iterator[Rebinding]:
    resolver = Rebinding()
    outbound._resolve_cached.cache_clear()
    monkeypatch.setattr(outbound, "resolve", resolver)
    yield resolver
    outbound._resolve_cached.cache_clear()


def test_discover_checks_the_address_it_connects_to(server: Loopback, rebinding: Rebinding) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(f"http://feeds.example:{server.port}/feed.xml", strict())
    assert caught.value.reason == "refused-private-host"
    assert rebinding.calls >= 2  # checked by name, then again when connecting
    assert server.requests == []


@pytest.fixture
def loopback_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the test server stand for a public host; every other private address stays private."""
    original = outbound.is_private_address

    def judged(address: object) -> bool:
        return str(address) != "127.0.0.1" and original(address)  # type: ignore[arg-type]  # str or address

    monkeypatch.setattr(outbound, "is_private_address", judged)
    outbound._resolve_cached.cache_clear()


REDIRECT_TARGETS = [
    "http://%31%32%37.0.0.2:{port}/feed.xml",
    "http://2130706434:{port}/feed.xml",
    "http://0x7f.0.0.2:{port}/feed.xml",
    "http://[::1]:{port}/feed.xml",
    "http://localhost.:{port}/feed.xml",
    "http://169.254.169.254/latest/meta-data/",
]


@pytest.mark.parametrize("target", REDIRECT_TARGETS)
@pytest.mark.usefixtures("loopback_is_public")
def test_discover_refuses_a_redirect_to_a_private_spelling(server: Loopback, target: str) -> None:
    server.routes["/moved"] = redirect(target.format(port=server.port))
    with pytest.raises(FetchError) as caught:
        fetch(server.url("/moved"), strict())
    assert caught.value.reason == "refused-private-host"
    assert [path for _, path, _, _ in server.requests] == ["/moved"]


def test_robots_txt_goes_through_the_guard(server: Loopback) -> None:
    settings = Settings.model_validate({"allow_private_hosts": False, "obey_robots": True})
    with pytest.raises(FetchError) as caught:
        fetch(f"http://2130706433:{server.port}/feed.xml", settings)
    assert caught.value.reason == "refused-private-host"
    assert server.requests == []


@pytest.mark.parametrize("form", LOOPBACK_FORMS)
def test_crawler_middleware_refuses_every_loopback_spelling(form: str) -> None:
    middleware = HostSafetyMiddleware(allow_private=False)
    with pytest.raises(RefusedRequest) as caught:
        middleware.process_request(Request(f"http://{form}:8080/feed.xml"))
    assert caught.value.reason == "refused-private-host"


def test_crawler_resolver_refuses_a_private_answer() -> None:
    with pytest.raises(RefusedRequest):
        GuardedResolver._refuse_private("127.0.0.1", "feeds.example")
    assert GuardedResolver._refuse_private("93.184.216.34", "feeds.example") == "93.184.216.34"


def digest() -> Digest:
    return Digest(subscription="desk", entries=(), kind="test", note="hello")


def test_webhook_rebinding_to_loopback_is_refused(rebinding: Rebinding) -> None:
    hook = Loopback({"/hook": static("", "text/plain")})
    try:
        channel = make_channel(f"json://hooks.example:{hook.port}/hook", Path(), timeout=10)
        with pytest.raises(DeliveryError, match="refused-private-host"):
            channel.send(digest(), "m1")
        assert hook.requests == []
    finally:
        hook.close()


@pytest.mark.usefixtures("loopback_is_public")
def test_webhook_redirect_to_a_private_address_is_refused() -> None:
    hook = Loopback()
    hook.routes["/hook"] = redirect(f"http://2130706434:{hook.port}/hook", status=307)
    try:
        channel = make_channel(f"json://127.0.0.1:{hook.port}/hook", Path(), timeout=10)
        with pytest.raises(DeliveryError, match="refused-private-host"):
            channel.send(digest(), "m1")
        assert [path for _, path, _, _ in hook.requests] == ["/hook"]
    finally:
        hook.close()


def test_webhook_configured_on_a_private_host_is_the_operators_choice() -> None:
    hook = Loopback({"/hook": static("", "text/plain")})
    try:
        make_channel(f"json://127.0.0.1:{hook.port}/hook", Path(), timeout=10).send(digest(), "m1")
        assert len(hook.posts()) == 1
    finally:
        hook.close()
