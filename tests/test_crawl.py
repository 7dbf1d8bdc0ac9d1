"""Real crawls (Scrapy subprocess) of the fixture outlets of tests/fixtures/crawl/site."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from policywatch.demo.server import DemoServer
from policywatch_core.models import FetchRecord, Outlet, RawPage
from policywatch_core.settings import Settings
from spiders.runner import CrawlJob, CrawlResult, read_fetches, read_pages, run_crawl

SITE = Path(__file__).parent / "fixtures" / "crawl" / "site"

pytestmark = pytest.mark.slow


def fast_settings(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "allow_private_hosts": True,
        "download_delay": 0.0,
        "autothrottle": False,
        "download_timeout": 10.0,
        "concurrency_per_domain": 8,
    }
    values.update(overrides)
    return Settings.model_validate(values)


def outlets(base: str) -> list[Outlet]:
    return [
        Outlet(
            id="wire",
            name="Northwind Wire",
            home=f"{base}/wire/",
            feeds=(f"{base}/wire/feed.xml",),
            allowed_domains=("127.0.0.1",),
        ),
        Outlet(
            id="ledger",
            name="Harbor Ledger",
            home=f"{base}/ledger/",
            feeds=(f"{base}/ledger/atom.xml",),
            allowed_domains=("127.0.0.1",),
        ),
    ]


@pytest.fixture
def site() -> Iterator[DemoServer]:
    with DemoServer(site_dir=SITE) as server:
        yield server


def crawl(
    tmp_path: Path, outlet_list: list[Outlet], name: str = "run", **kwargs: Any
) -> tuple[CrawlResult, list[RawPage], list[FetchRecord]]:
    job = CrawlJob(
        run_id=name,
        outlets=outlet_list,
        out_dir=tmp_path / name,
        settings=kwargs.pop("settings", fast_settings()),
        **kwargs,
    )
    result = run_crawl(job, timeout=120)
    return result, list(read_pages(result.pages_path)), list(read_fetches(result.fetches_path))


def test_feeds_to_pages_and_fetch_log(site: DemoServer, tmp_path: Path) -> None:
    base = site.base_url
    unreachable = Outlet(
        id="down",
        name="Down",
        home="http://127.0.0.1:9/",
        feeds=("http://127.0.0.1:9/feed.xml",),
        allowed_domains=("127.0.0.1",),
    )
    result, pages, fetches = crawl(tmp_path, [*outlets(base), unreachable])

    assert result.returncode == 0
    by_url = {p.url: p for p in pages}
    assert set(by_url) == {
        f"{base}/wire/2026/11/model-licensing-draft/",  # utm_* removed
        f"{base}/wire/2026/11/chip-export-talks/",  # fragment removed
        f"{base}/wire/2026/11/compute-thresholds/",
        f"{base}/ledger/news/customs-pilot.html",  # relative Atom link resolved
        f"{base}/ledger/news/ride-hailing-data.html",  # fbclid removed
    }
    draft = by_url[f"{base}/wire/2026/11/model-licensing-draft/"]
    assert draft.outlet_id == "wire"
    assert draft.status == 200
    assert "national office" in draft.html
    assert draft.feed_title == "Regulator drafts new rules for model licensing"
    assert draft.feed_published is not None
    assert draft.feed_published.isoformat() == "2026-11-23T07:30:00+00:00"
    assert draft.feed_summary is not None
    assert draft.feed_summary.startswith("A draft circulated on Monday")
    customs = by_url[f"{base}/ledger/news/customs-pilot.html"]
    assert customs.feed_title == "Port authority pilots automated customs checks"
    assert customs.feed_published is not None
    assert customs.feed_published.isoformat() == "2026-11-23T06:00:00+08:00"
    # An unparseable date is not guessed.
    assert by_url[f"{base}/wire/2026/11/compute-thresholds/"].feed_published is None

    reasons = {(f.kind, f.url): f.reason for f in fetches}
    assert reasons[("article", f"{base}/wire/2026/11/deleted-story/")] == "http-404"
    assert reasons[("article", f"{base}/private/briefing.html")] == "robots"
    assert reasons[("feed", "http://127.0.0.1:9/feed.xml")] == "connection-refused"
    assert reasons[("feed", f"{base}/wire/feed.xml")] == "ok"
    assert reasons[("robots", f"{base}/robots.txt")] == "ok"
    assert not any("elsewhere.example" in f.url for f in fetches)
    assert len(reasons) == len(fetches)  # one record per (url, kind)

    assert result.stats["fetched"] == 5
    assert result.stats["discovered"] == 7  # the offsite link is not counted as discovered
    assert result.stats["offsite_links"] == 1
    assert result.failed_by_reason == {"http-404": 1, "connection-refused": 1}
    assert result.stats["failed"] == 2
    assert set(result.feed_state) == {f"{base}/wire/feed.xml", f"{base}/ledger/atom.xml"}
    # Nothing requested from the robots-forbidden path or outside the allowed domains.
    assert not site.requests_for("/private/briefing.html")


def test_second_unchanged_run_fetches_only_feeds(site: DemoServer, tmp_path: Path) -> None:
    base = site.base_url
    first, pages, _ = crawl(tmp_path, outlets(base), "first")
    assert first.stats["fetched"] == 5
    known = frozenset(p.url for p in pages)
    before = len(site.request_log)

    second, pages2, fetches2 = crawl(
        tmp_path, outlets(base), "second", known_urls=known, feed_state=first.feed_state
    )

    assert pages2 == []
    requests = site.request_log[before:]
    paths = sorted(path for _, path, _ in requests)
    assert paths == ["/ledger/atom.xml", "/robots.txt", "/wire/feed.xml"]
    assert {(f.kind, f.reason) for f in fetches2 if f.kind == "feed"} == {("feed", "not-modified")}
    assert second.stats.get("fetched", 0) == 0
    assert second.feed_state == first.feed_state


def test_known_urls_are_skipped_without_validators(site: DemoServer, tmp_path: Path) -> None:
    base = site.base_url
    known = frozenset({f"{base}/wire/2026/11/chip-export-talks/"})
    result, pages, _ = crawl(tmp_path, outlets(base), known_urls=known)
    assert f"{base}/wire/2026/11/chip-export-talks/" not in {p.url for p in pages}
    assert not site.requests_for("/wire/2026/11/chip-export-talks/")
    assert result.stats["skipped"] == 1
    assert result.stats["fetched"] == 4


def test_private_hosts_refused_unless_allowed(site: DemoServer, tmp_path: Path) -> None:
    result, pages, fetches = crawl(
        tmp_path, outlets(site.base_url), settings=fast_settings(allow_private_hosts=False)
    )
    assert pages == []
    assert site.request_log == []
    assert {f.reason for f in fetches} == {"refused-private-host"}
    assert result.failed_by_reason == {"refused-private-host": 2}


def test_nothing_written_to_home(
    site: DemoServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    _, pages, _ = crawl(tmp_path, outlets(site.base_url))
    assert len(pages) == 5
    assert list(home.rglob("*")) == []


def test_sitemaps_sections_and_feed_autodiscovery(site: DemoServer, tmp_path: Path) -> None:
    base = site.base_url
    urlset = (
        "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        f"<url><loc>{base}/wire/2026/11/compute-thresholds/</loc><lastmod>2026-11-20</lastmod></url>"
        "</urlset>"
    )
    site.add_route(
        "/maps/articles.xml.gz",
        200,
        gzip.compress(urlset.encode()),
        {"Content-Type": "application/x-gzip"},
    )
    news = (
        "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
        "xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'><url>"
        f"<loc>{base}/wire/2026/11/chip-export-talks/</loc><news:news>"
        "<news:publication_date>2026-11-22T18:05:12Z</news:publication_date>"
        "<news:title>Chip export talks stall</news:title></news:news></url></urlset>"
    )
    site.add_route("/maps/news.xml", 200, news, {"Content-Type": "application/xml"})
    index = (
        "<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        "<sitemap><loc>{{BASE}}/maps/articles.xml.gz</loc></sitemap>"
        "<sitemap><loc>{{BASE}}/maps/news.xml</loc></sitemap></sitemapindex>"
    )
    site.add_route("/maps/index.xml", 200, index, {"Content-Type": "application/xml"})
    local = ("127.0.0.1",)
    outlet_list = [
        Outlet(
            "maps", "Maps", f"{base}/", sitemaps=(f"{base}/maps/index.xml",), allowed_domains=local
        ),
        Outlet(
            "section",
            "Section",
            f"{base}/",
            sections=(f"{base}/feeds/section.html",),
            url_patterns=(r"/wire/\d{4}/\d{2}/model",),
            allowed_domains=local,
        ),
        Outlet("auto", "Auto", f"{base}/feeds/page.html", allowed_domains=local),
    ]

    result, pages, fetches = crawl(tmp_path, outlet_list)

    assert result.returncode == 0
    by_url = {p.url.removeprefix(base): p for p in pages}
    assert set(by_url) == {
        "/wire/2026/11/compute-thresholds/",
        "/wire/2026/11/chip-export-talks/",
        "/wire/2026/11/model-licensing-draft/",
        "/ledger/news/customs-pilot.html",
        "/ledger/news/ride-hailing-data.html",
    }
    assert {by_url[u].outlet_id for u in by_url} == {"maps", "section", "auto"}
    chip = by_url["/wire/2026/11/chip-export-talks/"]
    assert chip.outlet_id == "maps"
    assert chip.feed_title == "Chip export talks stall"
    assert chip.feed_published is not None
    sources = sorted(
        (f.kind, f.url.removeprefix(base), f.reason) for f in fetches if f.kind != "article"
    )
    assert sources == [
        ("feed", "/feeds/rss10.rdf", "ok"),
        ("feed", "/ledger/atom.xml", "ok"),
        ("home", "/feeds/page.html", "ok"),
        ("robots", "/robots.txt", "ok"),
        ("section", "/feeds/section.html", "ok"),
        ("sitemap", "/maps/articles.xml.gz", "ok"),
        ("sitemap", "/maps/index.xml", "ok"),
        ("sitemap", "/maps/news.xml", "ok"),
    ]
    # rdf.example links of the announced RSS 1.0 feed are off the outlet's domains.
    assert result.outlet_stats["auto"]["offsite_links"] == 2
