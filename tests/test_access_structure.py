"""The structural reading of access: a page that shows less than the article, read from its
markup and not from its wording (small pages written for these tests; the boxes' words are
invented on purpose, so that no wording pattern can be what finds them)."""

from __future__ import annotations

import pytest

from nlp.access import detect_access, structural_reading
from nlp.extract import ExtractionError, _page_meta, _parse, extract

URL = "https://herald.example.org/news/library"

LEAD = (
    "The county library will open its reading rooms on Sunday afternoons from March, after "
    "volunteers offered to staff the desks for a trial of six months."
)
SECOND = "Librarians said the trial would be judged on how many visitors come through the doors."
MORE = [
    "The reading rooms have closed at noon on Saturdays for more than twenty years, a rule set "
    "when the county cut the library budget after the flood that damaged the old archive.",
    "Volunteers from the local history society will take the desk shifts, after a short course "
    "on the lending system and on the rules for handling the oldest maps and parish records.",
    "The library board expects about sixty visitors each Sunday, mostly students and families, "
    "and will publish the counts every month on the notice board in the entrance hall.",
    "If the trial goes well, the board wants to open on Sunday mornings too, and has asked the "
    "county for money to pay one librarian to supervise the volunteers on both days.",
    "Two neighbouring towns run their libraries with volunteers on weekends already, and their "
    "librarians said the visitors had grown steadily over the first year of opening.",
]
ZH_LEAD = "市图书馆将从三月起在周日下午开放阅览室，志愿者将在试行的六个月里值守服务台。"
ZH_FLASH = [
    "市图书馆将从三月起在周日下午开放阅览室，志愿者将在试行的六个月里值守服务台。",
    "馆方表示，试行效果将以到馆人数衡量，每月在入口公告栏公布统计结果。",
    "如果试行顺利，馆方计划明年起在周日上午也开放，并已向市里申请经费聘请一名馆员。",
]


def zh_page(paragraphs: list[str], after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<html lang="zh"><head><title>图书馆周日开放</title></head><body><main><article>'
        f'<h1>图书馆周日开放</h1><div class="story">{body}{after}</div></article></main>'
        "</body></html>"
    )


# a box with an access word and a control, nothing of a wall's wording ("Members" and "Sign
# in" alone unlock nothing for the wording path: only the structure can find it)
BOX = '<div class="zz-box"><h3>Members</h3><button>Sign in</button></div>'
ARTICLE_HEAD = '<meta property="og:type" content="article">'


def page(paragraphs: list[str], after: str = "", head: str = "", aside: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="en"><head><title>Library opens on Sundays</title>{head}</head><body>'
        '<header><nav><a href="/">Home</a></nav></header><main><article>'
        f'<h1>Library opens on Sundays</h1><div class="story">{body}{after}</div></article>'
        f"<aside>{aside}</aside></main><footer><p>County Herald</p></footer></body></html>"
    )


def read(html: str, body: str) -> tuple[str, str]:
    tree = _parse(html)
    meta = _page_meta(tree)
    found = detect_access(tree, meta.ld_article, meta.meta, body)
    return found.value, found.signal


def test_a_rest_hidden_by_its_own_style_after_a_short_lead_is_paywalled() -> None:
    hidden = f'<div style="display:none"><p>{MORE[0]}</p><p>{MORE[1]}</p></div>'
    html = page([LEAD, SECOND], after=hidden)
    assert structural_reading(_parse(html)) == ("paywalled", "hidden-rest")
    assert read(html, f"{LEAD}\n{SECOND}") == ("paywalled", "structure-hidden-rest")


def test_the_stored_text_of_a_hidden_rest_page_is_what_the_reader_sees() -> None:
    hidden = f'<div class="zz-rest"><p>{MORE[0]}</p><p>{MORE[1]}</p></div>'
    style = "<style>.zz-rest{display:none}</style>"
    article = extract(page([LEAD], after=hidden, head=ARTICLE_HEAD + style), URL)
    assert article.access == "paywalled"
    assert LEAD in article.text
    assert MORE[0] not in article.text


def test_a_rest_hidden_by_a_class_of_the_pages_stylesheet_is_paywalled() -> None:
    hidden = f'<div class="zz-rest"><p>{MORE[0]}</p></div>'
    html = page([LEAD], after=hidden, head="<style>.zz-rest{display:none}</style>")
    assert structural_reading(_parse(html)) == ("paywalled", "hidden-rest")
    listed = "<style>.zz-a, .zz-rest { display: none }</style>"
    assert structural_reading(_parse(page([LEAD], after=hidden, head=listed)))[0] == "paywalled"


def test_a_class_hidden_only_in_a_state_or_in_print_is_no_rest() -> None:
    hidden = f'<div class="zz-rest"><p>{MORE[0]}</p></div>'
    for css in (
        ".menu-open .zz-rest{filter:blur(3px)}",
        "@media print{.zz-rest{display:none}}",
        ".zz-rest:hover{display:none}",
    ):
        html = page([LEAD], after=hidden, head=f"<style>{css}</style>")
        assert structural_reading(_parse(html)) == ("", ""), css


def test_a_rest_blurred_by_a_filter_is_paywalled() -> None:
    blurred = f'<div style="filter: blur(5px)"><p>{MORE[0]}</p><p>{MORE[1]}</p></div>'
    assert structural_reading(_parse(page([LEAD], after=blurred))) == ("paywalled", "hidden-rest")


def test_a_box_of_controls_with_an_access_word_after_a_short_lead_is_paywalled() -> None:
    assert structural_reading(_parse(page([LEAD], after=BOX))) == ("paywalled", "control-box")
    link_button = '<aside class="zz"><p>Snee.</p><a class="zz-btn" href="/x">Log in</a></aside>'
    assert structural_reading(_parse(page([LEAD], after=link_button)))[0] == "paywalled"


def test_a_chinese_box_of_controls_after_a_short_lead_is_paywalled() -> None:
    box = '<div class="zz-box"><p>会员专区</p><button>登录</button></div>'
    assert structural_reading(_parse(zh_page([ZH_LEAD], after=box))) == ("paywalled", "control-box")


def test_a_chinese_lead_of_article_length_is_not_short() -> None:
    # about 160 characters (80 words at two characters a word): no structural reading; half of
    # it (about 40 words) is short
    box = '<div class="zz-box"><p>会员专区</p><button>登录</button></div>'
    assert structural_reading(_parse(zh_page([ZH_LEAD * 2], after=box)))[0] == "paywalled"
    assert structural_reading(_parse(zh_page([ZH_LEAD * 4], after=box))) == ("", "")


def test_an_empty_slot_a_wall_script_fills_after_the_lead_is_paywalled() -> None:
    slot = '<div id="zz-slot"></div><script>zz.innerHTML = paywall.render("/zz");</script>'
    assert structural_reading(_parse(page([LEAD], after=slot))) == ("paywalled", "script-slot")


def test_an_ad_slot_or_a_chart_a_script_fills_is_no_wall() -> None:
    for code in ("slot.innerHTML = ads.render('mpu');", "chart.innerHTML = drawChart(data);"):
        slot = f'<div id="zz-slot"></div><script>{code}</script>'
        assert structural_reading(_parse(page([LEAD], after=slot))) == ("", ""), code


def test_a_last_paragraph_cut_in_an_ellipsis_before_a_link_is_truncated() -> None:
    cut = "Librarians said the trial would be judged on how many visitors come through the…"
    link = '<p><a href="/library-sundays-full">Quomp</a></p>'
    assert structural_reading(_parse(page([LEAD, cut], after=link))) == (
        "truncated",
        "cut-sentence",
    )
    # with nothing to go on with, an ellipsis is the writer's
    assert structural_reading(_parse(page([LEAD, cut]))) == ("", "")


def test_a_quote_ending_in_an_ellipsis_followed_by_a_paragraph_is_free() -> None:
    quote = "“We will see how it goes, and then there is the budget, and more…”"
    html = page([LEAD, quote], after="<p>He declined to comment.</p><button>Quomp</button>")
    assert structural_reading(_parse(html)) == ("", "")


def test_a_box_of_controls_pointing_elsewhere_is_a_teaser() -> None:
    # "read the full story" inside the box's own text, not at a line start, and no place named:
    # neither the wording path's teaser test nor the pointer block sees it; the structure's
    # teaser branch (a teaser wording anywhere in the control box) does
    box = (
        '<div class="zz-box"><p>Night readers read the full story later</p>'
        "<button>Go</button></div>"
    )
    assert read(page([LEAD], after=box), LEAD) == ("truncated", "structure-control-box")


def test_a_short_box_asking_subscribers_to_read_the_full_story_is_a_wall() -> None:
    box = '<div class="zz-box"><p>Subscribers read the full story</p><button>Go</button></div>'
    assert read(page([LEAD], after=box), LEAD) == ("paywalled", "structure-control-box")


def test_a_one_paragraph_article_page_with_a_control_box_is_kept_with_its_lead() -> None:
    article = extract(page([LEAD], after=BOX, head=ARTICLE_HEAD), URL)
    assert article.access == "paywalled"
    assert LEAD in article.text


def test_a_gallery_or_a_card_hub_with_no_text_is_no_article() -> None:
    caption = "<p>The mayor opened the new footbridge over the river on Tuesday morning.</p>"
    controls = '<div class="zz"><p>Members</p><a class="btn" href="/save">Log in</a></div>'
    gallery = (
        "<html><head><title>Bridge opening in pictures</title></head><body><div class='zz-pics'>"
        f"<figure><img src='a.jpg'></figure>{caption}{controls}</div></body></html>"
    )
    hub = (
        "<html><head><title>Transport</title></head><body><div class='cards'><div class='card'>"
        f"<h2><a href='/b'>Bridge</a></h2>{caption}{controls}</div></div></body></html>"
    )
    for html in (gallery, hub):
        assert structural_reading(_parse(html)) == ("paywalled", "control-box")
        with pytest.raises(ExtractionError) as raised:
            extract(html, URL)
        assert raised.value.reason == "no-article-text"


def test_a_full_text_with_a_form_or_a_button_box_after_it_stays_free() -> None:
    full = [LEAD, SECOND, *MORE]
    form = (
        '<div class="zz-card"><p>Snee</p><form><input type="password"><button>Log in</button>'
        "</form></div>"
    )
    for after in (BOX, form):
        assert read(page(full, after=after), "\n".join(full)) == ("free", "")


def test_a_full_text_split_over_many_containers_is_kept_free_by_its_body() -> None:
    # one paragraph to a box, the last box holding two and a control box: it alone is short, and
    # only the body's size keeps the page free
    parts = "".join(f"<div><section><p>{p}</p></section></div>" for p in [LEAD, *MORE[:4]])
    html = (
        f"<html><head><title>Library</title></head><body>{parts}<div><section>"
        f"<p>{SECOND}</p><p>{MORE[4]}</p>{BOX}</section></div></body></html>"
    )
    assert structural_reading(_parse(html)) == ("paywalled", "control-box")
    assert read(html, "\n".join([LEAD, *MORE[:4], SECOND, MORE[4]])) == ("free", "")


def test_a_short_page_with_no_control_after_it_stays_free() -> None:
    rail = (
        '<ul class="zz-rail"><li><a href="/a">Ferry fares</a></li>'
        '<li><a href="/b">Bridge</a></li></ul>'
    )
    assert structural_reading(_parse(page([LEAD, SECOND], after=rail))) == ("", "")


# page furniture after a one-sentence lead: controls, even access words, but no wall
FURNITURE = {
    "newsletter": '<div class="zz"><p>Sign up for the morning newsletter</p><form>'
    '<input type="email"><button>Sign up</button></form></div>',
    "search": '<div class="zz"><p>Members directory</p><input type="search"><button>Go</button>'
    "</div>",
    "comments": '<div class="comments"><p>Log in to comment</p><button>Log in</button></div>',
    "poll": '<div class="poll"><p>Should it open?</p><input type="radio" name="v">'
    '<input type="radio" name="v"><button>Vote</button></div>',
    "carousel": '<div class="related"><button>Prev</button><a href="/x">Members ferry</a>'
    "<button>Next</button></div>",
    "share": '<div class="share-bar"><p>Share with members</p><button>Mail</button></div>',
    "gallery": '<div class="gallery-nav"><span>1 / 12</span><a class="btn-next">Next</a></div>',
    "footer": '<footer>Topics: <a class="tag-btn">Members</a></footer>',
    "thanks": '<div class="nl"><form><input type="email"><button>Subscribe</button></form>'
    '<p class="hidden">Thanks for signing up. Look in your inbox for the first issue.</p></div>',
    "accordion": '<div class="faq"><button aria-expanded="false" aria-controls="a1">When?'
    f'</button><div id="a1" hidden><p>{MORE[0]}</p><p>{MORE[1]}</p></div></div>',
    "cookie": '<div role="dialog" aria-modal="true" style="display:none"><p>We use cookies to '
    "count visits. You can refuse them in the settings.</p><button>Accept</button></div>",
    "show-more-after": f'<div id="r1" hidden><p>{MORE[0]}</p><p>{MORE[1]}</p></div>'
    '<button aria-controls="r1" aria-expanded="false">Zork</button>',
    "screen-reader": '<p class="sr-only">This report has an audio version. It runs eight '
    'minutes and is read by the author.</p><div class="zz"><button>Log in</button></div>',
}


def test_page_furniture_after_a_short_lead_stays_free() -> None:
    for name, after in FURNITURE.items():
        html = page([LEAD], after=after)
        assert structural_reading(_parse(html)) == ("", ""), name
        assert read(html, LEAD) == ("free", ""), name


def test_chinese_furniture_after_a_short_flash_stays_free() -> None:
    flash = (
        "财联社12月7日电，国家统计局今日公布，11月份全国居民消费价格同比上涨0.2%，环比下降"
        "0.1%，其中城市上涨0.2%，农村上涨0.1%。"
    )
    share = '<div>分享到： <a class="btn">微信</a> <a class="btn">微博</a></div>'
    expand = '<div><span>…</span><a class="expand-btn" href="#">展开全文</a></div>'
    for after in (share, expand):
        assert structural_reading(_parse(zh_page([flash], after=after))) == ("", ""), after


def test_a_complete_flash_in_sections_with_a_like_bar_stays_free() -> None:
    parts = "".join(f"<section><p>{p}</p></section>" for p in ZH_FLASH)
    bar = '<div class="like"><span>喜欢此内容的人还喜欢</span><button>赞</button><p>会员</p></div>'
    html = (
        '<html lang="zh"><head><title>快讯</title></head><body><div id="js_content">'
        f"{parts}{bar}</div></body></html>"
    )
    assert structural_reading(_parse(html)) == ("", "")


def test_hidden_text_away_from_the_article_is_no_rest() -> None:
    modal = f'<div role="dialog" style="display:none"><p>{MORE[0]}</p><p>{MORE[1]}</p></div>'
    assert structural_reading(_parse(page([LEAD, SECOND], aside=modal))) == ("", "")
    # right after the lead, too: a dialog is not the article's rest
    assert structural_reading(_parse(page([LEAD, SECOND], after=modal))) == ("", "")


def test_hidden_text_holding_no_prose_is_no_rest() -> None:
    label = '<div class="zz"><span class="hidden">Body</span><p>Snee blorp.</p></div>'
    assert structural_reading(_parse(page([LEAD, SECOND], after=label))) == ("", "")


def test_a_drupal_body_field_with_its_label_hidden_stays_free_and_whole() -> None:
    summary = f'<div class="field field--name-field-summary"><p>{LEAD}</p></div>'
    body = "".join(f"<p>{p}</p>" for p in [SECOND, *MORE[:3]])
    field = (
        '<div class="field field--name-body field--type-text-with-summary '
        f'field--label-hidden field-label-hidden"><div class="field__item">{body}</div></div>'
    )
    html = page([], after=summary + field)
    assert structural_reading(_parse(html)) == ("", "")
    article = extract(html, URL)
    assert article.access == "free"
    assert MORE[2] in article.text


def test_a_part_with_an_overflow_or_fade_class_is_shown() -> None:
    for classes in ("relative overflow-hidden", "fade-in", "hide-mobile"):
        box = f'<div class="{classes}"><p>{MORE[0]}</p><p>{MORE[1]}</p></div>'
        html = page([LEAD], after=box + BOX)
        assert structural_reading(_parse(html)) == ("", ""), classes
        article = extract(html, URL)
        assert article.access == "free", classes
        assert MORE[1] in article.text, classes


def test_a_registration_box_asking_for_an_email_is_a_wall() -> None:
    box = (
        '<div class="zz"><h3>Read on free</h3><p>Register with your email.</p>'
        '<input type="email"><button>Go</button></div>'
    )
    assert structural_reading(_parse(page([LEAD], after=box))) == ("paywalled", "control-box")


def test_the_structural_reading_needs_a_short_visible_article() -> None:
    long_lead = [LEAD, SECOND, MORE[0]]  # 70 words shown
    assert structural_reading(_parse(page(long_lead, after=BOX))) == ("", "")


def test_a_bare_toggle_before_a_hidden_rest_is_an_expander_and_stays_free() -> None:
    rest = f'<div style="display:none"><p>{MORE[0]}</p><p>{MORE[1]}</p></div>'
    html = page([LEAD], after=f"<button>Zork</button>{rest}")
    assert structural_reading(_parse(html)) == ("", "")


def test_walled_pages_with_no_text_stating_no_article_are_kept_on_their_box() -> None:
    # held-out 2 (read): 004 is a login modal over the page, 126 a box in the page's <article>;
    # neither states that it is an article (no JSON-LD, no og:type)
    from bench.access import HeldOutSet, heldout_pages

    pages = {p.file: p for p in heldout_pages(HeldOutSet("heldout2", "read").folder)}
    for name in ("004.html", "126.html"):
        article = extract(pages[name].html, URL)
        assert article.access == "paywalled", name
        assert pages[name].lead.split()[0] in article.text, name
