# mypy: allow-untyped-defs, allow-incomplete-defs
# (pyproject's tests.* override does not reach modules mypy names test_*.)
"""Each cleaning rule on its own, then the whole chain on residue like the seeds'."""

from __future__ import annotations

import pytest

from nlp import clean


def test_strip_control_chars_keeps_newlines_and_tabs() -> None:
    assert clean.strip_control_chars("a\x00b\x07c\u200bd\ufeff\te\r\nf") == "abcd\te\nf"


def test_normalise_whitespace_collapses_spaces_per_line() -> None:
    assert clean.normalise_whitespace("  a \u00a0  b\u3000c \n\t d  ") == "a b c\nd"


def test_drop_repeated_headline_whole_and_tail() -> None:
    title = "Regulator widens review of cloud contracts"
    paragraphs = [title, "widens review of cloud contracts", "The regulator said on Monday."]
    assert clean.drop_repeated_headline(paragraphs, title) == ["The regulator said on Monday."]


def test_drop_repeated_headline_leaves_body_that_merely_starts_alike() -> None:
    title = "Rules"
    paragraphs = ["Rules for cloud contracts changed on Monday, the regulator said."]
    assert clean.drop_repeated_headline(paragraphs, title) == paragraphs


def test_drop_attribute_fragments_whole_and_prefix() -> None:
    paragraphs = [
        'review of cloud contracts">',
        'tail of an alt text" />The regulator said on Monday.',
        'A quote: "fine" and a comparison a > b stay.',
    ]
    assert clean.drop_attribute_fragments(paragraphs) == [
        "The regulator said on Monday.",
        'A quote: "fine" and a comparison a > b stay.',
    ]


def test_inline_attributes_are_cut() -> None:
    para = 'Before class="hero" data-id="7">after the tag.'
    assert clean.drop_attribute_fragments([para]) == ["Before after the tag."]


def test_strip_inline_placeholders_glued_to_text() -> None:
    paragraphs = ["Source: Example NewsLoading market data...", "Loading…", "Loading video"]
    assert clean.strip_inline_placeholders(paragraphs) == ["Source: Example News"]


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Read more",
        "Read more »",
        "Share this article",
        "Share on Facebook",
        "Facebook Twitter LinkedIn Email",
        "Continue reading",
        "广告",
        "Story continues below advertisement",
        "Follow us on Twitter",
        "Trending",
        "Most read",
        "You may also like",
    ],
)
def test_drop_widget_lines(line: str) -> None:
    assert clean.drop_widget_lines([line, "Real sentence of the article."]) == [
        "Real sentence of the article."
    ]


def test_widget_words_inside_sentences_stay() -> None:
    paragraphs = ["Advertisement spending fell as firms read more reports on the share price."]
    assert clean.drop_widget_lines(paragraphs) == paragraphs


def test_drop_subscribe_lines_only_short_ones() -> None:
    short = "Sign up for our newsletter to get the news in your inbox."
    long = (
        "The company said its newsletter business, which sends a daily digest to two million "
        "readers, grew faster than advertising last year, and that it would subscribe to a new "
        "ad exchange in the spring to sell the remaining slots at higher prices than before."
    )
    assert clean.drop_subscribe_lines([short, long]) == [long]


def test_drop_cookie_notices() -> None:
    notice = "We use cookies to personalise content. Accept all cookies or manage preferences."
    story = "Regulators fined the firm for setting tracking cookies without consent."
    assert clean.drop_cookie_notices([notice, story]) == [story]


def test_drop_repeated_paragraphs() -> None:
    assert clean.drop_repeated_paragraphs(["A b.", "a B", "C."]) == ["A b.", "C."]


def test_clean_body_on_seed_like_residue() -> None:
    title = "Agency tightens approval for chip designers' travel"
    raw = (
        f"{title}\n\n{title}\n"
        "tightens approval for chip designers' travel\">\n"
        "Chip designers at private firms now need a permit for trips abroad.\x07\n"
        "Advertisement\n"
        "Officials   described the permit as routine.\n"
        "Source: Example Wire Loading market data...\n"
        "Share\n"
    )
    assert clean.clean_body(raw, title) == (
        "Chip designers at private firms now need a permit for trips abroad.\n\n"
        "Officials described the permit as routine.\n\n"
        "Source: Example Wire"
    )


def test_strip_site_from_title() -> None:
    assert clean.strip_site_from_title("Big news | Ledger Wire", "Ledger Wire") == "Big news"
    assert clean.strip_site_from_title("Ledger Wire - Big news", "Ledger Wire") == "Big news"
    assert clean.strip_site_from_title("Big - news", "Ledger Wire") == "Big - news"
    assert clean.strip_site_from_title("Big news", None) == "Big news"


def test_clean_line() -> None:
    assert clean.clean_line(" A\n  title\x00 ") == "A title"


def test_drop_leading_breadcrumbs() -> None:
    paragraphs = ["- Home", "- World", "- Asia", "Officials met on Monday to discuss the rules."]
    assert clean.drop_leading_breadcrumbs(paragraphs) == paragraphs[3:]


def test_a_list_inside_the_body_is_kept() -> None:
    one = ["- Home", "Officials met on Monday."]
    assert clean.drop_leading_breadcrumbs(one) == one
    body = ["Officials listed three steps:", "- register", "- report", "- renew"]
    assert clean.drop_leading_breadcrumbs(body) == body


def test_consent_panels_are_dropped_at_any_length() -> None:
    # Recall-oriented extraction keeps consent-manager panels that follow the footer; this rule is
    # what keeps the project from losing precision on such pages against trafilatura's defaults.
    panel = (
        "Necessary cookies are absolutely essential for the site to work. " * 12
        + "Cookie Duration Description cookielawinfo-checkbox-analytics 11 months"
    )
    story = (
        "Regulators said advertising cookies are now covered by the consent rules, and "
        "companies have six months to change their banners."
    )
    assert clean.drop_cookie_notices(["Manage consent", panel, story]) == [story]


@pytest.mark.parametrize(
    ("mangled", "repaired"),
    [
        ("the board isnâ€™t sure", "the board isn’t sure"),  # cp1252 reading
        ("the boardâ\x80\x99s fees", "the board’s fees"),  # Latin-1 reading (C1 codes)
        ("â€œquietâ€\x9d rules", "“quiet” rules"),
        ("fees from â‚¬14 a night", "fees from €14 a night"),
        ("HarbourNetÂ® pilots", "HarbourNet® pilots"),
        ("wait â€¦ then sail", "wait … then sail"),
    ],
)
def test_repair_mojibake_restores_punctuation_and_symbols(mangled: str, repaired: str) -> None:
    assert clean.repair_mojibake(mangled) == repaired


@pytest.mark.parametrize(
    "text",
    [
        'a page about encodings shows "Ã¤" where "ä" belongs',  # letters are left alone
        "Café’s terrace and Âme the ferry",
        "港口管理局表示，冬季将调整泊位费。",
    ],
)
def test_repair_mojibake_leaves_real_text_alone(text: str) -> None:
    assert clean.repair_mojibake(text) == text


def test_mangled_punctuation_survives_control_stripping_in_bodies() -> None:
    # the C1 codes of a Latin-1 reading must be repaired before control characters go
    body = "The boardâ\x80\x99s fees rise. " * 3
    assert clean.clean_body(body) == ("The board’s fees rise. " * 3).strip()


_PROSE = "The port authority signed the dredging contract on Tuesday, a year later than planned."


@pytest.mark.parametrize(
    "line",
    [
        "Jan 13, 2025",
        "Posted on December 18, 2025",
        "Last updated: April 21, 2025",
        "Updated on 09/10/2025",
        "- Sep 26, 2022",
        "2025-12-18",
        "Published June 23, 2025 10:39AM",
        "Posted On",
        "Updated at",
        "16 min read",
        "- 2 min read",
        "Estimated reading time: 4 minutes",
        "2-3 minutes",
    ],
)
def test_date_and_reading_time_lines_are_dropped(line: str) -> None:
    assert clean.drop_date_and_reading_time_lines([line, _PROSE]) == [_PROSE]


def test_sentences_with_dates_are_kept() -> None:
    kept = [
        "On Jan 13, 2025 the board met again.",
        "The contract was updated on March 3, 2025 to add a second berth.",
        "Dredging takes 16 minutes a load, the operator said.",
        "2025-12-18: the berth reopens to ferries",
    ]
    assert clean.drop_date_and_reading_time_lines(kept) == kept


def test_copyright_lines_are_dropped_and_prose_about_copyright_kept() -> None:
    paragraphs = [
        _PROSE,
        "© 2025 Harbour Notes Media. All rights reserved.",
        "Copyright 2024 Quayside Log",
        "Harbour Notes, all rights reserved.",
        "The court ruled that copyright in the harbour photographs stayed with the port.",
    ]
    assert clean.drop_copyright_lines(paragraphs) == [paragraphs[0], paragraphs[4]]


def test_tag_and_category_lines_are_dropped() -> None:
    paragraphs = [
        _PROSE,
        "Tags: ports, dredging, shipping",
        "Posted in Harbour, Infrastructure",
        "Filed under: Local news",
        "Tags were attached to every crate before the ship left the quay.",
    ]
    assert clean.drop_taxonomy_lines(paragraphs) == [paragraphs[0], paragraphs[4]]


@pytest.mark.parametrize(
    "line",
    [
        "Table of Contents",
        "On this page",
        "In this article",
        "Back to top",
        "End of Article",
        "Thank you! Your submission has been received!",
        "Oops! Something went wrong while submitting the form.",
    ],
)
def test_navigation_and_form_messages_are_widget_lines(line: str) -> None:
    assert clean.drop_widget_lines([_PROSE, line]) == [_PROSE]


def test_the_chain_drops_the_furniture_around_an_article() -> None:
    text = "\n".join(
        [
            "By Ada Quay",
            "Jan 13, 2025",
            "5 min read",
            "Table of Contents",
            _PROSE,
            "Tags: ports, dredging",
            "© 2025 Harbour Notes. All rights reserved.",
        ]
    )
    assert clean.clean_body(text) == "By Ada Quay\n\n" + _PROSE


def test_a_long_passage_written_twice_is_kept_once() -> None:
    # the same block for wide screens and for phones, and a pull quote of the lead
    lead = "The port authority signed the dredging contract on Tuesday, a year later than planned."
    block = "Dredging will run at night so that ferries keep their daytime slots at the north quay."
    paragraphs = [lead, block, "Pros", "Quieter pumps", lead, "Pros", block]
    assert clean.drop_repeated_passages(paragraphs) == [
        lead,
        block,
        "Pros",
        "Quieter pumps",
        "Pros",
    ]


def test_repeated_cjk_passages_count_characters() -> None:
    passage = "港务局周二签署了疏浚合同，比原计划晚了一年，夜间施工以便渡轮保留白天的泊位安排。"
    assert clean.drop_repeated_passages([passage, "短句", passage, "短句"]) == [
        passage,
        "短句",
        "短句",
    ]


def test_affiliate_disclosures_are_dropped_and_prose_about_affiliates_kept() -> None:
    paragraphs = [
        "Disclosure: if you buy through our affiliate links, we may earn a small commission.",
        "Products are chosen independently by our editors. Purchases made through our links "
        "may earn us a commission.",
        "As an Amazon Associate we earn from qualifying purchases.",
        _PROSE,
        "- Affiliate schemes: harbour shops earn a commission when visitors book a tour.",
        "The council asked whether the tour operator's affiliate links broke the rules.",
    ]
    assert clean.drop_affiliate_disclosures(paragraphs) == paragraphs[3:]


def test_repeated_list_items_and_table_rows_are_kept() -> None:
    step = "- Warm up: ten minutes of easy jogging along the harbour wall, then four short strides."
    row = "| North quay | dredging at night | ferries keep their daytime slots | from March |"
    paragraphs = ["Monday", step, "Wednesday", step, row, "Totals", row]
    assert clean.drop_repeated_passages(paragraphs) == paragraphs


@pytest.mark.parametrize(
    "line", ["Book a demo", "Get started today", "Request a Quote", "Learn more"]
)
def test_call_to_action_buttons_are_widget_lines(line: str) -> None:
    assert clean.drop_widget_lines([_PROSE, line]) == [_PROSE]


def test_sentences_that_start_like_a_button_are_kept() -> None:
    kept = ["Learn more about the dredging plan at the council's open evening on Thursday."]
    assert clean.drop_widget_lines(kept) == kept


def test_rules_that_merely_start_like_a_disclosure_or_a_copyright_line_are_kept() -> None:
    # an article about AI rules: its list of obligations is not page furniture
    kept = [
        "Disclosure: users must be told they are talking to an AI before the chat starts.",
        "Copyright opt-outs. Providers must respect reservations of rights made by owners.",
    ]
    assert clean.clean_paragraphs("\n".join(kept)) == kept


def test_a_lone_sign_is_no_word_of_a_trailing_label() -> None:
    title = "Twelve tools for harbour logistics in 2026 | Charts, Tides & Fees"
    assert clean.strip_trailing_label(title) == "Twelve tools for harbour logistics in 2026"
    # distractor: four words besides the sign are a subtitle, kept
    kept = "Twelve tools for harbour logistics | Charts, Tides & Winter Fees"
    assert clean.strip_trailing_label(kept) == kept


def test_a_long_site_name_starting_with_the_hosts_name_is_cut() -> None:
    title = "Berth fees rise | Harbourview Port Authority"
    assert clean.strip_site_from_title(title, "harbourview") == "Berth fees rise"
    # distractor: a segment far longer than the site's name is text, not its name
    long = "Berth fees rise | Harbourview skippers count the cost of the winter"
    assert clean.strip_site_from_title(long, "harbourview") == long


_ARTICLE = [
    "The harbour board approved new berth fees on Tuesday after a long evening of questions "
    "from ferry operators, fishing cooperatives and the owners of small pleasure boats.",
    "The fees rise by a tenth from November, and the board promised a review of the charges "
    "once the first winter season is over and the accounts of the harbour are published.",
    "Two cooperatives said the rise would fall hardest on the smallest boats, which pay the "
    "same fixed charge for a berth as trawlers three times their length.",
]


@pytest.mark.parametrize("head", ["About the author", "Written by", "AUTHOR", "About the Authors:"])
def test_drop_trailing_author_box(head: str) -> None:
    box = [head, "Mara Ellison covers the harbour and the islands for the paper.", "More by Mara"]
    assert clean.drop_trailing_author_box([*_ARTICLE, *box]) == _ARTICLE


def test_drop_trailing_author_box_keeps_an_early_byline_and_a_long_profile() -> None:
    # distractors: a "Written by" line before the article, and an "About the author" section
    # that is a quarter of the body or more (a profile is the article)
    early = ["Written by", "Mara Ellison", *_ARTICLE]
    assert clean.drop_trailing_author_box(early) == early
    profile = [*_ARTICLE[:1], "About the author", *_ARTICLE[1:]]
    assert clean.drop_trailing_author_box(profile) == profile
    # a sentence that mentions the author is no heading
    closing = [*_ARTICLE, "About the author of the report, the board said nothing."]
    assert clean.drop_trailing_author_box(closing) == closing


def test_clean_body_drops_a_closing_author_box() -> None:
    text = "\n\n".join([*_ARTICLE, "About the author", "Mara Ellison writes about the coast."])
    assert clean.clean_body(text) == "\n\n".join(_ARTICLE)


@pytest.mark.parametrize(
    "head",
    ["Related articles", "Read this next", "Recent posts:", "More from the Gazette", "Up Next"],
)
def test_drop_trailing_related_links(head: str) -> None:
    links = [
        head,
        "Ferry operators ask for a longer winter timetable",
        "The island school reopens after the storm repairs",
    ]
    assert clean.drop_trailing_related_links([*_ARTICLE, *links]) == _ARTICLE


def test_clean_body_drops_closing_related_links_whose_heading_is_a_widget_line() -> None:
    # "Related articles" alone is also a widget label: the list under it goes with it
    links = ["Related articles", "Ferry operators ask for a longer winter timetable"]
    assert clean.clean_body("\n\n".join([*_ARTICLE, *links])) == "\n\n".join(_ARTICLE)


def test_drop_trailing_related_links_keeps_a_box_inside_the_article_and_authors_lists() -> None:
    # distractors: a box of links with the article going on after it (more than a quarter of
    # the body follows the heading), a sentence that starts like a heading, and the author's
    # own "Further reading" list
    inside = [_ARTICLE[0], "Related articles", "Ferry fares rise again", *_ARTICLE[1:]]
    assert clean.drop_trailing_related_links(inside) == inside
    sentence = [*_ARTICLE, "Related to the fees, the board will publish its accounts in May."]
    assert clean.drop_trailing_related_links(sentence) == sentence
    further = [*_ARTICLE, "Further reading", "The harbour board's annual report, 2025"]
    assert clean.drop_trailing_related_links(further) == further
    # a heading that opens the body is no closing list
    opening = ["Recent posts", *_ARTICLE]
    assert clean.drop_trailing_related_links(opening) == opening


@pytest.mark.parametrize(
    "question",
    ["Was this article helpful?", "Did you find this content helpful?", "Rate this post"],
)
def test_drop_trailing_feedback_widget(question: str) -> None:
    widget = [question, "Thank you for your feedback!", "Written by Mara Ellison"]
    assert clean.drop_trailing_feedback_widget([*_ARTICLE, *widget]) == _ARTICLE


def test_drop_trailing_feedback_widget_keeps_an_early_question_and_prose() -> None:
    # distractors: the question with more than half of the body after it (the article goes
    # on), and a sentence that asks the same in the article's own words
    early = [_ARTICLE[0], "Was this helpful?", *_ARTICLE[1:]]
    assert clean.drop_trailing_feedback_widget(early) == early
    prose = [*_ARTICLE, "Was this rise helpful to the harbour? The board thinks so."]
    assert clean.drop_trailing_feedback_widget(prose) == prose


@pytest.mark.parametrize("head", ["Written by Mara Ellison", "Author: Mara Ellison, Staff Writer"])
def test_drop_trailing_author_box_with_the_name_on_its_heading(head: str) -> None:
    box = [head, "Mara Ellison covers the harbour and the islands for the paper."]
    assert clean.drop_trailing_author_box([*_ARTICLE, *box]) == _ARTICLE


def test_a_named_byline_opening_the_body_neither_goes_nor_hides_the_closing_box() -> None:
    # distractors: the byline over the article stays, the box under it still goes, and prose
    # that starts like a heading ("Written by hand, …") is no heading
    byline = ["Written by Mara Ellison", *_ARTICLE]
    assert clean.drop_trailing_author_box(byline) == byline
    box = ["About the author", "Mara Ellison covers the harbour."]
    assert clean.drop_trailing_author_box([*byline, *box]) == byline
    prose = [*_ARTICLE, "Written by hand, the ledger of berth fees survives."]
    assert clean.drop_trailing_author_box(prose) == prose
