"""A page that shows a headline and a lead is kept, whatever the access reading says.

The lead is the page's stated summary shown as a paragraph of its own; a miss of the access
detector then costs the flag, never the page. Pages written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.extract import ExtractionError, extract

URL = "https://valley-courier.example/2027/03/depot"
TITLE = "Bus depot to close for a month of roof repairs"
LEAD = (
    "The western bus depot will close for four weeks from Monday while its leaking roof is "
    "replaced."
)
ZH_TITLE = "老城区自来水管网改造下月启动"
ZH_LEAD = "老城区三十公里供水管网改造工程将于下月启动，预计年底前完成，施工期间部分路段夜间停水。"


def _page(
    lead: str = LEAD,
    *,
    title: str = TITLE,
    after: str = "",
    description: str | None = None,
    og_type: str = "",
    wrap: str = "div",
    lang: str = "en",
) -> str:
    stated = lead if description is None else description
    meta = f'<meta name="description" content="{stated}">' if stated else ""
    kind = f'<meta property="og:type" content="{og_type}">' if og_type else ""
    return (
        f'<html lang="{lang}"><head><title>{title} | Valley Courier</title>{meta}{kind}</head>'
        '<body><div class="top"><a href="/">Valley Courier</a></div>'
        f'<div class="col"><h1 class="hl">{title}</h1><div class="by">Staff · 2027-03-02</div>'
        f'<{wrap} class="txt"><p>{lead}</p>{after}</{wrap}></div>'
        '<div class="foot">© Valley Courier</div></body></html>'
    )


def test_a_one_sentence_lead_under_its_headline_is_kept_as_an_article() -> None:
    # no og:type, no article element, no pointer the detector knows: still an article
    article = extract(_page(), URL)
    assert article.title == TITLE
    assert LEAD in article.text
    assert article.method in {"lead", "description"}


def test_a_pointer_the_detector_misses_costs_the_flag_not_the_page() -> None:
    box = (
        '<div class="note"><p>Die Fortsetzung steht im Lokalteil <a href="/lokal">Talbote</a>'
        "</p></div>"
    )
    article = extract(_page(after=box), URL)
    assert LEAD in article.text


def test_a_chinese_lead_is_kept() -> None:
    html = _page(ZH_LEAD, title=ZH_TITLE, lang="zh-CN")
    article = extract(html, "https://shibao.example/2027/03/pipes")
    assert ZH_LEAD in article.text


def test_a_summary_cut_in_an_ellipsis_matches_the_lead_it_begins() -> None:
    cut = LEAD[:60].rsplit(" ", 1)[0] + "…"
    article = extract(_page(description=cut), URL)
    assert LEAD in article.text


@pytest.mark.parametrize(
    ("name", "html"),
    [
        # the page states no summary: nothing says the line is a lead
        ("no summary", _page(description="")),
        # the summary is not what the page shows
        ("summary not shown", _page(description="Roof repairs at the western depot explained.")),
        # the page says it is a website or a video, not an article
        ("a website", _page(og_type="website")),
        ("a video", _page(og_type="video.other")),
        # the line shown stands in a side rail or a footer
        ("in a rail", _page(wrap="aside")),
        ("in a footer", _page(wrap="footer")),
        # a caption-sized summary: no sentence of eight words
        ("a caption", _page("Buses wait at the depot.")),
    ],
)
def test_a_line_that_is_no_lead_is_still_refused(name: str, html: str) -> None:
    with pytest.raises(ExtractionError) as info:
        extract(html, URL)
    assert info.value.reason == "no-article-text", name
