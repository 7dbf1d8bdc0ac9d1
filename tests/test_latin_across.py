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
        "Rifiuti individuati", "L'ARPAC avvia un progetto nella Terra dei Fuochi. Non si sa."
    )
    assert NAME + "arpac" in keys  # an acronym at a sentence's start, its article elided
    assert NAME + "fuochi" in keys
    assert NAME + "terra" in keys
    assert NAME + "non" not in keys  # a sentence's first word is no name
    assert NAME + "rifiuti" not in keys


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


def test_a_day_of_the_month_or_a_time_is_no_figure():
    # the glass ban and the crowd count both dated 12 July: a date, not a figure of either
    glass = (GLASS_DE[0], GLASS_DE[1] + " Das Verbot gilt ab Freitag, dem 12. Juli.")
    crowd = (CROWD_EN[0], CROWD_EN[1] + " The festival opens on 12 July at 10:30.")
    assert FIGURE + "12" not in cross_keys(*glass)
    assert FIGURE + "12" not in cross_keys(*crowd)
    assert FIGURE + "10" not in cross_keys(*crowd)
    assert FIGURE + "30" not in cross_keys(*crowd)
    assert FIGURE + "15" not in cross_keys("Frist", "Die Frist endet am 15. März um 18 Uhr.")
    assert FIGURE + "18" not in cross_keys("Frist", "Die Frist endet am 15. März um 18 Uhr.")
    assert FIGURE + "15" not in cross_keys("Deadline", "The deadline is March 15 for 40 firms.")
    assert FIGURE + "40" in cross_keys("Deadline", "The deadline is March 15 for 40 firms.")
    assert not joins(
        agreement(cross_keys(*crowd), cross_keys(*glass), frozenset(), frozenset(), _rare)
    )


def test_one_shared_figure_does_not_turn_the_figures_guard_off():
    one = cross_keys("Town fines", "The town of Lindenau fines 50 shops, 1,000 euros, 120 checks.")
    other = cross_keys("Stadt", "Die Stadt Lindenau: 50 Kameras, 7.200 Besucher, 35 Helfer.")
    found = agreement(one, other, frozenset(), frozenset(), _rare)
    assert FIGURE + "50" in found.shared
    assert found.against == {"figures"}  # each states more figures of its own than in common
    assert not joins(found)


def test_common_figures_do_not_count():
    en, de = cross_keys(*CROWD_EN), cross_keys(*CROWD_DE)
    found = agreement(en, de, frozenset(), frozenset(), lambda k: k != FIGURE + "41500")
    assert FIGURE + "41500" not in found.shared


def test_a_title_case_english_headline_gives_no_names():
    en = cross_keys(
        "Lindenau Council Approves Software for Parking Fines",
        "The council of Lindenau approved the software.",
    )
    de = cross_keys("Neue Software im Rathaus", "Die Stadt Zevenaar führt eine neue Software ein.")
    assert NAME + "software" not in en
    assert NAME + "lindenau" in en  # written with a capital within the sentence
    assert not joins(agreement(en, de, frozenset(), frozenset(), _rare))
    # nor does a title-case line within the text
    keys = cross_keys("", "Read more: City Council Approves Parking Software Plan\nThe plan.")
    assert NAME + "software" not in keys


def test_a_bullet_or_a_dash_starts_a_sentence():
    for text in (
        "Neu:\n- Die Stadt prüft.",
        "• Der Rat prüft.",
        "Text — Die Stadt.",
        "Ja.    Die Stadt.",
    ):
        keys = cross_keys("", text)
        assert NAME + "die" not in keys, text
        assert NAME + "der" not in keys, text


def test_calendar_terms_are_no_names():
    keys = cross_keys(
        "Termine",
        "Zur Weiberfastnacht und vor Weihnachten prüft die Stadt, ab Jan. und am Mo. auch. "
        "Shops close at Christmas and at Easter.",
    )
    for word in ("weiberfastnacht", "weihnachten", "jan", "christmas", "easter"):
        assert NAME + word not in keys


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


def test_reports_in_other_scripts_take_no_latin_language():
    import numpy as np

    from nlp.cluster import ClusterItem, profile

    def read(title: str, text: str) -> object:
        item = ClusterItem("a", title, T0, "o", np.zeros(4, dtype=np.float32), text=text)
        return profile(item, story_evidence=False)

    korean = read(
        "KCC 과징금",
        "방송통신위원회(KCC)는 50개 업체에 과징금을 부과했다고 밝혔다. 위원회는 조사를 계속한다.",
    )
    russian = read(
        "Штраф KCC", "Регулятор KCC оштрафовал 50 компаний, сообщили в ведомстве во вторник утром."
    )
    english = read(*CROWD_EN)
    for prof in (korean, russian):
        assert prof.language is None  # type: ignore[attr-defined]
        assert prof.cross_keys == frozenset()  # type: ignore[attr-defined]
    assert english.language == "en"  # type: ignore[attr-defined]


@pytest.mark.slow
def test_a_development_refused_or_disagreeing_in_the_reports_own_language_is_not_joined():
    from nlp.archive import Record, articles_of, items_of
    from nlp.cluster import Grouper, GroupingParams
    from nlp.embed import embed_articles, load_encoder
    from policywatch_core.settings import load_settings

    german = (
        "Stadtfest in Lindenau",
        "Bis zu 41.500 Besucher in der Stunde zählte beim Stadtfest in Lindenau eine Software "
        "der Firma Brakel.",
    )
    # an English report of another development: the firm, other figures than the English member
    third = (
        "Firm wins school contract",
        "The firm Brakel Vision will supply 300 cameras to 75 schools, the region said.",
    )
    settings = load_settings()
    records = [
        Record(id=f"r{i}", title=t, text=b, published=T0 + timedelta(hours=5 * i))
        for i, (t, b) in enumerate((CROWD_EN, german, third))
    ]
    articles = articles_of(records)
    vectors = embed_articles(articles, load_encoder(settings.embedding_model))
    empty: list[frozenset[str]] = [frozenset() for _ in articles]
    items = items_of(articles, vectors, empty, empty)
    grouper = Grouper(GroupingParams())
    english, joined = grouper.assign_all(items[:2])
    assert joined.development_id == english.development_id
    prof = grouper._profile(items[2])
    # the German member alone shares the firm; the English member states other figures
    assert grouper._latin_across_target(prof) is None
    # a development the report's own language refused is never joined here
    grouper2 = Grouper(GroupingParams())
    grouper2.assign_all(items[:1])
    assert grouper2._latin_across_target(grouper2._profile(items[1])) is not None
    assert (
        grouper2._latin_across_target(grouper2._profile(items[1]), {english.development_id}) is None
    )


def test_shared_names_alone_never_join_two_reports_in_two_languages():
    # two rare names in common, no figure, no entity: across two languages nothing else can tell
    # whether the texts agree, so the names alone join nothing
    names = frozenset({NAME + "brakel", NAME + "lindenau"})
    found = agreement(names, names, frozenset(), frozenset(), lambda _key: True)
    assert found.shared == names
    assert not joins(found)
    with_figure = agreement(
        names | {FIGURE + "41500"}, names | {FIGURE + "41500"}, frozenset(), frozenset(), _rare
    )
    assert joins(with_figure)
