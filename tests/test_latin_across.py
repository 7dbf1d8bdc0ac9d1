"""One development told in English and in German: held together on what both write alike.

Reports written for these tests (an invented town, street, firm and figures). The English
embedding reads a German report far from the English one of the same development, and their
words barely meet; the names, figures and entities they write alike tie them
(``nlp.latin_across``), and shared names alone never join two reports whose figures disagree.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from nlp.latin_across import FIGURE, NAME, agreement, cross_keys, joins

T0 = datetime(2031, 7, 12, 9, 0, tzinfo=UTC)

CROWD_EN = (
    "Lindenau counts festival crowds with camera software on the Kastanienallee",
    "The town of Lindenau used camera software from the firm Brakel Vision to estimate crowd "
    "density on the Kastanienallee during its summer festival, the public order office said. "
    "The system counted up to 41,500 visitors an hour and stores no faces.",
)
# the same development, in German, hours later
CROWD_DE = (
    "Stadtfest: Kameras messen Besucherdichte an der Kastanienallee",
    "Das Ordnungsamt ließ die Besucherdichte während des Stadtfests an der Kastanienallee in "
    "Lindenau von Kameras der Firma Brakel ermitteln. Bis zu 41.500 Menschen pro Stunde wurden "
    "gezählt; Gesichter würden nicht gespeichert.",
)
# another development of the same town and street, the same day: a glass ban, other figures
GLASS_DE = (
    "Glasverbot an der Kastanienallee",
    "Die Stadt Lindenau verbietet während des Stadtfests Glasflaschen an der Kastanienallee. Wer "
    "gegen das Verbot verstößt, zahlt bis zu 1.000 Euro; 120 Ordnungskräfte kontrollieren.",
)


def _rare(key: str) -> bool:
    return True


# -- the evidence (pure) -------------------------------------------------------------------------


def test_names_are_words_capitalised_within_a_sentence_and_acronyms():
    keys = cross_keys(
        "Terra dei Fuochi, rifiuti individuati", "L'ARPAC avvia un progetto. Non si sa."
    )
    assert NAME + "arpac" in keys  # an acronym at a sentence's start, its article elided
    assert NAME + "fuochi" in keys
    assert NAME + "non" not in keys  # a sentence's first word is no name
    assert NAME + "terra" not in keys


def test_german_nouns_are_names_only_where_english_writes_them_so():
    en = cross_keys("Town tests software", "The town of Lindenau tested new software.")
    de = cross_keys("Stadt testet Software", "Die Stadt Lindenau testete eine neue Software.")
    assert NAME + "software" in de  # every German noun is capitalised ...
    assert NAME + "software" not in en  # ... English writes it in lower case: not shared
    found = agreement(en, de, frozenset(), frozenset(), _rare)
    assert found.shared == {NAME + "lindenau"}


def test_months_and_weekdays_are_no_names():
    keys = cross_keys(
        "Pflicht ab September", "Die Händler müssen ab 1. September am Montag prüfen."
    )
    assert NAME + "september" not in keys
    assert NAME + "montag" not in keys
    assert NAME + "händler" in keys  # a German noun within the sentence is one


def test_figures_are_read_whatever_the_thousands_separator_and_years_are_left_out():
    assert FIGURE + "41500" in cross_keys(*CROWD_EN)
    assert FIGURE + "41500" in cross_keys(*CROWD_DE)
    assert FIGURE + "2031" not in cross_keys("Rule of 2031", "In force in 2031 for 12 towns.")
    assert FIGURE + "12" in cross_keys("Rule of 2031", "In force in 2031 for 12 towns.")


def test_one_development_in_two_languages_agrees():
    found = agreement(cross_keys(*CROWD_EN), cross_keys(*CROWD_DE), frozenset(), frozenset(), _rare)
    assert found.shared == {
        NAME + "lindenau",
        NAME + "kastanienallee",
        NAME + "brakel",
        FIGURE + "41500",
    }
    assert not found.against
    assert joins(found)


def test_shared_names_never_join_reports_whose_figures_disagree():
    found = agreement(cross_keys(*CROWD_EN), cross_keys(*GLASS_DE), frozenset(), frozenset(), _rare)
    assert found.shared == {NAME + "lindenau", NAME + "kastanienallee"}  # the town, the street
    assert found.names_only
    assert found.against == {"figures"}  # ... and figures of two different things
    assert not joins(found)


def test_entities_named_on_both_sides_and_none_in_common_disagree():
    keys = cross_keys(*CROWD_EN)
    found = agreement(keys, keys, frozenset({"a"}), frozenset({"b"}), _rare)
    assert "entities" in found.against
    assert not joins(found)
    assert joins(agreement(keys, keys, frozenset({"a"}), frozenset({"a", "b"}), _rare))


def test_common_names_do_not_count():
    en, de = cross_keys(*CROWD_EN), cross_keys(*CROWD_DE)
    found = agreement(en, de, frozenset(), frozenset(), lambda k: k != NAME + "lindenau")
    assert NAME + "lindenau" not in found.shared


# -- grouping ------------------------------------------------------------------------------------


def _assign(*reports: tuple[str, str], latin_across_days: float | None = None) -> list[object]:
    from nlp.archive import Record, articles_of, items_of
    from nlp.cluster import Grouper, GroupingParams
    from nlp.embed import embed_articles, load_encoder
    from policywatch_core.settings import load_settings

    settings = load_settings()
    records = [
        Record(id=f"r{i}", title=t, text=b, published=T0 + timedelta(hours=5 * i))
        for i, (t, b) in enumerate(reports)
    ]
    articles = articles_of(records)
    vectors = embed_articles(articles, load_encoder(settings.embedding_model))
    empty: list[frozenset[str]] = [frozenset() for _ in articles]
    items = items_of(articles, vectors, empty, empty)
    params = GroupingParams()
    if latin_across_days is not None:
        params = GroupingParams(latin_across_days=latin_across_days)
    return list(Grouper(params).assign_all(items))


@pytest.mark.slow
def test_an_english_and_a_german_report_of_one_development_join():
    english, german = _assign(CROWD_EN, CROWD_DE)
    assert german.development_id == english.development_id  # type: ignore[attr-defined]
    assert german.features["latin_across"] >= 3  # type: ignore[attr-defined]
    # without the cross-language path the German report opens a development of its own
    english, german = _assign(CROWD_EN, CROWD_DE, latin_across_days=0)
    assert german.development_id != english.development_id  # type: ignore[attr-defined]


@pytest.mark.slow
def test_a_german_report_of_another_development_sharing_only_names_stays_apart():
    english, glass = _assign(CROWD_EN, GLASS_DE)
    assert glass.development_id != english.development_id  # type: ignore[attr-defined]
    assert glass.is_new  # type: ignore[attr-defined]
