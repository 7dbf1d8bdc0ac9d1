"""The learned reading of the reported kinds, fourth round: held-out 24 a fourth out-of-sample
fold, the choice it gives, and the cue families whose words the reading's nearness reads
(see docs/decisions/2026-12-05-reported-learned-reading-fourth-round.md)."""

from __future__ import annotations

from bench import sets
from bench.train_reported import (
    ABOUT_SETS,
    CHOICE_FOLDS,
    MASKED_FOLDS,
    MISSED_GRID,
    MISSED_WEIGHT,
    OUT_OF_SAMPLE,
    THRESHOLD,
    THRESHOLD_GRID,
    C,
    kind_seeds,
)
from nlp.kinds import load_vectors


def test_held_out_24_is_read_and_a_fold_out_of_sample() -> None:
    assert sets.named(sets.ABOUT, "heldout24").status == "read"
    assert "heldout24" in ABOUT_SETS
    assert "heldout24" in OUT_OF_SAMPLE
    assert "heldout24" in CHOICE_FOLDS
    assert "heldout24" not in MASKED_FOLDS
    # a blind set is never a fold
    blind = {s.name for s in sets.ABOUT if s.status == "blind"}
    assert not blind & {*ABOUT_SETS, *OUT_OF_SAMPLE}


def test_the_shipped_constants_are_on_the_grid() -> None:
    # the choice on the four out-of-sample and seven masked folds: C 0.3, copies 0.3, t 0.6
    assert (C, MISSED_WEIGHT, THRESHOLD) == (0.3, 0.3, 0.6)
    assert MISSED_WEIGHT in MISSED_GRID
    assert THRESHOLD in THRESHOLD_GRID


def test_the_new_cue_families_reach_the_kinds_seed_words() -> None:
    seeds = kind_seeds(load_vectors())
    # personal data taken or used unlawfully, services with servers abroad: the data rule's
    assert {"consent", "servers"} <= set(seeds["data-security-rule"])
    # a privacy fine: the fine's
    assert "privacy" in seeds["enforcement-fine"]
    # the trap: a word of no rule of a kind is none of its seeds
    assert "servers" not in seeds["subsidy-funding"]
