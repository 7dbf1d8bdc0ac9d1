"""Policy threads across months, thirty-fifth round.

Evidence written for these tests (invented districts, agencies and products).

- A language or a nationality, or "Customs" left of a customs district's name, is no authority
  in common (:func:`nlp.cluster.keys_in_common`): two customs districts of one country whose
  reports both say "Chinese labels" and "Customs" share no key by those words, while a name in
  common (the district's own name, its vendor's) still is one.
- A language or a title names no authority as a watchlist entry
  (:func:`nlp.cluster.named_as_keys`, the ``named_as`` feature): "Chinese" read as China met any
  Chinese authority's step; a name that names the entry still does.
"""

from __future__ import annotations

from bench.story_pairs import Pair
from bench.train_stories import links_of
from nlp import cluster
from nlp.cluster import (
    LANGUAGE_NAMES,
    NAME_KEY,
    TITLE_NAMES,
    Grouper,
    GroupingParams,
    keys_in_common,
    name_ids,
    named_as_keys,
)
from nlp.story_model import STORY_FEATURES, StoryModel
from tests.story_support import name_keys as _keys

PARAMS = GroupingParams(story_model="")


#: two customs districts of one country: each names its own district, both say "Customs" and
#: "Chinese"
EAST = _keys("customs", "chinese", "eastport customs", "eastport", "labelwise")
WEST = _keys("customs", "chinese", "westbay customs", "westbay")


def test_a_language_and_a_customs_districts_bare_word_are_no_key_in_common() -> None:
    assert not keys_in_common(EAST, WEST)
    assert NAME_KEY + "customs" in TITLE_NAMES
    for word in ("chinese", "english", "dutch", "norwegian", "polish", "spanish"):
        assert NAME_KEY + word in LANGUAGE_NAMES, word
        assert not keys_in_common(_keys(word, "a"), _keys(word, "b")), word


def test_a_name_in_common_beside_a_language_still_is_one() -> None:
    # the district's extension against its own pilot: its name and its vendor's in common
    extension = _keys("customs", "chinese", "eastport", "labelwise")
    assert keys_in_common(EAST, extension) == _keys("eastport", "labelwise")
    # a longer name holding the word is the name ("Chinese University of Eastport")
    assert keys_in_common(
        _keys("chinese university of eastport"), _keys("chinese university of eastport")
    )
    # watchlist keys (no name prefix) are never a language
    assert keys_in_common(frozenset({"china", NAME_KEY + "chinese"}), frozenset({"china"}))


def test_the_two_districts_are_named_apart(monkeypatch) -> None:
    grouper = Grouper(PARAMS, dim=4)
    sides = {"east": EAST, "west": WEST}
    monkeypatch.setattr(cluster, "_story_mains", lambda dev, params, authorities: sides[dev])
    monkeypatch.setattr(grouper, "_rare", lambda keys: keys)
    assert grouper._named_apart("east", "west")  # type: ignore[arg-type]
    # the vendor named on both sides ties them as before
    sides["west"] = WEST | _keys("labelwise")
    assert not grouper._named_apart("east", "west")  # type: ignore[arg-type]


def test_the_simulation_keeps_the_other_districts_checks_apart() -> None:
    # a model that reads every keyed pair over its bar: the key is all that can link
    keyed = StoryModel(
        "stub", STORY_FEATURES, tuple(8.0 if n == "key" else 0.0 for n in STORY_FEATURES), -4.0, 0.9
    )
    key = float(bool(keys_in_common(WEST, EAST)))
    own = float(bool(keys_in_common(_keys("customs", "eastport"), EAST)))
    pairs = [
        Pair("invented", "pilot", "formula", 240, False, False, {"key": key}, {"indexed": True}),
        Pair("invented", "pilot", "extension", 280, True, False, {"key": own}, {"indexed": True}),
    ]
    links = set(links_of(pairs, keyed, 14, PARAMS))
    assert ("pilot", "extension") in links
    assert ("pilot", "formula") not in links


def test_a_language_names_no_authority_as_a_watchlist_entry() -> None:
    # "Chinese" is read as China (the words before "government" in "Chinese government"): a
    # district's report saying "Chinese labels" met any Chinese authority's step by that name
    grouper = Grouper(PARAMS, dim=4)
    grouper._name_ids = name_ids([("Chinese government", "china"), ("Eastport", "eastport")])
    district = _keys("chinese", "westbay customs")
    national = frozenset({"china"})
    assert grouper._named_as(district, national) == 1.0  # the raw keys: the language names China
    assert named_as_keys(district) == _keys("westbay customs")
    assert grouper._named_as(named_as_keys(district), named_as_keys(national)) == 0.0
    # a name that names the entry still does
    city = _keys("eastport", "chinese")
    assert grouper._named_as(named_as_keys(city), frozenset({"eastport"})) == 1.0
    # a title is no name either
    assert named_as_keys(_keys("director", "customs", "westbay customs")) == _keys(
        "westbay customs"
    )
