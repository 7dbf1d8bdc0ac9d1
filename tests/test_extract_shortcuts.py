# mypy: allow-untyped-defs, allow-incomplete-defs
"""Work :func:`nlp.extract.extract` skips must not change what it finds.

The author searches are skipped on pages without any author markup; the page's paragraph words
are counted in one string; jusText's stop list of every language is made a set once. Each
shortcut is checked against the full computation it replaces.
"""

from __future__ import annotations

import lxml.html
import pytest
from trafilatura.metadata import extract_author

from nlp.extract import _byline_names, _page_words, _size, extract, may_name_author

BODY = (
    "<p>The river authority opened the new flood gates on Tuesday after three years of works "
    "and a long dispute over who would pay for the pumps that keep the lower town dry.</p>"
    "<p>Engineers said the gates would be tested every month and closed for good only when the "
    "water rose above the old quay, which last happened in the spring two years ago.</p>"
)


def _page(byline: str) -> str:
    return (
        "<html><head><title>Flood gates open</title></head><body><main><article>"
        f"<h1>Flood gates open</h1>{byline}{BODY}</article></main></body></html>"
    )


# Author markup in the forms the byline XPath and trafilatura's author XPaths read.
MARKED = [
    '<span class="author">Ilse Marten</span>',
    '<div class="c-byline">By Ilse Marten</div>',
    '<a rel="author" href="/people/im">Ilse Marten</a>',
    '<span itemprop="author">Ilse Marten</span>',
    '<p id="articleAuthor">Ilse Marten</p>',
    '<div data-component="Byline">Ilse Marten</div>',
    '<span class="AuthorName">Ilse Marten</span>',
    '<span class="post-writer">Ilse Marten</span>',
    '<span class="posted-by">Ilse Marten</span>',
    '<div class="bianji">Ilse Marten</div>',
    "<author>Ilse Marten</author>",
]


@pytest.mark.parametrize("byline", MARKED)
def test_author_markup_is_searched(byline: str) -> None:
    tree = lxml.html.document_fromstring(_page(byline))
    found = _byline_names(tree) or extract_author(tree)
    assert found, "the markup must name the author for this test to mean anything"
    assert may_name_author(tree)
    assert "Ilse Marten" in (extract(_page(byline), "https://news.example/gates").author or "")


@pytest.mark.parametrize(
    "byline",
    [
        "",
        '<p class="standfirst">Ilse Marten reports from the lower town.</p>',
        '<div class="meta" id="story-info"><time>2 June</time></div>',
    ],
)
def test_page_without_author_markup_skips_the_searches(byline: str) -> None:
    tree = lxml.html.document_fromstring(_page(byline))
    assert not may_name_author(tree)
    # what the skipped searches would have found
    assert _byline_names(tree) == []
    assert extract_author(tree) is None
    assert extract(_page(byline), "https://news.example/gates").author is None


def test_page_words_counts_each_paragraph_and_item() -> None:
    html = (
        "<html><body><ul><li>one two <p>three four</p></li><li>五六七八</li></ul>"
        "<p>five<b>six</b> seven</p><div>not counted</div></body></html>"
    )
    tree = lxml.html.document_fromstring(html)
    separately = sum(_size(el.text_content()) for el in tree.iter("p", "li"))
    assert _page_words(tree) == separately == 11


JUSTEXT_PAGE = (
    "<html><body><div><a href='/'>Home</a> | <a href='/news'>News</a> | "
    "<a href='/x'>Sport</a></div>"
    f"<div class='story'>{BODY}<p>Der Damm wurde nach drei Jahren fertig und die Stadt ist froh "
    "darüber, dass die Pumpen nun laufen und das Wasser nicht mehr in die Keller dringt.</p>"
    "<p>THE GATES WILL BE OPEN TO VISITORS ON SUNDAYS FROM THE END OF THE MONTH, SAID THE "
    "AUTHORITY, WHICH ALSO PLANS A SMALL EXHIBITION ABOUT THE WORKS.</p></div>"
    "<div>© 2026 River Gazette · Privacy · Terms</div></body></html>"
)


def test_justext_stop_list_is_made_once_and_classifies_as_before():
    import justext.core  # type: ignore[import-untyped]
    import trafilatura.external
    from justext.utils import get_stoplist, get_stoplists  # type: ignore[import-untyped]

    from nlp.extract import _LowerStoplist, _share_justext_stoplist

    _share_justext_stoplist()
    _share_justext_stoplist()  # a second call changes nothing
    shared = trafilatura.external.JT_STOPLIST or trafilatura.external.jt_stoplist_init()
    assert isinstance(shared, _LowerStoplist)
    every = frozenset(w.lower() for lang in get_stoplists() for w in get_stoplist(lang))
    assert shared == every
    # jusText keeps the shared set as it is and still lower-cases any other stop list
    assert justext.core.define_stoplist(shared) is shared
    assert justext.core.define_stoplist(("The", "AND", "über")) == {"the", "and", "über"}

    def classes(stoplist):
        paragraphs = justext.core.ParagraphMaker.make_paragraphs(lxml.html.fromstring(JUSTEXT_PAGE))
        justext.core.classify_paragraphs(paragraphs, stoplist, 50, 150, 0.1, 0.2, 0.25, True)
        justext.core.revise_paragraph_classification(paragraphs, 150)
        return [(p.text, p.cf_class, p.class_type) for p in paragraphs]

    plain = classes(tuple(sorted(every)))  # converted by jusText, as on every call before
    assert len({c for _, c, _ in plain}) > 1  # the page has good and bad paragraphs
    assert classes(shared) == plain
    body = trafilatura.external.try_justext(lxml.html.fromstring(JUSTEXT_PAGE), None, None)
    assert [p.text for p in body] == [t for t, _, kind in plain if kind == "good"]
