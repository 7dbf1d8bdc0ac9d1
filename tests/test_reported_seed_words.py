"""The learned reading's and the kind detector's seed words are the words the signal rules match,
spelled out as the matcher spells them (``bench.train_kinds.pattern_words``): a ``<verb>``
family gives its forms, and a three-letter stem ("<ban>", "fee|fees") counts, where the raw text
of the patterns gave no inflected form and, below four letters, no word at all."""

from __future__ import annotations

from bench.train_kinds import pattern_words, seed_words
from bench.train_reported import kind_seeds
from nlp.kinds import load_vectors


def test_a_family_gives_every_form_the_matcher_reads() -> None:
    words = pattern_words("<suspend>|halted ** shipments")
    assert {"suspend", "suspends", "suspended", "suspending", "halted", "shipments"} <= words


def test_a_three_letter_family_base_is_a_word() -> None:
    assert {"ban", "bans", "banned", "banning"} <= pattern_words("<ban> ~ exports")
    assert {"tax", "taxes", "taxed", "taxing"} <= pattern_words("?new <tax> on")


def test_a_three_letter_word_written_with_its_own_inflection_is_a_stem() -> None:
    assert "fee" in pattern_words("fee|fees ** on")


def test_other_short_words_stay_out() -> None:
    # "new" and "any" are not stems written with their forms, "of" is under the floor
    assert pattern_words("?new rules|rule of any ** chips") == {"rules", "rule", "chips"}


def test_an_optional_family_is_spelled_out_too() -> None:
    assert {"require", "requires", "required", "requiring"} <= pattern_words("?<require> a")


def test_the_reading_seeds_hold_the_forms_of_the_rules_families() -> None:
    seeds = kind_seeds(load_vectors())
    # "<ban>" in the restriction patterns: its stem and forms are restriction seeds
    assert {"ban", "banned", "banning"} <= set(seeds["restriction"])
    # a word no pattern of a kind matches is none of its seeds
    assert "banning" not in seeds["guidance-standard"]


def test_the_detector_seeds_hold_the_forms_of_the_rules_families() -> None:
    words = set(seed_words(load_vectors()))
    assert {"ban", "banning"} <= words
