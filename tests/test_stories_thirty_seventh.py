"""Policy threads across months, thirty-seventh round.

Evidence written for these tests (invented countries' police bodies and associations).

- People named in the plural by their part in a measure, or a force's bare word, are no
  authority in common (:func:`nlp.cluster.keys_in_common`, :data:`nlp.cluster.PEOPLE_NAMES`):
  one country's police directorate screening gun-licence renewals, whose report begins "Hunters
  in Northdal...", and a neighbouring country's police authority screening them too, whose
  report quotes its "Hunters' Federation", share no key by "hunters"; nor do two forces' news by
  "police". A name in common (the directorate's own name, its acronym) still is one.
- A later step the learned step links within the story horizon also joins the earlier steps
  beyond the horizon it reads over the bar, each on its own evidence
  (:func:`nlp.cluster.links_beside`; ``bench.train_stories.links_of`` and
  ``Grouper._story_beyond``): a welfare tool resumed under a new name is linked to the data
  regulator's halt within the horizon and to the department's first tool fourteen months
  earlier. An earlier step beyond the horizon under the bar, or with no authority in common, is
  not.
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
    within_story_reach,
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


#: the resumed tool against the regulator's halt (236 days) and against the department's first
#: tool (433 days: beyond the horizon, keyed and worded alike)
RESUMED_HALT = {"key": 1.0, "topics": 1.0, "text": 0.37, "kinds": 1.0}
RESUMED_FIRST = {"key": 1.0, "topics": 1.0, "text": 0.38}


def _resumed(first: dict[str, float]) -> list[Pair]:
    return [
        Pair("invented", "first", "halt", 196, True, False, {"key": 1.0}, {"indexed": True}),
        Pair("invented", "halt", "resumed", 236, True, False, RESUMED_HALT, {"indexed": True}),
        Pair("invented", "first", "resumed", 433, True, False, first, {"indexed": True}),
    ]


#: reads over its bar only what shares the text (the halt against the first tool does not)
WORDED = StoryModel(
    "stub", STORY_FEATURES, tuple(20.0 if n == "text" else 0.0 for n in STORY_FEATURES), -5.0, 0.9
)


def test_a_step_linked_within_the_horizon_also_joins_its_first_step_beyond_it() -> None:
    assert WORDED.probability(RESUMED_FIRST) >= WORDED.threshold
    assert WORDED.probability({"key": 1.0}) < WORDED.threshold
    assert within_story_reach(433.0, RESUMED_FIRST, PARAMS) == "beyond"
    links = set(links_of(_resumed(RESUMED_FIRST), WORDED, 14, PARAMS))
    assert ("halt", "resumed") in links
    assert ("first", "resumed") in links  # not linked before: the grouper looked no further


def test_an_earlier_step_beyond_the_horizon_under_the_bar_or_keyed_apart_does_not_join() -> None:
    under = {**RESUMED_FIRST, "text": 0.24}  # under the bar
    assert ("first", "resumed") not in set(links_of(_resumed(under), WORDED, 14, PARAMS))
    # another body of the same government taking up the measure's object: weighed beyond the
    # horizon and over the bar, but with no authority in common it is not its own evidence
    apart = {"root": 1.0, "object": 0.6, "text": 0.5}
    assert within_story_reach(433.0, apart, PARAMS) == "beyond"
    assert WORDED.probability(apart) >= WORDED.threshold
    assert ("first", "resumed") not in set(links_of(_resumed(apart), WORDED, 14, PARAMS))
