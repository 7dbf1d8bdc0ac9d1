"""Policy threads across months, thirty-eighth round: one act told in English and in another
Latin-script language is one story.

Evidence written for these tests (an invented city, Vellbrück, its public order office and its
crowd cameras; German and English reports of one act).

The English model reads a German report far from the English reports of its own act (the
embedding and the words barely meet), and the cross-language reading compares scripts only, so
the development level leaves the two in two developments hours apart. The story level takes
them as one act (:meth:`nlp.cluster.Grouper._story_in_other_words`) when the two developments
are in different languages, hours apart, share a story key, state no other subject, and no other
development qualifies either way. The developments stay two: shared names alone never join two
reports.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nlp.cluster import MODEL_LANGUAGE, ClusterItem, Grouper, GroupingParams, profile
from tests.story_support import DIM, basis, report, stories_of, unit

PARAMS = GroupingParams(story_model="")
BASIS = basis(3808)
T0 = datetime(2031, 11, 11, 9, 0, tzinfo=UTC)

ENGLISH = (
    "Vellbrück counts carnival crowds with cameras",
    "The city of Vellbrück used camera software to estimate crowd density on the Lindenplatz "
    "during the carnival opening, its public order office said. The system turns images into "
    "counts per square metre and stores no faces.",
)
GERMAN = (
    "Vellbrück testet Kameras zur Zählung der Menschen am Lindenplatz",
    "Das Ordnungsamt der Stadt Vellbrück hat beim Karnevalsauftakt am Lindenplatz erstmals eine "
    "Software zur automatischen Dichtemessung getestet. Die Bilder werden sofort in Zahlen "
    "umgewandelt, hieß es von der Stadt.",
)
#: the same city's English report of another act the same day (its glass ban)
OTHER_ENGLISH = (
    "Vellbrück bans glass bottles around the Lindenplatz for the carnival season",
    "The city of Vellbrück will ban glass bottles in the streets around the Lindenplatz for the "
    "whole carnival season, its public order office said, after injuries last year.",
)


def _item(aid: str, hours: float, words: tuple[str, str], k: int) -> ClusterItem:
    return report(aid, T0 + timedelta(hours=hours), words[0], words[1], unit(BASIS[k]))


def test_the_language_of_a_report_is_read_once_with_its_profile() -> None:
    assert profile(_item("en", 0, ENGLISH, 1)).language == MODEL_LANGUAGE
    assert profile(_item("de", 0, GERMAN, 2)).language == "de"


def test_an_act_told_in_english_and_german_is_one_story_in_two_developments() -> None:
    g = Grouper(PARAMS, dim=DIM)
    story = stories_of(g, [_item("en", 0, ENGLISH, 1), _item("de", 2, GERMAN, 2)])
    # the embedding reads the two apart: two developments, shared names do not join them
    assert g.member_of["en"] != g.member_of["de"]
    assert story["en"] == story["de"]


def test_the_german_report_first_is_one_story_too() -> None:
    g = Grouper(PARAMS, dim=DIM)
    story = stories_of(g, [_item("de", 0, GERMAN, 2), _item("en", 2, ENGLISH, 1)])
    assert g.member_of["en"] != g.member_of["de"]
    assert story["en"] == story["de"]


def test_two_reports_of_one_language_are_not_read_so() -> None:
    # the same words in English twice, the embedding apart: the English model reads them itself
    g = Grouper(PARAMS, dim=DIM)
    story = stories_of(g, [_item("a", 0, ENGLISH, 1), _item("b", 2, OTHER_ENGLISH, 2)])
    assert story["a"] != story["b"]


def test_days_apart_are_no_one_act() -> None:
    g = Grouper(PARAMS, dim=DIM)
    story = stories_of(g, [_item("en", 0, ENGLISH, 1), _item("de", 24 * 5, GERMAN, 2)])
    assert story["en"] != story["de"]


def test_an_act_not_told_apart_from_another_of_its_city_is_joined_to_neither() -> None:
    # two English developments of the city the same day: the German report's act is not told
    g = Grouper(PARAMS, dim=DIM)
    story = stories_of(
        g,
        [
            _item("en", 0, ENGLISH, 1),
            _item("glass", 1, OTHER_ENGLISH, 3),
            _item("de", 2, GERMAN, 2),
        ],
    )
    assert story["de"] != story["en"]
    assert story["de"] != story["glass"]


def test_no_name_in_common_is_no_one_act() -> None:
    elsewhere = (
        "Rastede testet Kameras zur Zählung der Menschen am Marktplatz",
        "Das Ordnungsamt der Stadt Rastede hat beim Stadtfest am Marktplatz erstmals eine "
        "Software zur automatischen Dichtemessung getestet. Die Bilder werden sofort in Zahlen "
        "umgewandelt, hieß es von der Stadt.",
    )
    g = Grouper(PARAMS, dim=DIM)
    story = stories_of(g, [_item("en", 0, ENGLISH, 1), _item("de", 2, elsewhere, 2)])
    assert story["en"] != story["de"]
