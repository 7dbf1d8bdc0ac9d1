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


# --- pages that are no article, whatever line they show (the review's five) --------------

NO_DATE_URL = "https://valley-courier.example/transport/depot"


def _bare(lead: str = LEAD, *, head: str = "", before: str = "", wrap: str = "div") -> str:
    """A headline and a line equal to the stated summary, no og:type, no date, no article."""
    return (
        f'<html lang="en"><head><title>{TITLE}</title>'
        f'<meta name="description" content="{lead}">{head}</head><body>'
        f'<div class="col"><h1 class="hl">{TITLE}</h1>{before}'
        f'<{wrap} class="txt"><p>{lead}</p></{wrap}></div></body></html>'
    )


def _ld(kind: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "{kind}", "name": "Transport"}}</script>'


@pytest.mark.parametrize(
    ("name", "html"),
    [
        # a section index showing its intro, stated a collection
        ("a section index", _bare(head=_ld("CollectionPage"))),
        # a video page stated in JSON-LD only
        ("a JSON-LD video", _bare(head=_ld("VideoObject"))),
        # a sign-in page: its line asks for an account
        (
            "a sign-in page",
            _bare("Sign in to your Valley Courier account to read your saved stories and alerts."),
        ),
        # the lead inside a hidden ancestor
        ("a hidden ancestor", _bare(wrap='div style="display: none"')),
        # no og:type and no sign of an article (no date anywhere, no article or time element)
        ("no sign of an article", _bare()),
    ],
)
def test_a_page_that_is_no_article_is_refused_whatever_line_it_shows(name: str, html: str) -> None:
    with pytest.raises(ExtractionError) as info:
        extract(html, NO_DATE_URL)
    assert info.value.reason == "no-article-text", name


def test_a_date_shown_under_the_headline_is_a_sign_of_an_article() -> None:
    html = _bare(before='<div class="when">2027-03-02 06:00</div>')
    assert LEAD in extract(html, NO_DATE_URL).text


def test_a_json_ld_video_inside_an_article_does_not_refuse_it() -> None:
    head = (
        '<script type="application/ld+json">[{"@type": "NewsArticle", "headline": "Depot"}, '
        '{"@type": "VideoObject", "name": "Roof"}]</script>'
    )
    assert LEAD in extract(_bare(head=head), NO_DATE_URL).text


def test_a_gallery_with_its_caption_as_summary_is_still_refused_and_never_stored_walled() -> None:
    # the rescue refuses a control box on a page that does not say it is an article; the lead
    # reading must not keep it anyway (with the refused flag)
    caption = "The mayor opened the new footbridge over the river on Tuesday morning."
    controls = '<div class="zz"><p>Members</p><a class="btn" href="/save">Log in</a></div>'
    for body in (
        f"<div class='zz-pics'><figure><img src='a.jpg'></figure><p>{caption}</p>{controls}</div>",
        "<div class='cards'><div class='card'><h2><a href='/b'>Bridge</a></h2>"
        f"<p>{caption}</p>{controls}</div></div>",
    ):
        html = (
            "<html><head><title>Bridge opening in pictures</title>"
            f'<meta name="description" content="{caption}"></head><body>{body}</body></html>'
        )
        with pytest.raises(ExtractionError) as info:
            extract(html, NO_DATE_URL)
        assert info.value.reason == "no-article-text"


def test_a_summary_is_matched_as_a_prefix_only_when_cut_in_an_ellipsis() -> None:
    # the stated sentence, not cut, is only the start of a longer shown line: not the same line
    stated = "The western bus depot will close for four weeks from Monday, the council said."
    shown = stated.rstrip(".") + " on Tuesday, and buses will leave from the eastern depot."
    with pytest.raises(ExtractionError):
        extract(_page(shown, description=stated), URL)


def test_an_end_note_pointer_on_a_page_with_no_stated_kind_is_stripped() -> None:
    # the shape of a Hong Kong paper's market item: a dateline under the headline, the lead, an end
    # note sending the reader to the app; kept truncated, the note not stored as the article's
    lead = "本港三月零售額按年增長百分之六，連續第四個月上升，升幅高於市場預期。"
    html = (
        '<html lang="zh-HK"><head><title>零售額連升四個月</title>'
        f'<meta name="description" content="{lead}"></head><body>'
        '<div class="hk-col"><h1 class="hk-title">零售額連升四個月</h1>'
        '<div class="hk-date">2027-04-02 06:00</div><div class="hk-txt">'
        f'<p>{lead}</p><p class="hk-endnote"><em>下載港訊日報APP，睇全文及即時報價。</em></p>'
        "</div></div></body></html>"
    )
    article = extract(html, NO_DATE_URL)
    assert article.access == "truncated"
    assert lead in article.text
    assert "睇全文" not in article.text
