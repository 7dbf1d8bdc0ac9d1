"""The clustering scores the grouping benchmark reports (pairwise and BCubed)."""

from __future__ import annotations

import pytest

from bench.grouping import bcubed, pairwise, scores


def test_perfect_and_all_in_one():
    gold = ["a", "a", "b", "b"]
    assert scores(gold, ["x", "x", "y", "y"])["pairwise_f1"] == 1.0
    assert scores(gold, ["x", "x", "y", "y"])["bcubed_f1"] == 1.0
    p, r, f = pairwise(gold, ["x"] * 4)
    assert p == pytest.approx(2 / 6)
    assert r == 1.0
    assert f == pytest.approx(0.5)
    bp, br, _ = bcubed(gold, ["x"] * 4)
    assert bp == pytest.approx(0.5)
    assert br == 1.0


def test_singletons():
    gold = ["a", "a", "a", "b"]
    p, r, f = pairwise(gold, ["1", "2", "3", "4"])
    assert (p, r, f) == (1.0, 0.0, 0.0)
    bp, br, _ = bcubed(gold, ["1", "2", "3", "4"])
    assert bp == 1.0
    assert br == pytest.approx((1 / 3 * 3 + 1) / 4)
