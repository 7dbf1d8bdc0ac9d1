"""Item 4: a server that drips one byte at a time cannot hold a request past its deadline.

Per-read timeouts never fire against such a server; every outbound request has an overall
deadline (``download_timeout``): discover, robots.txt, alert webhooks, email and the crawler.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from policywatch.alerts.channels import DeliveryError, make_channel
from policywatch.alerts.matching import Digest
from policywatch_core.models import Outlet
from policywatch_core.settings import Settings
from spiders.fetch import FetchError, fetch
from spiders.runner import CrawlJob, read_fetches, run_crawl
from tests.hostile.servers import RSS, Loopback, drip, static

DEADLINE = 2.0


@pytest.fixture
def dripping() -> Iterator[Loopback]:
    server = Loopback({"/feed.xml": drip(0.3), "/slow-head.xml": drip(0.3, headers_too=True)})
    yield server
    server.close()


def allowing(**values: object) -> Settings:
    base: dict[str, object] = {
        "allow_private_hosts": True,
        "download_timeout": DEADLINE,
        "obey_robots": False,
    }
    base.update(values)
    return Settings.model_validate(base)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("path", ["/feed.xml", "/slow-head.xml"])
def test_discover_fetch_ends_at_its_deadline(dripping: Loopback, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetch(dripping.url(path), allowing())
    assert caught.value.reason == "timeout"
    assert "in total" in str(caught.value)
    assert time.monotonic() - started < 30  # bounded: the drip alone would last 50 minutes


@pytest.mark.timeout(60)
def test_robots_txt_ends_at_its_deadline(dripping: Loopback) -> None:
    """robots.txt that never ends counts as none (allowed); the feed is then read."""
    dripping.routes["/robots.txt"] = drip(0.3)
    dripping.routes["/ok.xml"] = static(RSS.format(title="t", link="https://n.example/a-b-c"))
    fetched = fetch(dripping.url("/ok.xml"), allowing(obey_robots=True))
    assert fetched.status == 200
    assert [path for _, path, _, _ in dripping.requests] == ["/robots.txt", "/ok.xml"]


def digest() -> Digest:
    return Digest(subscription="desk", entries=(), kind="test", note="hello")


@pytest.mark.timeout(60)
def test_webhook_delivery_ends_at_its_deadline(dripping: Loopback) -> None:
    dripping.routes["/hook"] = drip(0.3, headers_too=True)
    channel = make_channel(f"json://127.0.0.1:{dripping.port}/hook", Path(), timeout=DEADLINE)
    with pytest.raises(DeliveryError, match="timeout"):
        channel.send(digest(), "m1")


class DrippingSMTP:
    """An SMTP server that greets one byte at a time."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = int(self.sock.getsockname()[1])
        self.stop = threading.Event()
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self) -> None:
        try:
            conn, _ = self.sock.accept()
        except OSError:
            return
        with conn:
            for byte in b"220 " + b"x" * 1000:
                if self.stop.wait(0.3):
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.mark.timeout(60)
def test_email_delivery_ends_at_its_deadline() -> None:
    server = DrippingSMTP()
    try:
        url = (
            f"mailto://127.0.0.1:{server.port}?from=a@policywatch.test"
            "&to=b@policywatch.test&mode=insecure"
        )
        channel = make_channel(url, Path(), timeout=DEADLINE)
        with pytest.raises(DeliveryError, match="timeout"):
            channel.send(digest(), "m1")
    finally:
        server.close()


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_crawler_request_ends_at_its_deadline(dripping: Loopback, tmp_path: Path) -> None:
    outlet = Outlet(
        id="drip",
        name="drip",
        home=dripping.url("/"),
        allowed_domains=("127.0.0.1",),
        feeds=(dripping.url("/feed.xml"),),
    )
    settings = allowing(download_delay=0.0, autothrottle=False)
    result = run_crawl(
        CrawlJob(run_id="r", outlets=[outlet], out_dir=tmp_path / "r", settings=settings),
        timeout=150,
    )
    [record] = [f for f in read_fetches(result.fetches_path) if f.kind == "feed"]
    assert record.reason == "timeout"
