"""Teasers read by their structure, and the box that asks against the box that points.

A truncated page shows a short text, then a block set apart from the story's paragraphs whose
sentence says the whole story is elsewhere (an app, a partner, print, a recording) and asks for
no account or payment; a wall's box asks for one. Look-alikes after a short text (a source line,
a pointer to a paper or a report, a coverage label, a related list) stay free. Small pages
written for these tests, in wordings no pattern of the detector lists as a whole phrase.
"""

from __future__ import annotations

from nlp.access import detect_access, structural_reading
from nlp.extract import _page_meta, _parse, extract

URL = "https://courier.example.org/news/ferry"

LEAD = (
    "The island ferry will run a second evening crossing from May, the operator said on "
    "Tuesday, after a winter of complaints from commuters about the last boat leaving at six."
)
SECOND = "The operator said the extra crossing would be reviewed after the summer."
ZH_LEAD = "海岛渡轮将从五月起增开一班晚间航次，运营方周二表示，此前通勤者一冬天都在抱怨末班船太早。"
ZH_SECOND = "运营方称，新增航次将在夏季结束后评估。"
FULL = [
    "The ferry operator has run a single evening crossing since the timetable was cut four "
    "years ago, when fuel prices rose and the council reduced the subsidy for the route.",
    "Commuters who work late shifts on the mainland have had to stay overnight in town or pay "
    "for a water taxi, which costs about ten times the price of a ferry ticket each way.",
    "A petition signed by more than two thousand residents asked the council last autumn to "
    "restore the second crossing, and councillors agreed to share the cost with the operator.",
    "The new crossing will leave the mainland at half past eight, and the operator will add a "
    "third on Friday and Saturday nights during the summer if the bookings justify it.",
    "The council said the subsidy would be paid from the transport budget for two years, after "
    "which the route would be reviewed with the operator and the residents' association.",
]


def page(paragraphs: list[str], after: str = "", lang: str = "en") -> str:
    body = "".join(f'<p class="story-p">{p}</p>' for p in paragraphs)
    return (
        f'<html lang="{lang}"><head><title>Ferry adds an evening crossing</title>'
        '<meta property="og:type" content="article"></head><body>'
        '<header><nav><a href="/">Home</a></nav></header><main><article>'
        f'<h1>Ferry adds an evening crossing</h1><div class="story">{body}{after}</div>'
        "</article></main><footer><p>Island Courier</p></footer></body></html>"
    )


def read(html: str, body: str) -> tuple[str, str]:
    tree = _parse(html)
    meta = _page_meta(tree)
    found = detect_access(tree, meta.ld_article, meta.meta, body)
    return found.value, found.signal


# --- a block set apart, with a link, after a short text: a teaser -------------------------


def test_a_set_apart_block_with_a_link_pointing_to_the_whole_elsewhere_is_truncated() -> None:
    block = (
        '<div class="zz-onward"><p>The remainder of this piece sits with our harbour partner, '
        'the Quay Gazette.</p><a href="https://quay.example.net/ferry">Quay Gazette</a></div>'
    )
    html = page([LEAD, SECOND], after=block)
    assert structural_reading(_parse(html)) == ("truncated", "pointer-block")
    assert read(html, f"{LEAD}\n{SECOND}") == ("truncated", "structure-pointer-block")


def test_a_chinese_pointer_block_to_a_mini_program_is_truncated() -> None:
    block = (
        '<p class="zz-tail">其余完整内容已发在我们的小程序里。'
        '<a href="https://mp.example.cn/ferry">前往小程序</a></p>'
    )
    html = page([ZH_LEAD, ZH_SECOND], after=block, lang="zh")
    assert structural_reading(_parse(html)) == ("truncated", "pointer-block")


def test_a_pointer_line_set_apart_without_a_link_is_truncated() -> None:
    line = '<p class="zz-jump">This report continues in Saturday\'s edition, page 12.</p>'
    html = page([LEAD, SECOND], after=line)
    # the line is the last shown paragraph itself (a sentence of prose), apart by its class
    assert structural_reading(_parse(html)) == ("truncated", "pointer-line")


def test_a_pointer_page_keeps_its_lead_through_the_extractor() -> None:
    block = (
        '<div class="zz-onward"><p>The whole interview is in this week\'s episode of Tide '
        'Talk.</p><a href="https://audio.example.net/tide">Listen</a></div>'
    )
    article = extract(page([LEAD], after=block), URL)
    assert article.access == "truncated"
    assert LEAD in article.text
    # the pointer's sentence and its link's label are no sentences of the article
    assert "Tide Talk" not in article.text
    assert "Listen" not in article.text


def test_a_pointer_line_is_stripped_from_the_stored_text() -> None:
    line = '<p class="zz-jump">This report continues in Saturday\'s edition, page 12.</p>'
    article = extract(page([LEAD, SECOND], after=line), URL)
    assert article.access == "truncated"
    assert SECOND in article.text
    assert "page 12" not in article.text


# --- a box with a button: the box that points and the box that asks ------------------------


def test_a_box_with_a_button_that_points_to_an_app_and_asks_nothing_is_truncated() -> None:
    box = (
        '<div class="zz-app"><p>Timetables and the remainder of this piece are in the '
        'Courier Go app.</p><a class="zz-app__btn" href="courier://ferry">Get Courier Go</a></div>'
    )
    html = page([LEAD], after=box)
    assert read(html, LEAD) == ("truncated", "structure-pointer-block")


def test_a_box_that_asks_for_an_account_is_paywalled_though_it_names_the_whole() -> None:
    box = (
        '<div class="zz-app"><p>Open a Courier account to see the complete piece.</p>'
        '<a class="zz-app__btn" href="/join">Open an account</a></div>'
    )
    html = page([LEAD], after=box)
    assert read(html, LEAD) == ("paywalled", "structure-control-box")


def test_a_box_that_asks_in_spanish_for_an_account_is_paywalled() -> None:
    box = (
        '<section class="zz-muro"><p>Crea tu cuenta gratuita y sigue leyendo la noticia.</p>'
        '<a class="zz-muro__cta" href="/alta">Crear cuenta</a></section>'
    )
    html = page([LEAD], after=box, lang="es")
    assert read(html, LEAD)[0] == "paywalled"


def test_a_box_that_asks_for_a_price_is_paywalled() -> None:
    box = (
        '<div class="zz-app"><p>The rest of this piece: 2 € a month, first month free.</p>'
        "<button>Continue</button></div>"
    )
    html = page([LEAD], after=box)
    assert read(html, LEAD)[0] == "paywalled"


def test_a_wall_line_longer_than_the_lead_is_not_taken_for_the_article() -> None:
    short_lead = "The island ferry will add a second evening crossing from May."
    box = (
        '<div class="zz-lock"><h3>Harbour circle</h3><p>This archive piece is kept for '
        "registered harbour circle readers, so log in with your harbour circle account to go "
        'on.</p><a class="zz-lock__btn" href="/circle">Harbour circle</a></div>'
    )
    html = page([short_lead], after=box)
    assert structural_reading(_parse(html)) == ("paywalled", "control-box")


def test_a_slot_filled_by_a_script_asking_to_sign_in_is_paywalled() -> None:
    slot = (
        '<div id="zz-slot"></div><script>document.getElementById("zz-slot").innerHTML = '
        '"<p>Sign in to Courier Extra to read this.</p>";</script>'
    )
    html = page([LEAD], after=slot)
    assert structural_reading(_parse(html)) == ("paywalled", "script-slot")


def test_a_slot_filled_by_a_script_with_no_access_word_stays_free() -> None:
    slot = (
        '<div id="zz-slot"></div><script>document.getElementById("zz-slot").innerHTML = '
        '"<p>Weather: showers later.</p>";</script>'
    )
    assert structural_reading(_parse(page([LEAD], after=slot))) == ("", "")


# --- look-alikes after a short text stay free ----------------------------------------------

_AFTER_LOOK_ALIKES = {
    "source line": '<p class="zz-src">Source: the operator\'s press release of Tuesday, '
    '<a href="https://ops.example.com/news">ops.example.com</a></p>',
    "the full study": '<p class="zz-src">The full study is published in the Journal of '
    'Island Transport. <a href="https://doi.example.org/1">Read the paper</a></p>',
    "the full report": '<div class="zz-more"><p>The full report of the council is on its '
    'website.</p><a href="https://council.example.gov/r">Council report</a></div>',
    "a coverage label": '<p class="zz-more">Full coverage: <a href="/islands">Islands</a></p>',
    "a related list": '<ul class="zz-rel"><li><a href="/a">Harbour wall repaired</a></li>'
    '<li><a href="/b">Bus timetable changes</a></li></ul>',
    "a read-more rail": '<div class="zz-rail"><p>Read more: <a href="/c">Council sets the '
    "ferry subsidy for two years</a></p></div>",
    "a full statement": '<p class="zz-src">The operator\'s full statement is on its site. '
    '<a href="https://ops.example.com/s">Statement</a></p>',
    "a credit": '<p class="zz-credit">Photo: Island Courier. <a href="/photos">Photos</a></p>',
    # a stem of the whole with no story object or no place: news, not a pointer
    "a developing story": '<p class="zz-note">This story is developing and will continue to '
    "be updated.</p>",
    "check back later": '<p class="zz-note">Check back later for the full story.</p>',
    "to follow": '<p class="zz-note">Full story to follow.</p>',
    "full details elsewhere": '<div class="zz-more"><p>Full details are on the ministry\'s '
    'website.</p><a href="https://gov.example.org/ferry">Ministry</a></div>',
    "a complete list": '<p class="zz-more">The complete list is available here. '
    '<a href="/list">List</a></p>',
    "an update": '<p class="zz-update">Update: the repairs were completed on Friday, the '
    "operator said.</p>",
    "not finished (zh)": '<p class="zz-note">码头维修工程尚未完成，运营方说。</p>',
    "à la suite de": '<p class="zz-note">À la suite de l\'accident, le quai reste fermé.</p>',
    "del resto": '<p class="zz-note">Del resto, el operador no dijo nada más.</p>',
    "protests continue": '<p class="zz-note">Protests continue in the harbour town.</p>',
    "the rest is history": '<p class="zz-note">The rest is history.</p>',
    "full disclosure": '<p class="zz-note">Full disclosure: the writer commutes on the ferry.</p>',
    # page furniture (a gallery link, a related box, a share box) is read before any pointer
    "a gallery link": '<div class="gallery-link"><p>See the full gallery of photos.</p>'
    '<a href="/gallery">Gallery</a></div>',
    "a related series": '<div class="related"><p>The whole series is online.</p>'
    '<a href="/series">Series</a></div>',
    "a share box": '<div class="zz-share share"><p>Send the full story to a friend from the '
    'Courier app.</p><a href="/share">Share</a></div>',
    # an empty slot whose script names no access in its strings (only in its code)
    "a consent script": '<div id="zz-slot"></div><script>rememberConsent("ferry");</script>',
    "a service worker": '<div id="zz-slot"></div><script>'
    'navigator.serviceWorker.register("/sw.js");</script>',
    "a config": '<div id="zz-slot"></div><script>var cfg = {requireLogin: false, '
    'slot: "zz-slot"};</script>',
}


def _brief_page() -> str:
    # a plain two-paragraph brief whose lead carries one more class (a drop cap)
    return (
        page([LEAD, SECOND])
        .replace('<p class="story-p">The island', '<p class="story-p dropcap">The island', 1)
        .replace(
            SECOND,
            "Talks with the council on the subsidy will continue next week, a spokesman said.",
        )
    )


LOOK_ALIKES = {
    **{name: page([LEAD, SECOND], after=extra) for name, extra in _AFTER_LOOK_ALIKES.items()},
    "a brief with a drop-cap lead": _brief_page(),
    # a pointer to an official document, the commonest ending of an official notice
    "the gazette (zh)": page(
        [ZH_LEAD, ZH_SECOND], after='<p class="zz-src">全文见国务院公报。</p>', lang="zh"
    ),
    "a notice on a public account (zh)": page(
        [ZH_LEAD, ZH_SECOND],
        after='<p class="zz-src">全文见网信办公众号发布的公告。</p>',
        lang="zh",
    ),
    "the regulator's site (zh)": page(
        [ZH_LEAD, ZH_SECOND],
        after='<p class="zz-src">全文见国家网信办网站。<a href="https://www.example.cn/">'
        "网信办</a></p>",
        lang="zh",
    ),
}


def test_look_alikes_after_a_short_text_stay_free() -> None:
    flagged = {name: structural_reading(_parse(html)) for name, html in LOOK_ALIKES.items()}
    assert flagged == dict.fromkeys(LOOK_ALIKES, ("", ""))


def test_a_pointer_that_names_a_topic_word_is_no_ask() -> None:
    # trial, pay, price, access as the story's topic; "no account needed": nothing asked
    for sentence in (
        "The full story of the trial continues in Saturday's print edition, page 3.",
        "The rest of this piece, on the price of a water taxi, is in the Courier app.",
        "The rest of this piece is in the Courier app, no account needed.",
    ):
        block = f'<div class="zz-onward"><p>{sentence}</p><a href="/x">Courier</a></div>'
        assert structural_reading(_parse(page([LEAD, SECOND], after=block))) == (
            "truncated",
            "pointer-block",
        ), sentence


def test_a_page_jump_over_a_subscribe_button_is_truncated() -> None:
    # the button's label is no ask of the box; the sentence's "account" is the hearing's
    box = (
        '<div class="zz-jump"><p>The full account of the hearing continues in Saturday\'s '
        'print edition, page 3.</p><a class="zz-jump__btn" href="/print">Subscribe to the '
        "print edition</a></div>"
    )
    assert read(page([LEAD], after=box), LEAD)[0] == "truncated"


def test_a_wall_page_whose_lead_speaks_of_members_stays_paywalled() -> None:
    # the story's container holds a button somewhere: it is no small box of controls, and its
    # lead (about council members) stays the article's prose
    lead = "Members of the island council voted on Tuesday to add a second evening ferry."
    box = (
        '<div class="zz-lock"><p>Subscribe to keep reading.</p>'
        '<a class="zz-lock__btn" href="/join">Subscribe</a></div>'
    )
    html = page([lead], after=box)
    assert structural_reading(_parse(html)) == ("paywalled", "control-box")


def test_a_pointer_line_after_a_wall_box_is_read_as_the_wall() -> None:
    # the wall checks after the last paragraph come first: a pointer-like last line before a
    # control box asking for a subscription is the wall's page
    line = '<p class="zz-jump">The full story continues in the Courier app.</p>'
    box = (
        '<div class="zz-lock"><p>Subscribe to keep reading.</p>'
        '<a class="zz-lock__btn" href="/join">Subscribe</a></div>'
    )
    assert structural_reading(_parse(page([LEAD, SECOND], after=line + box))) == (
        "paywalled",
        "control-box",
    )


def test_a_pointer_sentence_among_the_story_paragraphs_is_no_pointer_line() -> None:
    # the same class as the paragraph before it: no structure says it is apart
    last = "The rest of the timetable changes continue through the summer season."
    html = page([LEAD, last])
    assert structural_reading(_parse(html)) == ("", "")


def test_a_full_article_with_a_pointer_block_at_its_end_stays_free() -> None:
    block = (
        '<div class="zz-onward"><p>The complete timetable continues on the operator\'s '
        'site.</p><a href="https://ops.example.com/t">Timetable</a></div>'
    )
    article = extract(page([LEAD, *FULL], after=block), URL)
    assert article.access == "free"
    assert FULL[-1] in article.text


def test_structured_data_over_an_article_sized_text_whose_part_is_absent_is_free() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry adds '
        'an evening crossing", "isAccessibleForFree": false, "hasPart": {"@type": '
        '"WebPageElement", "isAccessibleForFree": false, "cssSelector": ".zz-locked"}}</script>'
    )
    html = page([LEAD, *FULL]).replace("</head>", ld + "</head>")
    body = "\n".join([LEAD, *FULL])
    assert read(html, body) == ("free", "")
    # the same flag over a lead alone is believed
    assert read(html, LEAD) == ("paywalled", "structured-data")


def test_a_read_the_original_line_that_signs_up_for_an_event_stays_free() -> None:
    # 阅读原文 is the link under every public-account post, wherever it leads (here a sign-up
    # form): "the original" says nothing of the rest; 完整 / 全文 do
    line = '<p style="color:#888">点击阅读原文，报名参加本周六的渡口清洁活动。</p>'
    html = page([ZH_LEAD, ZH_SECOND], after=line, lang="zh")
    assert structural_reading(_parse(html)) == ("", "")
    # the same grey line pointing to the rest of the piece is a pointer line
    rest = '<p style="color:#888">完整内容请点击阅读原文查看。</p>'
    assert structural_reading(_parse(page([ZH_LEAD, ZH_SECOND], after=rest, lang="zh")))[0] == (
        "truncated"
    )
