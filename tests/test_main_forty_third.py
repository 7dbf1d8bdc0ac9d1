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

from nlp.about import AboutCues
from tests.main_subject_support import main_of, tagger


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
    assert "united-kingdom" in main_of(text)


def test_a_country_owning_a_tribunal_that_acts_is_main() -> None:
    text = (
        "Telecom levy on satellite firms put on hold\n\n"
        "India's Telecom Disputes Settlement and Appellate Tribunal on Tuesday put on hold a "
        "levy on satellite broadband operators until it hears their appeal. The operators had "
        "argued that the levy was set without consultation. Hearings begin in March."
    )
    assert "india" in main_of(text)


def test_a_country_owning_joined_nouns_that_end_in_a_ministry_is_main() -> None:
    text = (
        "Foreign AI providers told to appoint local agents\n\n"
        "South Korea's science and ICT ministry notified the first set of rules under the AI "
        "Basic Act in the official gazette on Monday, setting out how foreign providers must "
        "appoint a local agent. The rules take effect in March."
    )
    assert "south-korea" in main_of(text)


# -- the pure reading --------------------------------------------------------------------------


def test_an_offices_capitalised_name_is_a_body() -> None:
    assert _owned("Japan's Cabinet Office published guidelines on Thursday.", "Japan")


def test_a_tribunals_name_is_a_body() -> None:
    assert _owned("India's Company Law Tribunal stayed the order on Friday.", "India")


def test_a_body_word_joined_to_the_first_noun_is_a_body() -> None:
    assert _owned("India's electronics and IT ministry issued rules on Monday.", "India")


def test_no_body_word_is_no_body() -> None:
    assert not _owned("Japan's electronics and car makers warned of higher costs.", "Japan")
    assert not _owned("China's biggest bank cut its lending rate on Monday.", "China")


def test_an_office_in_lower_case_is_no_body_of_the_country() -> None:
    assert not _owned("Britain's office market slowed in the third quarter.", "Britain")
