"""Main subjects by class of wording, forty-third round.

The texts are written for these tests in wordings and on bodies other than the read-set
articles the reading was fitted on (other countries, other offices, other tribunals).

A country named as the owner of a public body the watchlist does not hold is that body's only
linked name, and acts with it: "The UK's Cabinet Office said", "India's Telecom Disputes
Settlement and Appellate Tribunal put on hold", "South Korea's science and ICT ministry
notified". The possessive takes the body's role when the noun it hangs on is a body's capitalised
head (an office, a tribunal, a house) or is joined by "and" to a body's word (the parse hangs
the possessive on the first of two joined nouns), as it does before an `authorities` word.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from nlp.about import AboutCues
from tests.main_subject_support import feature, main_of, tagger, tags_of


def _owned(text: str, owner: str) -> bool:
    """Whether the reading takes the noun ``owner``'s possessive hangs on in ``text`` for a body."""
    from nlp.about import _owned_body  # inside: the file imports on the code before the round

    parser = tagger().parser
    assert parser is not None
    doc = parser(text)
    token = next(t for t in doc if t.text == owner)
    assert token.dep_ == "poss", f"{owner!r} is no possessive here: {token.dep_}"
    return _owned_body(token.head, _cues()) is not None


@cache
def _cues() -> AboutCues:
    cues = tagger().cues
    assert cues is not None
    return cues


# -- the texts, as the pipeline tags them ----------------------------------------------------------


def test_a_country_owning_an_office_that_acts_is_main() -> None:
    text = (
        "Data centre planning rules eased\n\n"
        "The UK's Cabinet Office said on Monday that large data centres would be treated as "
        "national infrastructure in planning decisions. The change applies from June."
    )
    _assert_acts(text, "united-kingdom")


def test_a_country_owning_a_tribunal_that_acts_is_main() -> None:
    text = (
        "Telecom levy on satellite firms put on hold\n\n"
        "India's Telecom Disputes Settlement and Appellate Tribunal on Tuesday put on hold a "
        "levy on satellite broadband operators until it hears their appeal. The operators had "
        "argued that the levy was set without consultation. Hearings begin in March."
    )
    _assert_acts(text, "india")


def test_a_country_owning_joined_nouns_that_end_in_a_ministry_is_main() -> None:
    text = (
        "Foreign AI providers told to appoint local agents\n\n"
        "South Korea's science and ICT ministry notified the first set of rules under the AI "
        "Basic Act in the official gazette on Monday, setting out how foreign providers must "
        "appoint a local agent. The rules take effect in March."
    )
    _assert_acts(text, "south-korea")


def test_a_country_owning_a_house_that_acts_is_main() -> None:
    text = (
        "Budget passes after long debate\n\n"
        "Japan's lower house approved the annual budget late on Wednesday after a two-day "
        "debate, including new funds for public data centres. The senate votes next week."
    )
    _assert_acts(text, "japan")


def test_a_country_beside_a_joined_noun_of_its_own_stays_minor() -> None:
    text = (
        "Chip makers warn of higher costs\n\n"
        "Intel said on Tuesday that memory prices would rise in the second half. "
        "Taiwan's electronics and car makers warned of higher costs as well."
    )
    tags = tags_of(text)
    assert "taiwan" not in main_of(tags)
    assert feature(tags, "taiwan", "first_subject") == 0.0


def _assert_acts(text: str, country: str) -> None:
    """The country takes the body's subject role (the evidence) and is read main."""
    tags = tags_of(text)
    assert feature(tags, country, "first_subject") == 1.0
    assert feature(tags, country, "minor_share") == 0.0
    assert country in main_of(tags)


# -- the pure reading --------------------------------------------------------------------------


def _owned_token(text: str, owner: str, linked: tuple[str, ...] = ()) -> Token | None:
    """The token the reading gives back for ``owner``'s possessive in ``text`` (``linked``: words
    inside linked names)."""
    from nlp.about import _owned_body

    parser = tagger().parser
    assert parser is not None
    doc = parser(text)
    token = next(t for t in doc if t.text == owner)
    assert token.dep_ == "poss", f"{owner!r} is no possessive here: {token.dep_}"
    indexes = frozenset(t.i for t in doc if t.text in linked)
    assert len(indexes) == len(linked)
    return _owned_body(token.head, _cues(), indexes)


def test_an_offices_capitalised_name_is_a_body() -> None:
    assert _owned("Japan's Cabinet Office published guidelines on Thursday.", "Japan")


def test_a_tribunals_name_is_a_body() -> None:
    assert _owned("Canada's Competition Tribunal blocked the merger on Friday.", "Canada")


def test_a_houses_name_is_a_body() -> None:
    assert _owned("Kenya's House of Representatives passed the bill on Thursday.", "Kenya")


def test_a_body_word_joined_to_the_first_noun_is_a_body() -> None:
    assert _owned(
        "Indonesia's communications and digital ministry issued rules on Monday.", "Indonesia"
    )


def test_a_body_in_lower_case_is_a_body() -> None:
    # a tribunal has no other sense; an office or a house is a body when a modifier names it
    assert _owned("Brazil's competition tribunal fined the operator on Monday.", "Brazil")
    assert _owned("Italy's statistics office said on Wednesday that output fell.", "Italy")
    assert _owned("Mexico's lower house approved the budget on Friday.", "Mexico")


def test_no_body_word_is_no_body() -> None:
    assert not _owned("Japan's electronics and car makers warned of higher costs.", "Japan")
    assert not _owned("China's biggest bank cut its lending rate on Monday.", "China")


def test_a_bare_office_in_lower_case_is_no_body_of_the_country() -> None:
    parser = tagger().parser
    assert parser is not None
    text = "Spain's office was quiet in the third quarter."
    assert next(t for t in parser(text) if t.text == "Spain").head.lower_ == "office"
    assert not _owned(text, "Spain")


def test_a_ranked_office_is_no_body() -> None:
    assert not _owned("Germany's biggest office said on Monday that rents fell.", "Germany")


def test_a_joined_noun_of_another_name_is_not_the_countrys_body() -> None:
    # a joined noun read for the body is the bare end of the country's own phrase: one after the
    # country's noun, with no article or possessive of its own, holding no linked name
    text = "China's state banks and US regulators clashed on Monday."
    assert _owned_token(text, "China", ("US",)) is None
    assert _owned_token("European regulators and China's biggest banks met.", "China") is None
    text = "China's exporters and the Commerce Department met on Monday."
    assert _owned_token(text, "China", ("Commerce", "Department")) is None


def test_the_phrase_a_body_modifies_bears_the_role() -> None:
    # the possessive on the body's name inside a longer phrase: the phrase's head bears the role
    from nlp.about import _owned_body

    words = ["Britain", "'s", "Home", "Office", "spokesperson", "said"]
    doc = Doc(
        _parser_vocab(),
        words=words,
        spaces=[False, True, True, True, True, False],
        heads=[3, 0, 3, 4, 5, 5],
        deps=["poss", "case", "compound", "compound", "nsubj", "ROOT"],
    )
    bearer = _owned_body(doc[3], _cues())
    assert bearer is not None
    assert bearer.text == "spokesperson"


def _parser_vocab() -> Vocab:
    parser = tagger().parser
    assert parser is not None
    return parser.vocab
