"""Policy threads across months, thirty-seventh round.

Evidence written for these tests (invented countries' police bodies and associations).

- People named in the plural by their part in a measure, or a force's bare word, are no
  authority in common (:func:`nlp.cluster.keys_in_common`, :data:`nlp.cluster.PEOPLE_NAMES`):
  one country's police directorate screening gun-licence renewals, whose report begins "Hunters
  in Northdal...", and a neighbouring country's police authority screening them too, whose
  report quotes its "Hunters' Federation", share no key by "hunters"; nor do two forces' news by
  "police". A name in common (the directorate's own name, its acronym) still is one.
"""

from __future__ import annotations

from bench.story_pairs import Pair
from bench.train_stories import links_of
from nlp import cluster
from nlp.cluster import (
    NAME_KEY,
    PEOPLE_NAMES,
    TITLE_NAMES,
    Grouper,
    GroupingParams,
    keys_in_common,
)
from nlp.story_model import STORY_FEATURES, StoryModel

PARAMS = GroupingParams(story_model="")


def _keys(*names: str) -> frozenset[str]:
    return frozenset(NAME_KEY + n for n in names)


#: one country's directorate trial: its report begins "Hunters in Northdal first to face..."
NORTH = _keys("hunters", "northdal", "northland police directorate", "npd", "police")
#: the neighbouring country's authority: its report quotes "the Southland Hunters' Federation"
SOUTH = _keys("hunters", "southland police authority", "southland hunters", "police")


def test_people_in_the_plural_and_a_forces_bare_word_are_no_key_in_common() -> None:
    assert not keys_in_common(NORTH, SOUTH)
    for word in ("hunters", "police", "directorate", "drivers", "residents", "patients"):
        assert NAME_KEY + word in PEOPLE_NAMES, word
        assert not keys_in_common(_keys(word, "a"), _keys(word, "b")), word
    # a title stays a title: the sets are apart
    assert not PEOPLE_NAMES & TITLE_NAMES


def test_a_name_in_common_beside_the_peoples_word_still_is_one() -> None:
    # the directorate's national rollout against its own trial: its name and acronym in common
    rollout = _keys("hunters", "npd", "northland police directorate", "every district")
    assert keys_in_common(NORTH, rollout) == _keys("npd", "northland police directorate")
    # a longer name holding the word is the name ("Southland Hunters' Federation" on both sides)
    assert keys_in_common(SOUTH, _keys("southland hunters")) == _keys("southland hunters")
    # watchlist keys (no name prefix) are never such a word
    assert keys_in_common(frozenset({"police", NAME_KEY + "police"}), frozenset({"police"}))


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
