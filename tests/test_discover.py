"""``policywatch discover``: the core with an in-memory fetcher, the safe fetcher, the command."""

from __future__ import annotations

import gzip
import io
import json
import urllib.request
from collections.abc import Callable, Iterator
from http.client import HTTPMessage
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from policywatch.cli.app import _load_commands, app
from policywatch.demo.server import DemoServer
from policywatch_core.settings import Settings
from spiders.discover import discover
from spiders.fetch import Fetched, FetchError, _SafeRedirects, fetch

SITE = Path(__file__).parent / "fixtures" / "crawl" / "site"
BASE = "https://d.example"


def memory(files: dict[str, bytes]) -> Callable[[str], Fetched]:
    def get(url: str) -> Fetched:
        if url not in files:
            raise FetchError("http-404", url)
        return Fetched(url, url, 200, "", files[url])

    return get


def fixture(name: str) -> bytes:
    return (SITE / name).read_bytes().replace(b"{{BASE}}", BASE.encode())


def test_sitemap_index_is_followed_into_gzipped_news_sitemap() -> None:
    get = memory(
        {
            f"{BASE}/feeds/sitemap-index.xml": fixture("feeds/sitemap-index.xml"),
            f"{BASE}/feeds/sitemap.xml": fixture("feeds/sitemap.xml"),
            f"{BASE}/feeds/news-sitemap.xml.gz": gzip.compress(fixture("feeds/news-sitemap.xml")),
        }
    )
    result = discover(f"{BASE}/feeds/sitemap-index.xml", get)
    assert [kind for _, kind in result.documents] == ["sitemapindex", "sitemap", "sitemap"]
    assert len(result.entries) == 4
    assert result.entries[-1].title == "Breaking: rules published"
    assert result.errors == []


def test_home_page_feeds_are_read() -> None:
    get = memory(
        {
            f"{BASE}/": fixture("feeds/page.html"),
            f"{BASE}/feeds/rss10.rdf": fixture("feeds/rss10.rdf"),
            f"{BASE}/ledger/atom.xml": fixture("ledger/atom.xml"),
        }
    )
    result = discover(f"{BASE}/", get)
    assert [kind for _, kind in result.documents] == ["html", "rdf", "atom"]
    assert [e.url for e in result.entries] == [
        "https://rdf.example/a/one",
        "https://rdf.example/a/two",
        f"{BASE}/ledger/news/customs-pilot.html",
        f"{BASE}/ledger/news/ride-hailing-data.html",
    ]


def test_section_page_links_by_pattern_or_heuristic() -> None:
    get = memory({f"{BASE}/policy/": fixture("feeds/section.html")})
    heuristic = discover(f"{BASE}/policy/", get)
    assert [e.url for e in heuristic.entries] == [
        f"{BASE}/about-us-and-our-team",  # a long slug looks like an article: use --pattern
        f"{BASE}/wire/2026/11/model-licensing-draft/",
        f"{BASE}/wire/2026/11/chip-export-talks/",
    ]
    patterned = discover(f"{BASE}/policy/", get, patterns=[r"/wire/\d{4}/"])
    assert [e.url for e in patterned.entries] == [
        f"{BASE}/wire/2026/11/model-licensing-draft/",
        f"{BASE}/wire/2026/11/chip-export-talks/",
    ]


def test_nothing_parseable() -> None:
    get = memory({f"{BASE}/x.txt": b"plain text"})
    result = discover(f"{BASE}/x.txt", get)
    assert not result.parseable
    assert result.entries == []
    assert "neither a feed" in result.errors[0]
    missing = discover(f"{BASE}/nope", get)
    assert not missing.parseable
    assert "http-404" in missing.errors[0]


def test_document_limit() -> None:
    index = (
        b"<sitemapindex>"
        + b"".join(f"<sitemap><loc>{BASE}/s{i}.xml</loc></sitemap>".encode() for i in range(10))
        + b"</sitemapindex>"
    )
    files = {f"{BASE}/index.xml": index}
    files.update({f"{BASE}/s{i}.xml": fixture("feeds/sitemap.xml") for i in range(10)})
    result = discover(f"{BASE}/index.xml", memory(files), max_documents=3)
    assert len(result.documents) == 3
    assert any("stopped after 3 documents" in e for e in result.errors)


# -- the safe fetcher, against loopback ------------------------------------------------------------


@pytest.fixture
def site() -> Iterator[DemoServer]:
    with DemoServer(site_dir=SITE) as server:
        yield server


def allowed(**kw: object) -> Settings:
    return Settings.model_validate({"allow_private_hosts": True, **kw})


def test_fetch_refuses_private_hosts_unless_allowed(site: DemoServer) -> None:
    with pytest.raises(FetchError) as info:
        fetch(site.url("/wire/feed.xml"), Settings.model_validate({"allow_private_hosts": False}))
    assert info.value.reason == "refused-private-host"
    assert "POLICYWATCH_ALLOW_PRIVATE_HOSTS" in str(info.value)
    assert site.request_log == []
    assert fetch(site.url("/wire/feed.xml"), allowed()).status == 200


def test_fetch_robots_size_gzip_and_errors(site: DemoServer) -> None:
    with pytest.raises(FetchError) as info:
        fetch(site.url("/private/briefing.html"), allowed())
    assert info.value.reason == "robots"
    with pytest.raises(FetchError) as info:
        fetch(site.url("/missing.xml"), allowed())
    assert info.value.reason == "http-404"
    with pytest.raises(FetchError) as info:
        fetch(site.url("/wire/feed.xml"), allowed(max_page_bytes=1000))
    assert info.value.reason == "too-large"
    site.add_route(
        "/bomb.xml",
        200,
        gzip.compress(b"<rss>" + b" " * 5_000_000 + b"</rss>"),
        {"Content-Type": "application/octet-stream", "Content-Encoding": "gzip"},
    )
    with pytest.raises(FetchError) as info:
        fetch(site.url("/bomb.xml"), allowed(max_page_bytes=1_000_000))
    assert info.value.reason == "too-large"
    site.add_route(
        "/gz.xml",
        200,
        gzip.compress(fixture("feeds/sitemap.xml")),
        {"Content-Type": "application/octet-stream", "Content-Encoding": "gzip"},
    )
    assert b"<urlset" in fetch(site.url("/gz.xml"), allowed()).body
    with pytest.raises(FetchError) as info:
        fetch("http://127.0.0.1:9/feed.xml", allowed(download_timeout=5))
    assert info.value.reason == "connection-refused"


def test_fetch_redirect_to_private_address_refused() -> None:
    # Every hop is checked before it is followed: a redirect to the link-local metadata
    # address is refused even though the first host was allowed.
    handler = _SafeRedirects(allow_private=False)
    request = urllib.request.Request("https://public.example/feed")
    target = "http://169.254.169.254/latest/meta-data/"
    with pytest.raises(FetchError) as info:
        handler.redirect_request(request, io.BytesIO(), 302, "Found", HTTPMessage(), target)
    assert info.value.reason == "refused-private-host"
    with pytest.raises(FetchError) as info:
        handler.redirect_request(
            request, io.BytesIO(), 302, "Found", HTTPMessage(), "file:///etc/passwd"
        )
    assert info.value.reason == "offsite-redirect"


# -- the command -----------------------------------------------------------------------------------


def run_cli(args: list[str], monkeypatch: pytest.MonkeyPatch, allow: bool = True) -> Result:
    _load_commands()
    if allow:
        monkeypatch.setenv("POLICYWATCH_ALLOW_PRIVATE_HOSTS", "1")
    else:
        monkeypatch.delenv("POLICYWATCH_ALLOW_PRIVATE_HOSTS", raising=False)
    return CliRunner().invoke(app, args)


@pytest.mark.slow
def test_discover_command_prints_json_lines(
    site: DemoServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli(
        ["discover", site.url("/wire/feed.xml"), site.url("/ledger/atom.xml")], monkeypatch
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 8
    first = lines[0]
    assert first == {
        "url": site.url("/wire/2026/11/model-licensing-draft/"),
        "title": "Regulator drafts new rules for model licensing",
        "published": "2026-11-23T07:30:00+00:00",
        "source_url": site.url("/wire/feed.xml"),
    }
    undated = [x for x in lines if x["published"] is None]
    assert undated == [
        {
            "url": site.url("/wire/2026/11/compute-thresholds/"),
            "title": "Undated note on compute thresholds",
            "published": None,
            "source_url": site.url("/wire/feed.xml"),
            "published_raw": "sometime last week",
        }
    ]
    assert "could not be parsed" in result.stderr
    # No article was fetched.
    assert {path for _, path, _ in site.request_log} == {
        "/robots.txt",
        "/wire/feed.xml",
        "/ledger/atom.xml",
    }


@pytest.mark.slow
def test_discover_command_fails_readably(
    site: DemoServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli(["discover", site.url("/feeds/notafeed.txt")], monkeypatch)
    assert result.exit_code == 1
    assert "nothing parseable" in result.stderr
    refused = run_cli(["discover", site.url("/wire/feed.xml")], monkeypatch, allow=False)
    assert refused.exit_code == 1
    assert "POLICYWATCH_ALLOW_PRIVATE_HOSTS=1" in " ".join(refused.stderr.split())
    assert site.requests_for("/wire/feed.xml") == []
