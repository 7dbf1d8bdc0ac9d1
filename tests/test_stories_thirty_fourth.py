"""Policy threads across months, thirty-fourth round.

Evidence written for these tests (invented agencies and officials).

- A title or an authority's bare word is no authority in common
  (:func:`nlp.cluster.keys_in_common`): two countries' road agencies whose reports both quote a
  "Director" and both end their names in "Administration" share no key by those words, while a
  name in common (the agency's own name, its acronym, its city) still is one.
- A later step keyed alike whose texts' topics agree, nothing stated against
  (:func:`nlp.cluster.keyed_alike_on_its_topics`): a benefits office's screening tool re-adopted
  under a new name fifteen months on, stating none of the earlier kinds, subjects or object, is
  weighed beyond the story horizon. The same office's unrelated measure (other topics, another
  headline subject, another instrument) is not.
"""

from __future__ import annotations

from bench.story_pairs import Pair
from bench.train_stories import links_of
from nlp import cluster
from nlp.cluster import (
    NAME_KEY,
    TITLE_NAMES,
    Grouper,
    GroupingParams,
    a_later_step_of_its_authority,
    keyed_alike_on_its_topics,
    keys_in_common,
    within_story_reach,
)
from nlp.story_model import STORY_FEATURES, StoryModel
from tests.story_support import name_keys as _keys

PARAMS = GroupingParams(story_model="")  # horizons 365 and 730 days
#: the tool re-adopted under a new name against its first adoption: one key, the texts' topics
#: agreeing, nothing else read on the later side
READOPTED = {"key": 1.0, "topics": 1.0, "sim": 0.7}


def test_a_title_or_an_authoritys_bare_word_is_no_key_in_common() -> None:
    # one country's agency quoting its director, another's quoting its own
    north = _keys("director", "administration", "northland road administration", "tor vik")
    south = _keys("director", "administration", "southland transport administration", "eva lund")
    assert not keys_in_common(north, south)
    for word in ("director", "administration", "authority", "office", "department", "commission"):
        assert NAME_KEY + word in TITLE_NAMES, word
        assert not keys_in_common(_keys(word, "a"), _keys(word, "b")), word


def test_a_name_in_common_beside_a_title_still_is_one() -> None:
    trial = _keys("director", "northland road administration", "nra")
    handbook = _keys("director", "nra", "fjord bridge")
    assert keys_in_common(trial, handbook) == _keys("nra")
    # watchlist keys (no name prefix) are never titles
    assert keys_in_common(frozenset({"northland", NAME_KEY + "office"}), frozenset({"northland"}))
    # a title inside a longer name is the name, not the bare word
    assert keys_in_common(
        _keys("office of the rail regulator"), _keys("office of the rail regulator")
    )


def test_a_later_step_keyed_alike_on_its_topics_is_weighed_beyond_the_horizon() -> None:
    assert keyed_alike_on_its_topics(READOPTED)
    assert a_later_step_of_its_authority(READOPTED)
    assert within_story_reach(470.0, READOPTED, PARAMS) == "beyond"
    # a watchlist authority of one government reads alike; beyond 730 days nothing reaches
    assert within_story_reach(470.0, {**READOPTED, "root": 1.0}, PARAMS) == "beyond"
    assert within_story_reach(800.0, READOPTED, PARAMS) is None


def test_the_same_authoritys_unrelated_measure_stays_apart_beyond_the_horizon() -> None:
    for feats in (
        {"key": 1.0, "sim": 0.7},  # the office's key alone (its other news)
        {**READOPTED, "topics": 0.0},  # nothing of the same topics
        {**READOPTED, "topics": -1.0},  # other topics: the office's unrelated measure
        {**READOPTED, "subjects": -1.0},  # another headline subject
        {**READOPTED, "root": -1.0},  # two governments
        {**READOPTED, "cites": -1.0},  # an instrument the earlier step never names
        {**READOPTED, "under": -1.0},
        {**READOPTED, "penalty_elsewhere": 1.0},  # a penalty under another instrument
        {**READOPTED, "key": 0.0, "named_as": 1.0},  # the office only named
    ):
        assert not keyed_alike_on_its_topics(feats), feats
        assert within_story_reach(470.0, feats, PARAMS) is None, feats


def _pair(earlier: str, later: str, gap: float, **f: float) -> Pair:
    return Pair("invented", earlier, later, gap, False, False, dict(f), {"indexed": True})


def test_the_simulation_links_the_readoption_and_not_the_offices_other_measure() -> None:
    # a model that reads every keyed pair over its bar: only what is weighed can link
    keyed = StoryModel(
        "stub", STORY_FEATURES, tuple(8.0 if n == "key" else 0.0 for n in STORY_FEATURES), -4.0, 0.9
    )
    pairs = [
        _pair("adoption", "readoption", 470, **READOPTED),
        # the same office's pension letters 500 days before the re-adoption: other topics
        _pair("letters", "readoption", 500, key=1.0, topics=-1.0, sim=0.6),
    ]
    links = set(links_of(pairs, keyed, 14, PARAMS))
    assert ("adoption", "readoption") in links
    assert ("letters", "readoption") not in links


def test_two_agencies_sharing_only_a_director_are_named_apart(monkeypatch) -> None:
    # a Norwegian and a Swedish agency, each quoting its own director: "director" is the only
    # key the two sides share, and no key in common (the embedding's link is no fallback)
    north = _keys("director", "norwegian public roads administration", "tor vik")
    south = _keys("director", "swedish transport administration", "eva lund")
    grouper = Grouper(PARAMS, dim=4)
    sides = {"north": north, "south": south}
    monkeypatch.setattr(cluster, "_story_mains", lambda dev, params, authorities: sides[dev])
    monkeypatch.setattr(grouper, "_rare", lambda keys: keys)
    assert grouper._named_apart("north", "south")  # type: ignore[arg-type]
    assert grouper._named_apart("south", "north")  # type: ignore[arg-type]
    # a name in common beside the title still ties them
    sides["south"] = south | _keys("tor vik")
    assert not grouper._named_apart("north", "south")  # type: ignore[arg-type]
