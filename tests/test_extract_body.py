# mypy: allow-untyped-defs, allow-incomplete-defs
"""Body text of pages whose bytes or markup carry known damage."""

from __future__ import annotations

import json

from nlp.extract import extract

PARAGRAPHS = [
    "The town council approved the new bus timetable on Monday after a month of hearings.",
    "Riders said the evening service had been too thin for years, and the council agreed.",
    "The first buses on the new timetable run in March, with more trips after eight o'clock.",
]


def _page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<html><head><meta charset="utf-8"><title>New bus timetable</title></head><body>'
        f"<article><h1>New bus timetable</h1>{body}</article></body></html>"
    )


def test_punctuation_saved_as_latin1_text_is_repaired_before_extraction() -> None:
    # The page was saved after its UTF-8 right quote (E2 80 99) had been read as Latin-1:
    # "â" and two C1 control characters. The extractor drops the controls; the repair must run
    # on the page first, or the body reads "councilâs".
    mangled = "\u00e2\u0080\u0099"
    said = f"The council{mangled}s vote was unanimous, and the mayor{mangled}s office welcomed it."
    article = extract(_page([*PARAGRAPHS, said]), "https://town.example/buses")
    assert "The council’s vote was unanimous, and the mayor’s office welcomed it." in article.text
    assert "â" not in article.text


def test_letters_of_a_page_are_left_alone() -> None:
    # "Lâcher", "château": a letter after "â" is never part of a mangled quote
    french = "Le château a rouvert ses portes, et les visiteurs disent « lâcher prise » enfin."
    article = extract(_page([*PARAGRAPHS, french]), "https://town.example/buses")
    assert french in article.text


_AFTER_TABLE = [
    "Weekend riders get a later last bus, leaving the station at half past eleven.",
    "The council will count riders on the new trips for a year before it decides on more.",
    "Bus drivers' representatives said the later shifts would be shared out by seniority.",
]


# the article's text before the table: most of it, so that dropping the embed (and whatever it
# swallowed) passes the extractor's check against removing most of a page's text
_BEFORE_TABLE = [
    f"Hearing {n}: residents of the {area} asked for buses after the evening shift ends, "
    f"and the transport officer answered questions about the {area} route for an hour."
    for n, area in enumerate(
        ("harbour", "old town", "north estate", "station quarter", "riverside", "hill farms"), 1
    )
]


def _page_with_embedded_table(end_tags: str) -> str:
    rows = "".join(
        f"<tr><td>Route {n}</td><td>{6 + n}:15</td><td>{22 + n % 2}:30</td></tr>" for n in range(8)
    )
    embed = (
        '<div class="w-embed"><style>table { width: 100%; }</style>'
        '<div class="responsive-table"><table><thead><tr><th>Route</th><th>First bus</th>'
        f"<th>Last bus</th></tr></thead><tbody>{rows}</tbody></table>{end_tags}"
    )
    body = "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, *_BEFORE_TABLE))
    after = "<h3>Later buses at weekends</h3>" + "".join(f"<p>{p}</p>" for p in _AFTER_TABLE)
    return (
        '<html><head><meta charset="utf-8"><title>New bus timetable</title></head><body>'
        f'<div class="post-body"><h1>New bus timetable</h1>{body}{embed}{after}</div>'
        f"{_FOOTER}</body></html>"
    )


# the site's footer: a block of links, read as part of the embed when its blocks stay open
_FOOTER = (
    '<div class="footer"><ul>'
    + "".join(f'<li><a href="/page-{n}">Town page {n}</a></li>' for n in range(30))
    + "</ul><p>Town Notes, all rights reserved.</p></div>"
)


def test_an_end_tag_missing_its_bracket_does_not_swallow_the_rest_of_the_article() -> None:
    # "</div</div>": the parser reads one end tag named "div<", the embed's blocks stay open
    # and the paragraphs after the table are read as part of the embed
    article = extract(_page_with_embedded_table("</div</div>"), "https://town.example/buses")
    for paragraph in (*PARAGRAPHS, *_BEFORE_TABLE, *_AFTER_TABLE):
        assert paragraph in article.text


def test_well_formed_end_tags_and_text_about_tags_are_left_alone() -> None:
    from nlp.extract import repair_broken_end_tags

    article = extract(_page_with_embedded_table("</div></div>"), "https://town.example/buses")
    for paragraph in (*PARAGRAPHS, *_AFTER_TABLE):
        assert paragraph in article.text
    # distractors: well-formed markup, and a "</" written as text, stay as they are
    page = _page_with_embedded_table("</div></div>")
    assert repair_broken_end_tags(page) == page
    text = "<p>Write &lt;/b&gt; or </b> to close bold; a stray </ is text</p>"
    assert repair_broken_end_tags(text) == text


# A listicle whose entries sit in slides of their own (see tests/fixtures/pages/harbour-guide/):
# the page's structured data states the whole article, the extractor finds its introduction.
_INTRO = [
    "The county library opened its new reading room on Saturday after two years of building work.",
    "Readers queued before the doors opened, and the first hundred visitors received a free card.",
    "The room holds the local history collection, which had been kept in a basement since 1998.",
]
_STATED_REST = (
    "The archive now fills four walls of shelving, with parish records, maps of the old harbour "
    "and the minute books of the town's first council, and the reading room lends none of them "
    "out but copies any page for a small fee. Volunteers from the history society staff a desk "
    "on weekday afternoons and help readers find family names in the parish registers, and on "
    "Saturdays they run a short tour of the collection for schools and visiting groups. "
)


def _ld_page(paragraphs: list[str], article_body: str) -> str:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Library reading room opens",
                     "articleBody": article_body})  # fmt: skip
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<html><head><meta charset="utf-8"><title>Library reading room opens</title>'
        f'<script type="application/ld+json">{ld}</script></head><body>'
        f"<article><h1>Library reading room opens</h1>{body}</article></body></html>"
    )


def test_a_stated_body_that_holds_the_extracted_one_and_far_more_is_the_article() -> None:
    stated = " ".join(_INTRO) + " " + _STATED_REST * 2
    article = extract(_ld_page(_INTRO, stated), "https://library.example/reading-room")
    assert article.method == "json-ld"
    assert "Volunteers from the history society staff a desk" in article.text


def test_a_stated_body_about_something_else_is_not_taken() -> None:
    # as long, but not the same article (another story's JSON-LD): the page's text stays
    article = extract(_ld_page(_INTRO, _STATED_REST * 3), "https://library.example/reading-room")
    assert article.method == "trafilatura"
    assert "Volunteers" not in article.text


def test_a_stated_body_hardly_longer_than_the_extracted_one_is_not_taken() -> None:
    # the page shows the article; a stated body with one sentence more is no sign of lost blocks
    stated = " ".join(_INTRO) + " " + _STATED_REST.split(". ")[0] + "."
    article = extract(_ld_page(_INTRO, stated), "https://library.example/reading-room")
    assert article.method == "trafilatura"
    assert "The archive now fills" not in article.text
