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


def test_a_card_after_a_full_text_stays_free() -> None:
    full = " ".join([LEAD] * 5)
    card = (
        '<a class="tile" href="https://tv.example.net/marina"><span>Echo TV</span>'
        "<span>See the complete episode notes in the Echo app</span></a>"
    )
    article = extract(page(card, lead=full), URL)
    assert article.access == "free"
