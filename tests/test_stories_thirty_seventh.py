"""Policy threads across months, thirty-seventh round.

Evidence written for these tests (invented countries' police bodies and associations).

- People named in the plural by their part in a measure, or a force's bare word, are no
  authority in common (:func:`nlp.cluster.keys_in_common`, :data:`nlp.cluster.PEOPLE_NAMES`):
  one country's police directorate screening gun-licence renewals, whose report begins "Hunters
  in Northdal...", and a neighbouring country's police authority screening them too, whose
  report quotes its "Hunters' Federation", share no key by "hunters"; nor do two forces' news by
  "police". A name in common (the directorate's own name, its acronym, a force's full name)
  still is one.
- A title or a bare word reads alike in the singular and the plural (one list holds both forms):
  "ministers", "officers", "services" and "directorates" are titles and authorities' words.
- The people a measure regulates ("drivers", "tenants") stay a key: no pair on the read splits
  shares one alone, and two steps of one licensing rule may share nothing else.
- English words only: a name key is a capitalised Latin name, so a Chinese report's 警方 or 检察院
  never is one.
"""

from __future__ import annotations

from bench.story_pairs import Pair
from bench.train_stories import links_of
from nlp import cluster, lexical
from nlp.cluster import (
    NAME_KEY,
    PEOPLE_NAMES,
    TITLE_NAMES,
    Grouper,
    GroupingParams,
    keys_in_common,
)
from nlp.story_model import STORY_FEATURES, StoryModel
from tests.story_support import name_keys as _keys

PARAMS = GroupingParams(story_model="")


#: one country's directorate trial: its report begins "Hunters in Northdal first to face..."
NORTH = _keys("hunters", "northdal", "northland police directorate", "npd", "police")
#: the neighbouring country's authority: its report quotes "the Southland Hunters' Federation"
SOUTH = _keys("hunters", "southland police authority", "southland hunters", "police")


def test_people_in_the_plural_and_a_forces_bare_word_are_no_key_in_common() -> None:
    assert keys_in_common(NORTH, SOUTH) == frozenset()
    for word in ("hunters", "hunter", "police"):
        assert NAME_KEY + word in PEOPLE_NAMES, word
        assert keys_in_common(_keys(word, "a"), _keys(word, "b")) == frozenset(), word
    for word in ("directorate", "services", "ministers", "officers"):
        assert NAME_KEY + word in TITLE_NAMES, word
        assert keys_in_common(_keys(word, "a"), _keys(word, "b")) == frozenset(), word


def test_singular_and_plural_read_alike() -> None:
    forms = (
        ("minister", "ministers"),
        ("officer", "officers"),
        ("service", "services"),
        ("directorate", "directorates"),
        ("deputy", "deputies"),
        ("chairman", "chairmen"),
        ("council", "councils"),
        ("official", "officials"),
        ("hunter", "hunters"),
        ("driver", "drivers"),
        ("tenant", "tenants"),
    )
    for one, many in forms:
        assert (NAME_KEY + one in TITLE_NAMES) == (NAME_KEY + many in TITLE_NAMES), one
        assert (NAME_KEY + one in PEOPLE_NAMES) == (NAME_KEY + many in PEOPLE_NAMES), one
        # the one word two sides share is a key in both forms or in neither
        assert bool(keys_in_common(_keys(one, "a"), _keys(one, "b"))) == bool(
            keys_in_common(_keys(many, "a"), _keys(many, "b"))
        ), one
    # the word whose plural is itself is given once
    assert NAME_KEY + "polices" not in PEOPLE_NAMES


def test_the_people_a_measure_regulates_stay_a_key() -> None:
    for word in ("drivers", "tenants", "landlords", "importers", "passengers"):
        assert keys_in_common(_keys(word, "a"), _keys(word, "b")) == _keys(word), word


def test_a_chinese_forces_word_is_no_name_key() -> None:
    assert lexical.names("警方通报：检察院对三名嫌疑人提起公诉，检察机关称证据确实") == frozenset()


def test_a_name_in_common_beside_the_peoples_word_still_is_one() -> None:
    # the directorate's national rollout against its own trial: its name and acronym in common
    rollout = _keys("hunters", "npd", "northland police directorate", "every district")
    assert keys_in_common(NORTH, rollout) == _keys("npd", "northland police directorate")
    # a longer name holding the word is the name ("Southland Hunters' Federation" on both sides)
    assert keys_in_common(SOUTH, _keys("southland hunters")) == _keys("southland hunters")
    # watchlist keys (no name prefix) are never such a word
    assert keys_in_common(frozenset({"police", NAME_KEY + "police"}), frozenset({"police"})) == (
        frozenset({"police"})
    )


def test_a_forces_or_an_agencys_full_name_is_its_name() -> None:
    # a force's full name is its name, not the bare word
    scotland = _keys("police scotland", "police")
    assert keys_in_common(scotland, _keys("police scotland", "edinburgh")) == _keys(
        "police scotland"
    )
    assert keys_in_common(scotland, _keys("metropolitan police", "police")) == frozenset()
    # an agency's name holding "Services" is its name, not the bare plural
    fsa = _keys("financial services agency", "services", "tokyo")
    assert keys_in_common(fsa, _keys("financial services agency", "services")) == _keys(
        "financial services agency"
    )
    assert keys_in_common(fsa, _keys("department of financial services", "services")) == frozenset()


def test_the_two_countries_screening_is_named_apart(monkeypatch) -> None:
    grouper = Grouper(PARAMS, dim=4)
    sides = {"north": NORTH, "south": SOUTH}
    monkeypatch.setattr(cluster, "_story_mains", lambda dev, params, authorities: sides[dev])
    monkeypatch.setattr(grouper, "_rare", lambda keys: keys)
    assert grouper._named_apart("north", "south")  # type: ignore[arg-type]
    # the directorate named on both sides ties them as before
    sides["south"] = SOUTH | _keys("npd")
    assert not grouper._named_apart("north", "south")  # type: ignore[arg-type]


def test_the_simulation_keeps_the_other_countrys_screening_apart() -> None:
    # a model that reads every keyed pair over its bar: the key is all that can link
    keyed = StoryModel(
        "stub", STORY_FEATURES, tuple(8.0 if n == "key" else 0.0 for n in STORY_FEATURES), -4.0, 0.9
    )
    other = float(bool(keys_in_common(SOUTH, NORTH)))
    own = float(bool(keys_in_common(_keys("hunters", "npd", "every district"), NORTH)))
    pairs = [
        Pair("invented", "trial", "neighbour", 21, False, False, {"key": other}, {"indexed": True}),
        Pair("invented", "trial", "rollout", 209, True, False, {"key": own}, {"indexed": True}),
    ]
    links = set(links_of(pairs, keyed, 14, PARAMS))
    assert ("trial", "rollout") in links
    assert ("trial", "neighbour") not in links


def test_two_steps_sharing_only_the_drivers_they_regulate_are_linked() -> None:
    # a licensing rule's consultation and its final rule: "drivers" is the one name in common,
    # beside the subjects they share
    keyed = StoryModel(
        "stub",
        STORY_FEATURES,
        tuple(5.0 if n in ("key", "subjects") else 0.0 for n in STORY_FEATURES),
        -6.0,
        0.9,
    )
    draft, final = _keys("drivers", "consultation"), _keys("drivers", "licence rules")
    shared = float(bool(keys_in_common(draft, final)))
    pairs = [
        Pair(
            "invented",
            "draft",
            "final",
            60,
            True,
            False,
            {"key": shared, "subjects": 1.0},
            {"indexed": True},
        ),
    ]
    assert set(links_of(pairs, keyed, 14, PARAMS)) == {("draft", "final")}
