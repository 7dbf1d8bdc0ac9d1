"""Feed, sitemap and page parsing (pure): every format the crawler reads."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from spiders.feeds import ParsedSource, SourceError, TooLargeError, parse_source, sniff

FEEDS = Path(__file__).parent / "fixtures" / "crawl" / "site"
BASE = "https://fixture.example"


def load(name: str) -> bytes:
    return (FEEDS / name).read_bytes().replace(b"{{BASE}}", BASE.encode())


def parse(name: str, content_type: str | None = None) -> ParsedSource:
    return parse_source(load(name), f"{BASE}/{name}", content_type)


def test_wordpress_rss2_like_the_decoder() -> None:
    parsed = parse("wire/feed.xml", "application/rss+xml; charset=UTF-8")
    assert parsed.kind == "rss"
    assert parsed.title == "Northwind Wire"
    urls = [e.url for e in parsed.entries]
    assert urls == [
        f"{BASE}/wire/2026/11/model-licensing-draft/",
        f"{BASE}/wire/2026/11/chip-export-talks/",
        f"{BASE}/wire/2026/11/deleted-story/",
        f"{BASE}/private/briefing.html",
        "http://elsewhere.example/story.html",
        f"{BASE}/wire/2026/11/compute-thresholds/",
    ]
    first = parsed.entries[0]
    assert first.title == "Regulator drafts new rules for model licensing"
    assert first.published == datetime(2026, 11, 23, 7, 30, tzinfo=UTC)
    assert first.summary is not None
    assert first.summary.startswith("A draft circulated on Monday would require")
    assert "<p>" not in first.summary
    assert first.source_url == f"{BASE}/wire/feed.xml"
    # The guid (isPermaLink="false") is never taken for the link.
    assert all("?p=" not in u for u in urls)
    last = parsed.entries[-1]
    assert last.published is None
    assert last.published_raw == "sometime last week"
    assert parsed.undated == ["sometime last week"]


def test_rss_091_latin1_whitespace_and_tracking() -> None:
    parsed = parse("feeds/rss091.xml")
    assert parsed.kind == "rss"
    assert parsed.title == "Café Politique"
    assert [e.url for e in parsed.entries] == [
        "https://cafe.example/2026/11/regulateurs.html",
        "https://cafe.example/2026/11/second.html?id=7",
    ]
    assert parsed.entries[0].title == "Le café des régulateurs"
    assert parsed.entries[0].published is None
    assert parsed.undated == []  # no date given is not an unparseable date


@pytest.mark.parametrize("name", ["feeds/rss10.rdf", "feeds/rss090.rdf"])
def test_rdf_feeds(name: Any) -> None:
    parsed = parse(name)
    assert parsed.kind == "rdf"
    assert parsed.entries


def test_rss10_dates_and_about_fallback() -> None:
    parsed = parse("feeds/rss10.rdf")
    one, two = parsed.entries
    assert one.url == "https://rdf.example/a/one"
    assert one.published == datetime(2026, 11, 20, 9, 15, tzinfo=timezone(timedelta(hours=1)))
    assert two.url == "https://rdf.example/a/two"  # from rdf:about, no <link>
    assert two.published == datetime(2026, 11, 19, tzinfo=UTC)


def test_rss090() -> None:
    parsed = parse("feeds/rss090.rdf")
    assert [e.url for e in parsed.entries] == ["https://ninety.example/item-one"]
    assert parsed.entries[0].title == "A 0.90 item"


def test_atom_relative_links_html_titles_and_dates() -> None:
    parsed = parse("ledger/atom.xml")
    assert parsed.kind == "atom"
    first, second = parsed.entries
    assert first.url == f"{BASE}/ledger/news/customs-pilot.html"
    assert first.title == "Port authority pilots automated customs checks"
    assert first.published == datetime(2026, 11, 23, 6, tzinfo=timezone(timedelta(hours=8)))
    assert second.url == f"{BASE}/ledger/news/ride-hailing-data.html"  # fbclid removed
    assert second.published == datetime(2026, 11, 22, 21, 30, tzinfo=UTC)  # from <updated>
    assert second.summary == "Operators must store trip data locally."


def test_json_feed() -> None:
    parsed = parse("feeds/feed.json", "application/feed+json")
    assert parsed.kind == "jsonfeed"
    assert parsed.title == "Json Dispatch"
    assert [e.url for e in parsed.entries] == [
        "https://json.example/posts/ai-office-opens",
        "https://json.example/posts/by-id",
        "https://json.example/posts/external",
    ]
    first, by_id, external = parsed.entries
    assert first.published == datetime(2026, 11, 21, 10, tzinfo=timezone(timedelta(hours=-5)))
    assert by_id.summary == "Body bold"
    assert by_id.published == datetime(2026, 11, 20, 8, tzinfo=UTC)
    assert external.title is None
    assert parsed.damage == ["2 item(s) without a usable link skipped"]  # a string, no link


def test_plain_sitemap() -> None:
    parsed = parse("feeds/sitemap.xml")
    assert parsed.kind == "sitemap"
    assert [e.url for e in parsed.entries] == [
        "https://maps.example/news/one.html",
        "https://maps.example/news/two.html",
        "https://maps.example/news/three.html",
    ]
    assert parsed.entries[0].published == datetime(2026, 11, 22, tzinfo=UTC)
    assert parsed.entries[2].published is None


def test_google_news_sitemap_gzipped() -> None:
    raw = load("feeds/news-sitemap.xml.gz")
    assert sniff(raw) == "gzip"
    parsed = parse_source(raw, f"{BASE}/feeds/news-sitemap.xml.gz")
    (entry,) = parsed.entries
    assert entry.url == "https://maps.example/news/breaking.html"
    assert entry.title == "Breaking: rules published"
    assert entry.published == datetime(2026, 11, 23, 5, 45, tzinfo=timezone(timedelta(hours=8)))


def test_sitemap_index_with_cdata() -> None:
    parsed = parse("feeds/sitemap-index.xml")
    assert parsed.kind == "sitemapindex"
    assert parsed.entries == []
    assert parsed.children == [
        f"{BASE}/feeds/sitemap.xml",
        f"{BASE}/feeds/news-sitemap.xml.gz",
    ]


def test_html_page_announces_feeds_and_links() -> None:
    parsed = parse("feeds/page.html", "text/html")
    assert parsed.kind == "html"
    assert parsed.title == "Home of Page Post"
    assert parsed.children == [f"{BASE}/feeds/rss10.rdf", f"{BASE}/ledger/atom.xml"]
    urls = [e.url for e in parsed.entries]
    assert f"{BASE}/2026/11/23/a-story-about-rules/" in urls
    assert not any(u.startswith("javascript") for u in urls)


def test_gzip_bomb_is_refused() -> None:
    bomb = gzip.compress(b"<urlset>" + b" " * (20 * 1024 * 1024) + b"</urlset>")
    assert len(bomb) < 100_000
    with pytest.raises(TooLargeError):
        parse_source(bomb, f"{BASE}/bomb.xml.gz", max_bytes=1024 * 1024)


def test_empty_feed_is_valid_with_no_entries() -> None:
    parsed = parse("feeds/empty.xml")
    assert parsed.kind == "rss"
    assert parsed.entries == []


def test_malformed_feed_is_recovered_or_refused() -> None:
    # lxml's recovery keeps what it can read; it never raises anything but SourceError.
    try:
        parsed = parse("feeds/malformed.xml")
    except SourceError:
        return
    assert parsed.kind == "rss"
    assert all(e.url.startswith("https://broken.example/") for e in parsed.entries)
    assert parsed.damage, "a recovered malformed feed must say what it lost"


@pytest.mark.parametrize(
    "body",
    [b"", b"plain text", b"{not json", b'{"a": 1}', b"<?xml version='1.0'?><svg/>", b"\x1f\x8bxx"],
)
def test_unreadable_documents_raise_source_error(body: Any) -> None:
    with pytest.raises(SourceError):
        parse_source(body, f"{BASE}/x")


def test_xml_entities_are_not_expanded() -> None:
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><item><title>&x;</title><link>https://e.example/a</link></item>"
        b"</channel></rss>"
    )
    parsed = parse_source(evil, f"{BASE}/x")
    assert "root:" not in (parsed.entries[0].title or "")  # never the file's content


def test_ten_thousand_items() -> None:
    items = "".join(
        f"<item><title>Item {i}</title><link>https://big.example/a/{i}</link>"
        f"<pubDate>Mon, 23 Nov 2026 08:00:00 GMT</pubDate></item>"
        for i in range(10_000)
    )
    body = f"<rss version='2.0'><channel><title>Big</title>{items}</channel></rss>".encode()
    parsed = parse_source(body, "https://big.example/feed")
    assert len(parsed.entries) == 10_000
    assert parsed.entries[-1].url == "https://big.example/a/9999"


def test_a_feed_cut_off_midway_keeps_its_items_and_says_so() -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title>'
        b"<item><title>Kept</title><link>https://cut.example/a/1</link></item>"
        b"<item><title>Half</title><link>https://cut.ex"
    )
    parsed = parse_source(body, "https://cut.example/feed")
    assert [e.url for e in parsed.entries][:1] == ["https://cut.example/a/1"]
    assert len(parsed.damage) == 1
    assert "cut-off XML" in parsed.damage[0]
    assert "line 1" in parsed.damage[0]


def test_items_without_a_link_are_counted_as_damage() -> None:
    body = (
        b"<rss version='2.0'><channel><title>T</title>"
        b"<item><title>No link</title></item>"
        b"<item><title>Good</title><link>https://ok.example/a/1</link></item>"
        b"<item><title>Bad link</title><link>javascript:void(0)</link></item>"
        b"</channel></rss>"
    )
    parsed = parse_source(body, "https://ok.example/feed")
    assert [e.url for e in parsed.entries] == ["https://ok.example/a/1"]
    assert parsed.damage == ["2 item(s) without a usable link skipped"]


def test_html_entities_in_a_feed_are_not_damage() -> None:
    body = (
        b"<rss version='2.0'><channel><title>T</title>"
        b"<item><title>A&nbsp;B & C</title><link>https://ok.example/a/1</link></item>"
        b"</channel></rss>"
    )
    parsed = parse_source(body, "https://ok.example/feed")
    assert len(parsed.entries) == 1
    assert parsed.damage == []


@pytest.mark.parametrize(
    "name",
    [
        "wire/feed.xml",
        "feeds/rss091.xml",
        "feeds/rss10.rdf",
        "feeds/rss090.rdf",
        "ledger/atom.xml",
        "feeds/sitemap.xml",
        "feeds/sitemap-index.xml",
        "feeds/empty.xml",
    ],
)
def test_sound_feeds_report_no_damage(name: str) -> None:
    assert parse(name).damage == []
