"""The demo's official site (policy-gazette): notices in Chinese and English, no feed.

The gazette is a regulator's notices page found through a section page and URL patterns. Its
notices belong to developments the demo news outlets report (``gold.json``, key ``official``).
Checked here: the site against its gold, discovery and a real crawl through its section page,
extraction, the cross-lingual evidence against the demo's English reports, and grouping joining
each notice to its development (the Chinese ones through that evidence).
"""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from lxml import html

from policywatch.demo.server import DEFAULT_SITE_DIR, GOLD_PATH, DemoServer
from policywatch_core.config import load_outlets, load_watchlist
from policywatch_core.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SITE = DEFAULT_SITE_DIR
DEMO_BASE = "http://127.0.0.1:5555"
NOTICE_TEXT = "//div[@class='notice-text']"


@functools.cache
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    return data


def notices() -> list[dict[str, Any]]:
    return list(gold()["official"])


def gazette(base: str = DEMO_BASE) -> Any:
    loaded = load_outlets(ROOT / "config", "demo", demo_base=base)
    assert loaded.problems == ()
    (outlet,) = [o for o in loaded.items if o.id == "policy-gazette"]
    return outlet


def page(path: str) -> Any:
    return html.fromstring((SITE / path.lstrip("/")).read_bytes())


def test_gazette_outlet_is_official_with_a_section_and_patterns() -> None:
    outlet = gazette()
    assert outlet.kind == "official"
    assert outlet.feeds == ()
    assert outlet.sitemaps == ()
    assert outlet.sections == (f"{DEMO_BASE}/policy-gazette/notices/",)
    assert outlet.url_patterns
    assert outlet.language == "zh"


def test_gold_notices_match_their_pages() -> None:
    items = notices()
    assert len(items) >= 4
    assert {n["language"] for n in items} == {"zh", "en"}
    developments = {a["development"] for a in gold()["articles"]}
    watchlist = {e.id for e in load_watchlist(ROOT / "config").items}
    keys = {"path", "outlet", "title", "published", "development", "entities", "policy",
            "language", "document_number", "stage", "sourcing"}  # fmt: skip
    for n in items:
        assert set(n) == keys, n["path"]
        assert n["outlet"] == "policy-gazette"
        assert n["development"] in developments, "a notice belongs to a development of the demo"
        assert set(n["entities"]) <= watchlist
        assert n["sourcing"] == "official"
        assert n["stage"] in {"proposed", "adopted", "in-force", "suspended", "denied"}
        doc = page(n["path"])
        assert doc.get("lang") == {"zh": "zh-CN", "en": "en"}[n["language"]]
        assert " ".join(doc.xpath("string(//h1)").split()) == n["title"]
        assert (
            doc.xpath("string(//meta[@property='article:published_time']/@content)")
            == (n["published"])
        )
        assert doc.xpath("//time/@datetime") == [n["published"]]
        published = datetime.fromisoformat(n["published"])
        assert date(2026, 10, 1) <= published.date() <= date(2026, 11, 20)
        body = doc.xpath(f"string({NOTICE_TEXT})")
        if n["document_number"]:
            assert n["document_number"] in doc.xpath("string(//body)")
        if n["language"] == "zh":
            assert len(re.findall(r"[\u4e00-\u9fff]", body)) >= 300, n["path"]
        else:
            assert len(body.split()) >= 250, n["path"]
        assert "fictional" in doc.xpath("string(//footer)") or "虚构" in doc.xpath(
            "string(//footer)"
        )


def test_section_page_links_every_notice_and_patterns_pick_only_them() -> None:
    outlet = gazette()
    patterns = [re.compile(p) for p in outlet.url_patterns]
    section = page("/policy-gazette/notices/index.html")
    links = {h.replace("{{BASE}}", DEMO_BASE) for h in section.xpath("//a/@href")}
    picked = {u for u in links if any(p.search(u) for p in patterns)}
    expected = {DEMO_BASE + n["path"] for n in notices()}
    assert picked == expected
    assert len(links - picked) >= 4, "the section page also links pages that are not notices"


def test_discover_finds_the_notices_over_http() -> None:
    from spiders.discover import discover
    from spiders.fetch import fetch

    settings = Settings.model_validate({"allow_private_hosts": True, "obey_robots": True})
    with DemoServer() as server:
        outlet = gazette(server.base_url)
        found = discover(
            outlet.sections[0],
            functools.partial(fetch, settings=settings),
            patterns=outlet.url_patterns,
        )
        assert not found.errors
        assert {e.url for e in found.entries} == {server.url(n["path"]) for n in notices()}


@pytest.mark.slow
def test_the_crawler_fetches_the_notices_through_the_section_page(tmp_path: Path) -> None:
    from spiders.runner import CrawlJob, read_pages, run_crawl

    settings = Settings.model_validate(
        {"allow_private_hosts": True, "download_delay": 0.0, "autothrottle": False}
    )
    with DemoServer() as server:
        job = CrawlJob(
            run_id="gazette",
            outlets=[gazette(server.base_url)],
            out_dir=tmp_path,
            settings=settings,
        )
        result = run_crawl(job, timeout=120)
        pages = list(read_pages(result.pages_path))
        assert {p.url for p in pages} == {server.url(n["path"]) for n in notices()}
        assert {p.outlet_id for p in pages} == {"policy-gazette"}


def _extracted() -> list[Any]:
    from nlp.extract import extract
    from policywatch.pipeline import DEMO_ORIGIN

    return [
        extract(
            (SITE / n["path"].lstrip("/")).read_text(encoding="utf-8"),
            DEMO_ORIGIN + n["path"],
            outlet_id="policy-gazette",
        )
        for n in notices()
    ]


def test_notices_extract_with_title_date_language_and_number() -> None:
    for n, article in zip(notices(), _extracted(), strict=True):
        assert article is not None, n["path"]
        assert article.title == n["title"]
        assert article.published == datetime.fromisoformat(n["published"])
        assert (article.language or "").startswith(n["language"])
        if n["document_number"]:
            assert n["document_number"] in article.text
        assert "fictional" not in article.text, "the footer is page chrome, not the notice"


def test_the_metadata_table_stays_out_of_the_text_and_the_lead_is_the_notice() -> None:
    """As on real gazettes' document pages, the issuing body / number / date table sits above
    the document, not in it: the text starts with the notice's own first paragraph."""
    for n, article in zip(notices(), _extracted(), strict=True):
        doc = page(n["path"])
        assert doc.xpath("//table[@class='doc-meta']"), n["path"]
        assert not doc.xpath("//article//table"), n["path"]
        first = " ".join(doc.xpath(f"string(({NOTICE_TEXT}/p)[1])").split())
        assert article.text.startswith(first), (n["path"], article.text[:80])
        for label in ("发文机关", "发布日期", "Issued by", "|"):
            assert label not in article.text, (n["path"], label)


def _news_by_development() -> dict[str, list[Any]]:
    from nlp.extract import extract
    from policywatch.pipeline import DEMO_ORIGIN

    out: dict[str, list[Any]] = defaultdict(list)
    for a in gold()["articles"]:
        text = (SITE / a["path"].lstrip("/")).read_text(encoding="utf-8")
        out[a["development"]].append(extract(text, DEMO_ORIGIN + a["path"], outlet_id=a["outlet"]))
    return out


def test_each_notice_agrees_best_with_the_reports_of_its_development() -> None:
    """Cross-lingual evidence ranks a notice's own development first among the demo's reports."""
    from nlp.crosslingual import agreement, extract_evidence
    from nlp.entities import load_tagger, tag

    watchlist = load_watchlist(ROOT / "config").items
    topics = {e.id for e in watchlist if e.type == "topic"}
    tagger = load_tagger(watchlist, spacy_model="")

    def evidence(articles: list[Any]) -> list[Any]:
        return [
            extract_evidence(
                f"{t.article.title}\n\n{t.article.text}",
                entity_ids=t.entity_ids - topics,
                signal_kinds=t.signal_kinds,
            )
            for t in tag(articles, tagger)
        ]

    news = _news_by_development()
    news_evidence = {dev: evidence(reports) for dev, reports in news.items()}
    for n, notice in zip(notices(), evidence(_extracted()), strict=True):
        best = {
            dev: max(agreement(notice, report).score for report in reports)
            for dev, reports in news_evidence.items()
        }
        ranked = sorted(best, key=best.__getitem__, reverse=True)
        assert ranked[0] == n["development"], (n["path"], [(d, best[d]) for d in ranked[:3]])


@pytest.fixture(scope="module")
def grouped() -> dict[str, str]:
    """Every demo report and notice grouped as ``policywatch cluster`` does: path -> development."""
    from nlp.archive import items_of, params_of
    from nlp.cluster import Grouper
    from nlp.embed import embed_articles, load_encoder
    from nlp.extract import extract
    from policywatch.archive import tag_articles
    from policywatch.pipeline import DEMO_ORIGIN
    from policywatch_core.settings import load_settings

    settings = load_settings()
    records = [*gold()["articles"], *notices()]
    articles = [
        extract(
            (SITE / r["path"].lstrip("/")).read_text(encoding="utf-8"),
            DEMO_ORIGIN + r["path"],
            outlet_id=r["outlet"],
        )
        for r in records
    ]
    tagged = tag_articles(settings, articles)
    vectors = embed_articles(articles, load_encoder(settings.embedding_model))
    items = items_of(
        articles, vectors, [t.entity_ids for t in tagged], [t.signal_kinds for t in tagged]
    )
    decided = {a.article_id: a for a in Grouper(params_of(settings)).assign_all(items)}
    return {
        r["path"]: decided[a.article_id].development_id
        for r, a in zip(records, articles, strict=True)
    }


def _joins(grouped: dict[str, str], notice: dict[str, Any]) -> bool:
    reports = [a["path"] for a in gold()["articles"] if a["development"] == notice["development"]]
    return all(grouped[p] == grouped[notice["path"]] for p in reports)


@pytest.mark.slow
@pytest.mark.parametrize("path", [n["path"] for n in gold()["official"] if n["language"] == "zh"])
def test_chinese_notice_joins_the_english_reports_of_its_development(
    grouped: dict[str, str], path: str
) -> None:
    (notice,) = [n for n in notices() if n["path"] == path]
    assert _joins(grouped, notice)


@pytest.mark.slow
def test_notices_never_merge_two_developments(grouped: dict[str, str]) -> None:
    """Whatever a notice joins, the demo's developments stay apart (no wrong join)."""
    by_group: dict[str, set[str]] = defaultdict(set)
    for a in gold()["articles"]:
        by_group[grouped[a["path"]]].add(a["development"])
    for n in notices():
        group = grouped[n["path"]]
        assert by_group.get(group, {n["development"]}) == {n["development"]}, n["path"]
    assert all(len(devs) == 1 for devs in by_group.values())


@pytest.mark.slow
@pytest.mark.parametrize("path", [n["path"] for n in gold()["official"] if n["language"] == "en"])
def test_english_notice_joins_the_reports_of_its_development(
    grouped: dict[str, str], path: str
) -> None:
    (notice,) = [n for n in notices() if n["path"] == path]
    assert _joins(grouped, notice)
