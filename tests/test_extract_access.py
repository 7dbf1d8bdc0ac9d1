"""Paywalled and truncated pages: detected, flagged, and kept with their headline and lead."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from nlp.access import detect_access, strip_wall
from nlp.extract import ExtractionError, _page_meta, _parse, extract

SEEN = datetime(2026, 12, 1, tzinfo=UTC)
URL = "https://gazette.example.net/2026/11/30/ferry-fares"
TITLE = "Island ferry fares to rise by a tenth in the new year"
LEAD = (
    "Fares on the three island ferry routes will rise by ten percent from January, the "
    "operator said on Monday, blaming higher fuel and crew costs over the past year."
)
MORE = [
    "Season tickets for islanders will rise by only five percent after the county agreed to "
    "cover part of the increase for residents who travel to work on the mainland.",
    "The operator carried just under two million passengers last year, most of them on the "
    "short northern crossing, where the fare for a car and driver will reach 31 euros.",
    "Councillors from the islands said the rise would hit small businesses hardest, since "
    "delivery vans pay the full commercial rate on every crossing they make.",
    "A public meeting on the new timetable is planned for mid-December in the harbour hall, "
    "where the operator will also present its plans for a new electric vessel.",
    "The operator said the electric ferry, due in three years, would cut fuel costs by half "
    "and allow fares to be frozen for at least two years after it enters service.",
    "Passenger groups said they would ask the regional assembly to review the contract that "
    "lets the operator raise fares once a year without public consultation.",
    "The last rise, four years ago, was followed by a drop of about three percent in car "
    "traffic on the southern route, which later recovered.",
]


def page(
    paragraphs: list[str],
    *,
    after: str = "",
    ld: dict[str, Any] | None = None,
    head: str = "",
    aside: str = "",
) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": TITLE,
        "datePublished": "2026-11-30T07:00:00+00:00",
        "description": LEAD,
        **(ld or {}),
    }
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="en"><head><title>{TITLE} - The Gazette</title>'
        f'<meta property="og:title" content="{TITLE}">'
        f'<meta property="og:description" content="{LEAD}">{head}'
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
        '<header><nav><a href="/">Home</a><a href="/subscribe">Subscribe</a></nav></header>'
        f'<main><article><h1>{TITLE}</h1><div class="body">{body}</div>{after}</article>'
        f"<aside>{aside}<h2>Popular</h2><p>Storm closes the coast road</p></aside></main>"
        "<footer><p>Sign up for our free newsletter.</p></footer></body></html>"
    )


def run(html: str) -> Any:
    return extract(html, URL, outlet_id="gazette", first_seen=SEEN)


def test_a_free_article_is_free_despite_newsletter_and_sidebar_promotions() -> None:
    html = page(
        [LEAD, *MORE],
        after="<div class='signup'><p>Subscribe to our newsletter to get the morning "
        "briefing in your inbox.</p></div>",
        aside="<div class='paywall-promo'><p>Subscribe to read every premium story.</p></div>",
    )
    article = run(html)
    assert article.access == "free"
    assert article.text.endswith(MORE[-1])


def test_structured_flag_with_only_a_lead_is_paywalled_and_kept() -> None:
    """isAccessibleForFree false, the wall drawn by script: headline and lead are kept."""
    article = run(page([LEAD], ld={"isAccessibleForFree": False}))
    assert article.access == "paywalled"
    assert article.title == TITLE
    assert article.text == LEAD
    assert article.lead == LEAD
    assert article.method == "lead"


def test_a_walled_page_without_any_text_keeps_its_stated_description() -> None:
    html = page([], ld={"isAccessibleForFree": "False"})
    article = run(html)
    assert article.access == "paywalled"
    assert article.text == LEAD
    assert article.method == "description"


def test_a_free_page_without_text_is_still_refused() -> None:
    """Only a flagged page is kept without article text; the no-article-text rule stands."""
    with pytest.raises(ExtractionError) as err:
        run(page([]))
    assert err.value.reason == "no-article-text"


def test_wall_wording_after_the_text_flags_and_is_cut_from_the_body() -> None:
    html = page(
        [LEAD, MORE[0]],
        after="<div class='gate'><p>This article is for subscribers only.</p>"
        "<p>Already a subscriber? <a href='/login'>Log in</a></p></div>",
    )
    article = run(html)
    assert article.access == "paywalled"
    assert "subscribers only" not in article.text
    assert article.text.startswith(LEAD)


def test_a_wall_container_with_a_long_preview_is_paywalled() -> None:
    html = page(
        [LEAD, *MORE[:5]],
        after="<div id='article-paywall'><h3>Subscribe to continue reading</h3>"
        "<a href='/offers'>See our offers</a></div>",
    )
    assert run(html).access == "paywalled"


def test_flagged_pages_served_in_full_count_as_read_in_full() -> None:
    """Sites often flag articles they serve in full: the named part holds the whole text."""
    part = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".body"}
    html = page([LEAD, *MORE, *MORE], ld={"isAccessibleForFree": False, "hasPart": part})
    assert run(html).access == "free"


def test_a_teaser_pointing_elsewhere_is_truncated() -> None:
    html = page(
        [LEAD, MORE[0]],
        after="<p><a href='https://harbour.example.org/ferries'>Read the full story at the "
        "Harbour Post</a></p>",
    )
    article = run(html)
    assert article.access == "truncated"
    assert "Read the full story" not in article.text


def test_an_ellipsis_needs_a_continue_link_right_after_it() -> None:
    cut = MORE[0][:90] + " …"
    with_link = page([LEAD, cut], after="<p><a href='/full'>Continue reading</a></p>")
    assert run(with_link).access == "truncated"
    related = page(
        [LEAD, *MORE[:-1], MORE[-1][:-1] + '..."'],
        after="<section><h3>Keep reading</h3><ul><li><a href='/x'>Harbour dues frozen</a>"
        "</li></ul></section>",
    )
    assert run(related).access == "free"


def test_a_body_under_half_the_stated_word_count_is_truncated() -> None:
    assert run(page([LEAD, MORE[0]], ld={"wordCount": 700})).access == "truncated"
    assert run(page([LEAD, *MORE], ld={"wordCount": 300})).access == "free"


def test_other_languages_and_microdata() -> None:
    german = page([LEAD], after="<p>Dieser Artikel ist nur für Abonnenten verfügbar.</p>")
    assert run(german).access == "paywalled"
    micro = page([LEAD], head='<meta itemprop="isAccessibleForFree" content="false">')
    assert run(micro).access == "paywalled"
    tier = page([LEAD], head='<meta property="article:content_tier" content="locked">')
    assert run(tier).access == "paywalled"


def test_detect_access_reports_its_signal() -> None:
    tree = _parse(page([LEAD], ld={"isAccessibleForFree": "false"}))
    meta = _page_meta(tree)
    found = detect_access(tree, meta.ld_article, meta.meta, LEAD)
    assert (found.value, found.signal, found.restricted) == ("paywalled", "structured-data", True)


def test_strip_wall_keeps_prose_that_mentions_subscribers() -> None:
    prose = (
        "The paper said it would keep its archive open and that subscribers would pay the "
        "same price next year, whatever the cost of paper and of delivery in the rural areas."
    )
    assert strip_wall(f"{prose}\n\nSubscribe to continue reading.") == prose
    assert strip_wall(prose) == prose


def test_the_extract_command_prints_the_flag(tmp_path: Any) -> None:
    from typer.testing import CliRunner

    from policywatch.cli.app import _load_commands, app

    _load_commands()
    walled = tmp_path / "walled.html"
    walled.write_text(page([LEAD], ld={"isAccessibleForFree": False}), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["--data-dir", str(tmp_path / "data"), "extract", str(walled), "--url", URL]
    )
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout.splitlines()[0])
    assert (line["access"], line["method"], line["text"]) == ("paywalled", "lead", LEAD)
