"""A teaser's final block in every markup: a card, a link ending the last paragraph, a page jump,
a boxed link whose label names the place, an end note, a button box.

After a short shown text, the last block sends the reader elsewhere for the rest of this story:
the continuation said without naming the story (the rest, part two, continúa en, 下转, 节选), or the
whole of a piece of any kind on the outlet's own carrier (its app, print, this issue, a partner).
Look-alikes name no carrier, or a document, or stand among the story's paragraphs. Small pages
written for these tests.
"""

from __future__ import annotations

import pytest

from nlp.access import structural_reading
from nlp.extract import _parse, extract

URL = "https://lakeside-echo.example/2027/05/marina"
LEAD = (
    "The marina's new fuel dock opened on Friday after two years of delays, the harbour board "
    "said, with electric charging points for small boats to follow in the autumn."
)
ZH_LEAD = "湖滨码头新加油站周五启用，港务委员会表示，小型船只充电桩将在秋季投入使用。"


def page(after: str, lead: str = LEAD, lang: str = "en", inline: str = "") -> str:
    return (
        f'<html lang="{lang}"><head><title>Fuel dock opens</title></head><body><main><article>'
        f'<h1>Fuel dock opens</h1><div class="copy"><p>{lead}</p>'
        f"{f'<p>{inline}</p>' if inline else ''}{after}</div></article></main></body></html>"
    )


def reading(html: str) -> tuple[str, str]:
    return structural_reading(_parse(html))


@pytest.mark.parametrize(
    ("name", "after", "lead", "lang"),
    [
        (
            "a card, its call to action inside the link",
            '<a class="tile" href="https://tv.example.net/marina"><span class="tile__k">Echo TV'
            '</span><b>Fuel dock opens</b><span class="tile__go">See the complete episode notes '
            "in the Echo app</span></a>",
            LEAD,
            "en",
        ),
        (
            "a boxed link whose label names the place",
            '<div class="onward"><p>Die Fortsetzung dieses Berichts: <a href="/epaper/B2">'
            "Seite 12</a></p></div>",
            LEAD,
            "en",
        ),
        (
            "the rest read elsewhere, the host in the link",
            '<div class="onward"><p>This piece comes from the Valley Post. Get the rest at '
            '<a href="https://valleypost.example/dock">valleypost.example</a></p></div>',
            LEAD,
            "en",
        ),
        (
            "part two in print, over a button",
            '<div class="onward"><p>Part two of this series runs in Saturday\'s print edition.'
            '</p><a class="onward__btn" href="/shops">Where to buy</a></div>',
            LEAD,
            "en",
        ),
        (
            "an end note: the whole of a forecast in the app",
            '<p class="endnote"><em>The rest of this outlook is in the Lakeside Echo app.</em></p>',
            LEAD,
            "en",
        ),
        (
            "a page jump in Chinese",
            '<p class="tiaoban"><em>（下转第5版）</em></p>',
            ZH_LEAD,
            "zh",
        ),
        (
            "an excerpt and the original behind a link",
            '<div class="yuanwen"><p>以上内容为节选，完整名单见 <a href="https://src.example.cn/a">'
            "阅读原文</a></p></div>",
            ZH_LEAD,
            "zh",
        ),
        (
            "continúa en nuestra web",
            '<div class="sigue"><p>La información continúa en nuestra web de motor, '
            '<a href="https://motor.example.es/">Eco Motor</a></p></div>',
            LEAD,
            "en",
        ),
        (
            "a button box naming the outlet's paper copy",
            '<div class="xu"><p>完整报道刊于今日本报纸本第6版。</p><a class="xu-btn" href="#">'
            "查看零售点</a></div>",
            ZH_LEAD,
            "zh",
        ),
    ],
)
def test_a_final_block_that_sends_the_reader_to_the_rest_is_truncated(
    name: str, after: str, lead: str, lang: str
) -> None:
    value, signal = reading(page(after, lead, lang))
    assert value == "truncated", name
    assert signal.startswith("pointer-"), name


def test_a_link_ending_the_last_paragraph_is_a_pointer_link() -> None:
    inline = (
        'Boat owners queued from dawn. <a class="more" href="https://live.example.net/dock">'
        "Follow the full live page with every update</a>"
    )
    assert reading(page("", inline=inline)) == ("truncated", "pointer-link")


def test_a_chinese_link_ending_the_last_paragraph_is_a_pointer_link() -> None:
    inline = '船主们一早就排起了长队。<a href="echoapp://dock">打开湖滨APP阅读完整报道</a>'
    assert reading(page("", lead=ZH_LEAD, lang="zh", inline=inline)) == (
        "truncated",
        "pointer-link",
    )


def test_the_pointer_link_page_keeps_its_lead_through_the_extractor() -> None:
    inline = (
        'Boat owners queued from dawn. <a class="more" href="https://live.example.net/dock">'
        "Follow the full live page with every update</a>"
    )
    article = extract(page("", inline=inline), URL)
    assert article.access == "truncated"
    assert LEAD in article.text


# --- look-alikes: stay free ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "after", "inline"),
    [
        # the whole of something with no carrier of the outlet's: a list, the details
        (
            "a complete list here",
            '<p class="more">The complete timetable is posted here. <a href="/t">Timetable</a></p>',
            "",
        ),
        (
            "details on a ministry site",
            '<div class="more"><p>Full details are on the harbour '
            'board\'s website.</p><a href="https://board.example.org/">Board</a></div>',
            "",
        ),
        # a document, a study, a statement (source objects) on a carrier
        (
            "a study in print",
            '<p class="src">The complete study appears in the spring issue of '
            'the Boating Review. <a href="/r">Review</a></p>',
            "",
        ),
        # a card to another story with no place
        (
            "a related card",
            '<a class="tile" href="/other"><span>Related</span><b>Moorings fees '
            "frozen</b><span>Read the full story</span></a>",
            "",
        ),
        # a link ending the paragraph that names no whole and no continuation
        (
            "a source link",
            "",
            'Boat owners queued from dawn. <a href="https://board.example.org/'
            'n">Harbour board notice of 3 May</a>',
        ),
        # a link ending the paragraph to a document's full text
        (
            "the full text of the byelaws",
            "",
            'Boat owners queued from dawn. <a href="https://'
            'board.example.org/b">Read the full text of the byelaws</a>',
        ),
        # a continuation word inside the story's own sentence, no place
        ("part two of a plan", '<p class="note">Part two of the plan starts next year.</p>', ""),
        # a reprint credit line, no continuation
        ("a reprint credit (zh)", '<p class="src">本文转载自湖滨日报公众号。</p>', ""),
    ],
)
def test_look_alike_final_blocks_stay_free(name: str, after: str, inline: str) -> None:
    assert reading(page(after, inline=inline)) == ("", ""), name


def test_a_related_card_after_a_short_item_stays_free() -> None:
    # a short item, so the card rule is reached: a related-story card (furniture) that has a
    # place and a continuation in its text is no pointer
    card = (
        '<a class="related-story" href="/series/2">Part two of this series runs tomorrow on our '
        "website</a>"
    )
    assert reading(page(card)) == ("", "")


def test_a_veiled_card_after_a_short_item_stays_free() -> None:
    card = (
        '<a class="tile" style="display:none" href="https://tv.example.net/marina"><span>Echo TV'
        "</span><span>See the complete episode notes in the Echo app</span></a>"
    )
    assert reading(page(card)) == ("", "")


# --- words that only look like a carrier, a jump or an excerpt ------------------------------


@pytest.mark.parametrize(
    ("name", "after", "lead", "lang"),
    [
        # "app" inside approved, appeal, happy is no app; "entire issue" is no issue of print
        (
            "the full budget approved",
            '<p class="note"><em>The full budget was approved by parliament on Tuesday.</em></p>',
            LEAD,
            "en",
        ),
        (
            "the entire issue",
            '<p class="note"><em>Lawmakers will debate the entire issue next week.</em></p>',
            LEAD,
            "en",
        ),
        (
            "the complete appeal",
            '<p class="note"><em>The complete appeal made owners happy, the board said.</em></p>',
            LEAD,
            "en",
        ),
        # 接第 / 转第 inside other words, no page number
        (
            "迎接第",
            '<p class="note"><em>码头将迎接第一批游客，详情见本报客户端。</em></p>',
            ZH_LEAD,
            "zh",
        ),
        (
            "转第三方",
            '<p class="note"><em>运营权将转第三方公司，方案刊于本报客户端。</em></p>',
            ZH_LEAD,
            "zh",
        ),
        # an excerpt credit: 节选 naming a source, not the whole of this story
        (
            "an excerpt credit",
            '<p class="src"><em>本文节选自《湖滨周刊》。</em></p>',
            ZH_LEAD,
            "zh",
        ),
    ],
)
def test_words_that_only_look_like_a_carrier_stay_free(
    name: str, after: str, lead: str, lang: str
) -> None:
    assert reading(page(after, lead, lang)) == ("", ""), name


def test_a_page_jump_with_its_page_number_stays_truncated() -> None:
    for jump in ("（下转第5版）", "（转A3版）", "（接第2版）"):
        after = f'<p class="tiaoban"><em>{jump}</em></p>'
        assert reading(page(after, ZH_LEAD, "zh"))[0] == "truncated", jump


def test_an_app_named_in_chinese_script_is_still_an_app() -> None:
    after = '<p class="endnote"><em>完整报道请见湖滨APP。</em></p>'
    assert reading(page(after, ZH_LEAD, "zh"))[0] == "truncated"


# --- a link ending the last paragraph: related reading, not the rest ----------------------

SITE_URL = "https://lakeside-echo.example/2027/05/marina"


@pytest.mark.parametrize(
    "label",
    [
        "See the full forecast",
        "Read our full explainer",
        "See the full list of approved schools",
    ],
)
def test_a_related_reading_link_to_the_own_site_stays_free(label: str) -> None:
    inline = (
        'Boat owners queued from dawn. <a href="https://lakeside-echo.example/2027/05/x">'
        f"{label}</a>"
    )
    assert structural_reading(_parse(page("", inline=inline)), SITE_URL) == ("", ""), label


def test_a_link_to_another_host_with_the_rest_is_still_a_pointer_link() -> None:
    inline = (
        'Boat owners queued from dawn. <a href="https://valleypost.example/dock">'
        "Read the rest at the Valley Post</a>"
    )
    assert structural_reading(_parse(page("", inline=inline)), SITE_URL) == (
        "truncated",
        "pointer-link",
    )


def test_a_pointer_links_label_is_cut_from_the_stored_text_its_sentence_kept() -> None:
    sentence = "Boat owners queued from dawn."
    inline = (
        f'{sentence} <a class="more" href="https://live.example.net/dock">'
        "Follow the full live page with every update</a>"
    )
    article = extract(page("", inline=inline), URL)
    assert article.access == "truncated"
    assert sentence in article.text
    assert "live page" not in article.text


def test_a_chinese_pointer_links_label_and_its_dangling_ask_are_cut() -> None:
    sentence = "船主们一早就排起了长队。"
    inline = f'{sentence}阅读全文请访问<a href="https://echo.example.cn/a">湖滨观察网全文页面</a>'
    article = extract(page("", lead=ZH_LEAD, lang="zh", inline=inline), URL)
    assert article.access == "truncated"
    assert sentence in article.text
    assert "湖滨观察网" not in article.text
    assert "请访问" not in article.text
