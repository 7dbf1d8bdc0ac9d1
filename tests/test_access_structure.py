"""The structural reading of access: a page that shows less than the article, read from its
markup and not from its wording (small pages written for these tests; the boxes' words are
invented on purpose, so that no wording pattern can be what finds them)."""

from __future__ import annotations

from nlp.access import detect_access, structural_reading
from nlp.extract import _page_meta, _parse, extract

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
# a box with invented words: a control and nothing of the article
BOX = '<div class="zz-box"><h3>Blorp frandle</h3><button>Quomp</button></div>'


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


def test_a_rest_hidden_by_a_class_of_the_pages_stylesheet_is_paywalled() -> None:
    hidden = f'<div class="zz-rest"><p>{MORE[0]}</p></div>'
    html = page([LEAD], after=hidden, head="<style>.zz-rest{display:none}</style>")
    assert structural_reading(_parse(html)) == ("paywalled", "hidden-rest")


def test_a_rest_blurred_by_a_filter_is_paywalled() -> None:
    blurred = f'<div style="filter: blur(5px)"><p>{MORE[0]}</p><p>{MORE[1]}</p></div>'
    assert structural_reading(_parse(page([LEAD], after=blurred))) == ("paywalled", "hidden-rest")


def test_a_box_of_controls_after_a_short_lead_is_paywalled_in_any_language() -> None:
    assert structural_reading(_parse(page([LEAD], after=BOX))) == ("paywalled", "control-box")
    link_button = '<aside class="zz"><p>Snee.</p><a class="zz-btn" href="/x">Quomp</a></aside>'
    assert structural_reading(_parse(page([LEAD], after=link_button)))[0] == "paywalled"


def test_an_empty_slot_a_script_fills_after_the_lead_is_paywalled() -> None:
    slot = '<div id="zz-slot"></div><script>zz.innerHTML = load("/zz");</script>'
    assert structural_reading(_parse(page([LEAD], after=slot))) == ("paywalled", "script-slot")


def test_a_last_paragraph_cut_in_an_ellipsis_is_truncated() -> None:
    cut = "Librarians said the trial would be judged on how many visitors come through the…"
    assert structural_reading(_parse(page([LEAD, cut]))) == ("truncated", "cut-sentence")


def test_a_box_of_controls_pointing_to_an_app_is_a_teaser() -> None:
    box = '<div class="zz-box"><button>Read the full story in our app</button></div>'
    assert read(page([LEAD], after=box), LEAD)[0] == "truncated"


def test_a_one_paragraph_page_with_a_control_box_is_kept_with_its_lead() -> None:
    article = extract(page([LEAD], after=BOX), "https://herald.example.org/news/library")
    assert article.access == "paywalled"
    assert LEAD in article.text


def test_a_full_text_with_a_form_or_a_button_box_after_it_stays_free() -> None:
    full = [LEAD, SECOND, *MORE]
    form = (
        '<div class="zz-card"><p>Snee</p><form><input type="email"><button>Go</button></form></div>'
    )
    for after in (BOX, form):
        assert read(page(full, after=after), "\n".join(full)) == ("free", "")


def test_a_short_page_with_no_control_after_it_stays_free() -> None:
    rail = (
        '<ul class="zz-rail"><li><a href="/a">Ferry fares</a></li>'
        '<li><a href="/b">Bridge</a></li></ul>'
    )
    assert structural_reading(_parse(page([LEAD, SECOND], after=rail))) == ("", "")


def test_hidden_text_away_from_the_article_is_no_rest() -> None:
    modal = f'<div role="dialog" style="display:none"><p>{MORE[0]}</p></div>'
    html = page([LEAD, SECOND], aside=modal)
    assert structural_reading(_parse(html)) == ("", "")


def test_hidden_text_holding_no_prose_is_no_rest() -> None:
    label = '<div class="zz"><span class="field-label-hidden">Body</span><p>Snee blorp.</p></div>'
    assert structural_reading(_parse(page([LEAD, SECOND], after=label))) == ("", "")


def test_the_structural_reading_needs_a_short_visible_article() -> None:
    long_lead = [LEAD, SECOND, MORE[0]]  # 70 words shown
    assert structural_reading(_parse(page(long_lead, after=BOX))) == ("", "")


def test_a_bare_toggle_before_a_hidden_rest_is_an_expander_and_stays_free() -> None:
    rest = f'<div style="display:none"><p>{MORE[0]}</p><p>{MORE[1]}</p></div>'
    html = page([LEAD], after=f"<button>Zork</button>{rest}")
    assert structural_reading(_parse(html)) == ("", "")
