"""The rules' keep chosen by the trainer on left-out sets (``bench.train_reported``).

The bar from which a kind the rules report stays reported is chosen on sets the reading was not
fitted on: the highest bar at which no left-out set loses reported recall against the rules.
"""

from __future__ import annotations

from bench.train_reported import (
    KEEP_FOLDS,
    KEEP_GRID,
    KeepGrid,
    choose_keep,
    keep_losers,
    keep_table,
)
from nlp.about_eval import AboutScore


def score(tp: int, fp: int, fn: int, background: int = 10, marked: int = 0) -> AboutScore:
    return AboutScore(
        rep_tp=tp, rep_fp=fp, rep_fn=fn, background=background, background_reported=marked
    )


RULES = {"a": score(8, 2, 2), "b": score(6, 1, 4)}


def test_a_set_whose_recall_falls_under_the_rules_loses_and_an_equal_one_does_not() -> None:
    assert keep_losers({"a": score(7, 0, 3), "b": score(6, 0, 4)}, RULES) == ["a"]
    assert keep_losers({"a": score(8, 0, 2), "b": score(7, 0, 3)}, RULES) == []


def test_the_highest_bar_at_which_no_set_loses_is_chosen() -> None:
    grid: KeepGrid = {
        0.0: {"a": score(9, 3, 1), "b": score(8, 2, 2)},
        0.25: {"a": score(8, 1, 2), "b": score(7, 1, 3)},
        0.5: {"a": score(8, 0, 2), "b": score(5, 0, 5)},  # b loses
        None: {"a": score(7, 0, 3), "b": score(5, 0, 5)},  # both lose
    }
    assert choose_keep(grid, RULES) == 0.25


def test_no_keep_counts_as_the_highest_bar() -> None:
    same = {"a": score(8, 0, 2), "b": score(6, 0, 4)}
    grid: KeepGrid = {0.3: dict(same), None: dict(same)}
    assert choose_keep(grid, RULES) is None


def test_a_bar_that_holds_above_one_that_does_not_is_still_chosen() -> None:
    # no monotony is assumed: each bar is judged on its own folds
    grid: KeepGrid = {
        0.1: {"a": score(8, 2, 2), "b": score(6, 1, 4)},
        0.2: {"a": score(7, 1, 3), "b": score(6, 1, 4)},  # a loses
        0.3: {"a": score(8, 1, 2), "b": score(6, 0, 4)},
    }
    assert choose_keep(grid, RULES) == 0.3


def test_when_every_bar_loses_the_fewest_losers_then_the_lowest_bar() -> None:
    grid: KeepGrid = {
        0.1: {"a": score(7, 0, 3), "b": score(6, 0, 4)},  # a loses
        0.2: {"a": score(7, 0, 3), "b": score(6, 0, 4)},  # a loses
        0.4: {"a": score(7, 0, 3), "b": score(5, 0, 5)},  # both lose
    }
    assert choose_keep(grid, RULES) == 0.1


def test_the_folds_are_the_read_sets_from_held_out_25_on_and_the_grid_has_no_keep() -> None:
    assert KEEP_FOLDS[0] == "heldout25"
    assert "heldout35" in KEEP_FOLDS
    assert all(int(name.removeprefix("heldout")) >= 25 for name in KEEP_FOLDS)
    assert None in KEEP_GRID
    assert 0.25 in KEEP_GRID


def test_the_table_shows_the_chosen_bar_and_its_neighbours() -> None:
    grid: KeepGrid = {k: {"a": score(8, 1, 2), "b": score(6, 1, 4)} for k in (0.1, 0.2, 0.3, 0.4)}
    lines = keep_table(grid, RULES, 0.2)
    assert lines[0] == "| left-out set | rules | keep 0.1 | keep 0.2 (chosen) | keep 0.3 |"
    assert lines[-4].startswith("keep 0.1: pooled")
