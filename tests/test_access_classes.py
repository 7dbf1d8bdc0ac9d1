"""Access detection by class: each wording class in each language, where it sits, and the
look-alikes that stay free (small pages written for these tests)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from nlp.access import detect_access, shown_text, strip_wall
from nlp.extract import _page_meta, _parse, extract

LEAD = (
    "The river authority will close the old lock at Marden for six months from April, "
    "moving barge traffic to the canal while engineers replace its gates."
)
SECOND = (
    "Boat operators said the detour adds about two hours to each trip, and asked for "
    "longer opening hours at the canal's swing bridge during the works."
)
MORE = [
    "Engineers found cracks in both pairs of gates during an inspection last winter, and the "
    "authority decided that patching them again would only delay a full replacement.",
    "The new gates will be built of oak from a forest in the north of the county, as the old "
    "ones were, because the lock is a listed structure that must keep its appearance.",
    "Anglers were told the towpath will stay open except for two weeks in May, when cranes "
    "lift the old gates out of the chamber and onto waiting lorries.",
    "The authority expects the lock to reopen in October, in time for the autumn grain "
    "traffic that makes up most of the barges passing through Marden.",
]
ZH_LEAD = (
    "市交通局昨日宣布，东环高架将于下月起分段封闭施工，预计工期为八个月，期间公交线路将临时调整。"
)
ZH_SECOND = "交通局提醒市民提前规划出行路线，并表示将在主要路口增派交警疏导交通。"


def page(
    paragraphs: list[str],
    *,
    after: str = "",
    before: str = "",
    head: str = "",
    lang: str = "en",
) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="{lang}"><head><title>Lock to close</title>{head}</head><body>'
        '<header><nav><a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></nav>'
        f'</header><main><article><h1>Lock to close</h1>{before}<div class="text">{body}</div>'
        f"{after}</article></main><footer><p>Sign up for our newsletter.</p></footer>"
        "</body></html>"
    )


def access(html: str, body: str) -> str:
    tree = _parse(html)
    meta = _page_meta(tree)
    return detect_access(tree, meta.ld_article, meta.meta, body).value


def after_lead(box: str, paragraphs: list[str] | None = None, lang: str = "en") -> str:
    shown = paragraphs or [LEAD, SECOND]
    return access(page(shown, after=box, lang=lang), "\n".join(shown))


@pytest.mark.parametrize(
    ("wording", "lang"),
    [
        ("Log in, or create a free account and choose a plan to continue reading this.", "en"),
        ("Buy this story for $2, or subscribe for full access.", "en"),
        ("You have used all of your free articles this month. Choose a plan.", "en"),
        ("Register with your email to read this and other stories.", "en"),
        ("You've reached the end of the free preview. Become a member.", "en"),
        ("This analysis is available only to Pro subscribers.", "en"),
        ("Jetzt kostenlos registrieren und weiterlesen.", "de"),
        ("Pour lire la suite de cet article, abonnez-vous.", "fr"),
        ("Regístrate gratis para seguir leyendo.", "es"),
        ("开通会员后即可阅读全文", "zh"),
        ("登录后继续阅读", "zh"),
        ("—— 试读结束 ——", "zh"),
        ("訂閱後即可閱讀全文", "zh"),
    ],
)
def test_wall_wording_of_each_class_and_language_is_paywalled(wording: str, lang: str) -> None:
    paragraphs = [ZH_LEAD, ZH_SECOND] if lang == "zh" else None
    box = f'<div class="box"><p>{wording}</p><a href="/offer">OK</a></div>'
    assert after_lead(box, paragraphs, lang) == "paywalled"


@pytest.mark.parametrize(
    ("wording", "lang"),
    [
        ("Read the rest of this article in our app.", "en"),
        ("The complete story appears in Sunday's print edition.", "en"),
        ("(Full article on the Harbour Herald website.)", "en"),
        ("Hear the full interview in this week's episode of our podcast.", "en"),
        ("Continued on page 2 at our partner site.", "en"),
        ("Den vollständigen Bericht lesen Sie in unserer App.", "de"),
        ("Retrouvez l'intégralité de ce reportage dans notre application.", "fr"),
        ("Lee el reportaje completo en nuestra web.", "es"),
        ("打开客户端阅读全文", "zh"),
        ("（未完，全文见合作网站）", "zh"),
        ("下載本報APP，看完整內容", "zh"),
    ],
)
def test_pointer_to_where_the_rest_is_is_truncated(wording: str, lang: str) -> None:
    paragraphs = [ZH_LEAD, ZH_SECOND] if lang == "zh" else None
    assert after_lead(f"<p>{wording}</p>", paragraphs, lang) == "truncated"


def test_a_cut_sentence_then_a_read_the_original_link_is_truncated() -> None:
    cut = "交通局表示，施工期间将优先保障公交通行，部分线路改走……"
    box = '<p><a href="https://example.cn/a">点击阅读原文</a></p>'
    assert after_lead(box, [ZH_LEAD, cut], "zh") == "truncated"


def test_the_wall_is_found_after_the_last_words_when_the_body_ends_in_chrome() -> None:
    # the extractor kept an editor line and a cookie button after the article: the wall sits
    # between the article's last words and those lines
    html = page(
        [ZH_LEAD, ZH_SECOND],
        after="<div class='box'><p>本文为会员专享内容，开通会员即可解锁全文</p></div>"
        "<p>责任编辑：王林</p><p>知道了</p>",
        lang="zh",
    )
    assert access(html, f"{ZH_LEAD}\n{ZH_SECOND}\n责任编辑：王林\n知道了") == "paywalled"


def test_a_wall_box_before_the_text_is_found_by_its_name() -> None:
    box = (
        '<div class="overlay-gate"><h3>Subscribers only</h3><p>Log in or subscribe to '
        "continue reading this story.</p></div>"
    )
    html = page([LEAD], before=box)
    assert access(html, LEAD) == "paywalled"


def test_text_hidden_by_css_beside_a_wall_is_paywalled_and_an_expander_is_not() -> None:
    hidden = "".join(f"<p>{p}</p>" for p in MORE)
    wall = '<div class="end-preview"><p>Become a member to read the full story.</p></div>'
    walled = page([LEAD], after=f'{wall}<div class="rest" style="display:none">{hidden}</div>')
    assert access(walled, "\n".join([LEAD, *MORE])) == "paywalled"
    expander = page(
        [LEAD],
        after=f'<button>Show more</button><div class="rest hidden">{hidden}</div>',
    )
    assert access(expander, "\n".join([LEAD, *MORE])) == "free"


def test_an_empty_placeholder_with_a_wall_script_is_paywalled_unless_switched_off() -> None:
    mounted = (
        '<div id="paidArea" class="paid-placeholder"></div>'
        '<script>loadPaywall({target: "#paidArea"});</script>'
    )
    assert after_lead(mounted, [LEAD]) == "paywalled"
    off = (
        '<div id="paidArea" class="paid-placeholder"></div>'
        "<script>var paywall = {enabled: false};</script>"
    )
    assert after_lead(off, [LEAD]) == "free"
    assert after_lead('<div class="paywall-slot"></div>', [LEAD]) == "free"


@pytest.mark.parametrize(
    "box",
    [
        # a meter notice shown with the full text
        '<div class="meter-note"><p>This is your last free article this month. Subscribe now '
        "to keep reading.</p></div>",
        # a rail of other stories for subscribers, with their headlines
        '<div class="premium-rail"><h3>For subscribers</h3><p>Subscribe to read the full '
        'stories below.</p><a href="/a">Harbour board names its new chief engineer</a>'
        '<a href="/b">Ferry fares frozen for a third winter running</a></div>',
        # a newsletter modal
        '<div class="subscription-modal"><p>Subscribe now to keep reading and get access to '
        "the full archive.</p></div>",
        # an app banner, a print credit, a donation appeal
        "<p>Download our app to follow the news on the go.</p>",
        "<p>A version of this article appears in print on Saturday.</p>",
        "<p>Support independent journalism: become a member today.</p>",
        # a site-wide cookie banner
        "<div class='cookie'><p>We use cookies to measure our audience.</p></div>",
    ],
)
def test_look_alikes_after_a_full_text_stay_free(box: str) -> None:
    full = [LEAD, SECOND, *MORE]
    assert after_lead(box, full) == "free"


def test_a_far_read_more_link_is_a_rail_not_a_teaser() -> None:
    rail = "".join(f"<p>Item {i} of the listing below</p>" for i in range(6))
    box = f'{rail}<p><a href="https://other.example/x">Read more on the other site</a></p>'
    assert after_lead(box, [LEAD, SECOND, *MORE]) == "free"


def test_a_long_chinese_text_flagged_not_free_is_read_in_full() -> None:
    # word counts measure Chinese in characters: 1,000 characters are an article, not a lead
    text = [ZH_LEAD * 6, ZH_SECOND * 8, ZH_LEAD * 6, ZH_SECOND * 8]
    assert sum(len(t) for t in text) > 1000
    head = '<meta itemprop="isAccessibleForFree" content="false">'
    html = page(text, head=head, lang="zh")
    assert access(html, "\n".join(text)) == "free"
    assert access(page([ZH_LEAD], head=head, lang="zh"), ZH_LEAD) == "paywalled"


def test_strip_wall_keeps_the_lead_of_a_line_run_into_the_pointer() -> None:
    line = f"{LEAD} Read the rest of this article in our app. App Store Google Play"
    assert strip_wall(line) == LEAD


def test_a_walled_page_with_a_one_sentence_lead_is_kept_with_its_headline() -> None:
    html = (
        '<html lang="zh-Hant"><head><title>東環高架下月分段封閉</title></head><body>'
        "<h1>東環高架下月分段封閉</h1><div class='story'>"
        "<p>市交通局昨日宣布，東環高架將於下月起分段封閉施工，預計工期為八個月。</p>"
        "<p>下載本報APP，看完整內容</p></div></body></html>"
    )
    article: Any = extract(
        html, "https://daily.example.tw/news/1", first_seen=datetime(2027, 1, 5, tzinfo=UTC)
    )
    assert article.access == "truncated"
    assert article.title == "東環高架下月分段封閉"
    assert "東環高架將於下月起分段封閉施工" in article.text


def test_a_paywalled_page_keeps_what_the_reader_sees_not_the_hidden_rest() -> None:
    hidden = "".join(f"<p>{p}</p>" for p in MORE)
    wall = '<div class="end-preview"><p>Become a member to read the full story.</p></div>'
    html = (
        '<html lang="en"><head><title>Lock to close</title></head><body><article>'
        f'<h1>Lock to close</h1><div class="text"><p>{LEAD}</p>{wall}'
        f'<div class="rest" aria-hidden="true" style="display:none">{hidden}</div></div>'
        "</article></body></html>"
    )
    # the extractor may keep the hidden rest and even leave the visible lead out
    tree = _parse(html)
    found = detect_access(tree, {}, {}, "\n\n".join(MORE))
    assert found.signal == "hidden-text"
    assert shown_text("\n\n".join(MORE), found.hidden) == LEAD
    assert shown_text(LEAD, detect_access(_parse(page([LEAD, *MORE])), {}, {}, LEAD).hidden) == ""


def test_hidden_text_away_from_the_body_leaves_the_body_alone() -> None:
    # a hidden cookie modal of two paragraphs, far from the article: not the article's rest
    modal = (
        '<div class="consent" style="display:none"><p>We use cookies to measure our audience '
        "and to show you relevant offers.</p><p>You can change your choices at any time in "
        "the privacy settings of this site.</p></div>"
    )
    html = page([LEAD, SECOND], before=modal)
    tree = _parse(html)
    hidden = tree.xpath("//div[@class='consent']")[0]
    assert shown_text(f"{LEAD}\n\n{SECOND}", hidden) == ""


@pytest.mark.parametrize(
    ("closing", "lang"),
    [
        # a pointer to a document, an attachment, a transcript, a recording or another version
        # of the site: the commonest ending of an official notice, never the rest of this story
        ("《办法》全文见国家网信办网站。", "zh"),
        ("全文请见附件。", "zh"),
        ("（全文见附件）", "zh"),
        ("The full text of the measures is available on the ministry website.", "en"),
        ("Watch the full interview on our podcast.", "en"),
        ("This is an edited transcript. Listen to the full conversation on our podcast.", "en"),
        ("View the full version of this site", "en"),
    ],
)
def test_a_pointer_to_a_document_or_recording_is_no_teaser(closing: str, lang: str) -> None:
    full = [ZH_LEAD * 3, ZH_SECOND * 4, ZH_LEAD * 2] if lang == "zh" else [LEAD, SECOND, *MORE]
    assert after_lead(f"<p>{closing}</p>", full, lang) == "free"
    assert access(page([*full, closing], lang=lang), "\n".join([*full, closing])) == "free"


@pytest.mark.parametrize(
    "closing",
    [
        # the unlocked object is not this article: comments, features, journalism in general,
        # a newsletter, an app; or the words are the article's own prose on a long text
        "Sign up for our newsletter to keep reading the best of our journalism every morning.",
        "Become a member to keep reading independent journalism, free for everyone.",
        "Log in to view the full discussion.",
        "Sign in to read the full comment thread.",
        "Join the conversation: sign in to continue reading comments.",
        "Create a free account to access this and other features.",
        "Sign up for our app to read on the go.",
        "Publishers say the banner asking readers to subscribe to continue reading now converts "
        "fewer visitors than it did five years ago.",
    ],
)
def test_wall_look_alikes_after_a_long_full_text_stay_free(closing: str) -> None:
    full = [LEAD, SECOND, *MORE, *MORE]
    assert after_lead(f"<p>{closing}</p>", full) == "free"
    assert access(page([*full, closing]), "\n".join([*full, closing])) == "free"


def test_a_stated_word_count_in_characters_matches_a_whole_chinese_text() -> None:
    # a complete Chinese article whose JSON-LD wordCount is its length in characters
    text = [ZH_LEAD * 4, ZH_SECOND * 5, ZH_LEAD * 3, ZH_SECOND * 4]
    chars = sum(len(t) for t in text)
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
        f'"wordCount": {chars}}}</script>'
    )
    assert access(page(text, head=head, lang="zh"), "\n".join(text)) == "free"


@pytest.mark.parametrize(
    ("lead", "wall"),
    [
        (f"{LEAD} {SECOND}", "Subscribe to continue reading."),
        (ZH_LEAD + ZH_SECOND, "开通会员即可阅读全文"),
    ],
)
def test_strip_wall_cuts_a_wall_sentence_off_a_long_lead_line(lead: str, wall: str) -> None:
    assert strip_wall(f"{lead} {wall}".replace("。 ", "。")) == lead
