"""The story trainer's eligibility: a pooled left-out precision floor under the story rules'
(bench.train_stories.pooled_precision, eligible_settings). Figures invented for the tests."""

from __future__ import annotations

import pytest

from bench.train_stories import PRECISION_SLACK, eligible_settings, pooled_precision


def result(p: float, r: float) -> dict[str, float]:
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "p": p, "r": r}


def test_pooled_precision_weighs_each_split_by_its_pairs():
    # 10 gold pairs, all found with 10 wrong (P 0.5); 90 gold pairs, half found, none wrong
    gold = {"small": 10, "large": 90}
    res = {"small": result(0.5, 1.0), "large": result(1.0, 0.5)}
    # (10 + 45) true of (20 + 45) linked, not the mean of 0.5 and 1.0
    assert pooled_precision(res, gold) == pytest.approx(55 / 65)


def test_a_split_linked_nowhere_adds_nothing():
    gold = {"a": 10, "b": 5}
    res = {"a": result(0.8, 0.4), "b": result(0.0, 0.0)}
    assert pooled_precision(res, gold) == pytest.approx(0.8)
    assert pooled_precision({"b": result(0.0, 0.0)}, {"b": 5}) == 0.0


def test_a_setting_that_loses_on_one_split_is_eligible_when_the_pool_keeps_the_precision():
    # the rules are exact on a small tuning split and the setting loses there, but over every
    # split its precision is within the slack of the rules': eligible
    gold = {"tune": 6, "h1": 100, "h2": 100}
    rules = {"tune": result(1.0, 1.0), "h1": result(1.0, 0.3), "h2": result(1.0, 0.3)}
    loose = {"tune": result(0.5, 1.0), "h1": result(0.99, 0.7), "h2": result(0.99, 0.7)}
    strict = {"tune": result(1.0, 1.0), "h1": result(1.0, 0.4), "h2": result(1.0, 0.4)}
    assert pooled_precision(loose, gold) >= pooled_precision(rules, gold) - PRECISION_SLACK
    assert set(eligible_settings({(3.0, 0.5): loose, (0.3, 0.9): strict}, rules, gold)) == {
        (3.0, 0.5),
        (0.3, 0.9),
    }


def test_a_setting_under_the_floor_is_not_eligible():
    gold = {"h1": 100, "h2": 100}
    rules = {"h1": result(1.0, 0.3), "h2": result(0.95, 0.3)}
    wide = {"h1": result(0.8, 0.9), "h2": result(0.85, 0.9)}  # pooled 0.825, floor 0.925
    kept = {"h1": result(0.96, 0.5), "h2": result(0.93, 0.5)}
    assert eligible_settings({(3.0, 0.5): wide, (1.0, 0.8): kept}, rules, gold) == [(1.0, 0.8)]
    # none eligible: every setting is, as the trainer always ships one
    assert eligible_settings({(3.0, 0.5): wide}, rules, gold) == [(3.0, 0.5)]
