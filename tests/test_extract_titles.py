"""Title rules of :func:`nlp.extract.extract`, each on a small page written for the test."""

from __future__ import annotations

from nlp import clean
from nlp.extract import extract

_SENTENCES = (
    "The harbour board approved the new berth fees after a long evening of questions.",
    "Ferry operators asked whether the winter timetable would change before March.",
    "Two fishing cooperatives said the fees would fall hardest on the smallest boats.",
    "The board's chair promised a review of the charges once the first season is over.",
    "A vote on the pier lighting contract was postponed until the next meeting.",
)
BODY = "".join(f"<p>{s} {s.lower()} {s}</p>" for s in _SENTENCES)


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}{BODY}</body></html>"


def test_heading_part_that_the_metadata_confirms_is_the_headline() -> None:
    # the <h1> wraps a date and the headline in one link; the metadata states the headline alone
    html = _page(
        '<meta property="og:title" content="Berth fees rise for the winter">',
        '<h1><a href="/fees"><time datetime="2026-02-03">Feb 3 2026</time> '
        "Berth fees rise for the winter</a></h1>",
    )
    assert extract(html, "https://harbour.example/fees").title == "Berth fees rise for the winter"


def test_label_inside_the_heading_is_dropped() -> None:
    html = _page(
        "<title>Berth fees rise for the winter | Harbour Notes</title>"
        '<meta property="og:site_name" content="Harbour Notes">',
        "<h1><strong>Notes:</strong> Berth fees rise for the winter</h1>",
    )
    assert extract(html, "https://harbour.example/fees").title == "Berth fees rise for the winter"


def test_heading_that_extends_the_metadata_in_plain_text_is_kept() -> None:
    # one text node, no markup around a part: the longer visible headline stays
    html = _page(
        '<meta property="og:title" content="Berth fees rise">',
        "<h1>Berth fees rise for the winter</h1>",
    )
    assert extract(html, "https://harbour.example/fees").title == "Berth fees rise for the winter"


def test_unconfirmed_guess_yields_to_the_stated_title() -> None:
    # no <h1>; a comment block's title looks like a headline to a class-based guess
    html = _page(
        '<meta property="og:title" content="Ferry timetable changes from March">',
        '<h3 class="comments-title">4 replies to "Ferry timetable changes from March"</h3>',
    )
    article = extract(html, "https://harbour.example/timetable")
    assert article.title == "Ferry timetable changes from March"


def test_single_unconfirmed_heading_still_wins() -> None:
    html = _page(
        "<title>Harbour board notes | Harbour Notes</title>",
        "<h1>Ferry operators question the new fees</h1>",
    )
    article = extract(html, "https://harbour.example/notes")
    assert article.title == "Ferry operators question the new fees"


def test_host_name_counts_as_the_site_name() -> None:
    # no og:site_name or publisher: the title's suffix names the host
    html = _page("<title>Pier lights switched to solar - Harbournotes</title>", "")
    article = extract(html, "https://www.harbournotes.example/pier-lights")
    assert article.title == "Pier lights switched to solar"
    html = _page("<title>Pier lights switched to solar | Harbournotes.co.uk</title>", "")
    article = extract(html, "https://news.harbournotes.co.uk/pier-lights")
    assert article.title == "Pier lights switched to solar"


def test_strip_site_from_title_accepts_several_names() -> None:
    title = "Pier lights switched to solar | Harbournotes"
    bare = "Pier lights switched to solar"
    assert clean.strip_site_from_title(title, None, "harbournotes") == bare
    assert clean.strip_site_from_title(title, "Other Site", "another") == title


def test_a_line_break_inside_the_heading_reads_as_a_space() -> None:
    html = _page("", "<h1>Berth fees<br>rise for the <span>winter</span></h1>")
    assert extract(html, "https://harbour.example/fees").title == "Berth fees rise for the winter"


def test_a_block_inside_the_heading_reads_as_a_space() -> None:
    html = _page("", "<h1>Berth fees rise<div>for the winter</div></h1>")
    assert extract(html, "https://harbour.example/fees").title == "Berth fees rise for the winter"


def test_mangled_punctuation_in_the_heading_is_repaired() -> None:
    # the page's CMS wrote UTF-8 punctuation read as cp1252: the apostrophe became three characters
    html = _page("", "<h1>The boardâ\u0080\u0099s fees rise for the winter</h1>")
    assert extract(html, "https://harbour.example/fees").title == (
        "The board\u2019s fees rise for the winter"
    )
