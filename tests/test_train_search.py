"""Grouping training, step 4: the coefficient search on the grouping objective (invented)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import numpy as np
import pytest

from bench.train_grouping import evaluate, group, objective, search_coefficients
from nlp.cluster import ClusterItem, GroupingParams
from nlp.features import load_model

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DIM = 384  # what the grouper of bench.train_grouping.group expects (MiniLM)

# Two events of one kind (two port closures) and one of another: the hard case in small.
EVENTS = {
    "storm": [
        "Storm closes Harlow port for two days. Harbour master Ines Varga said ferries to Kestrel "
        "Island would not sail before Thursday.",
        "Harlow port shut as storm hits the coast. Ferries to Kestrel Island are cancelled until "
        "Thursday, harbour master Ines Varga told reporters.",
        "Kestrel Island cut off: Harlow ferries stay in port during the storm, Ines Varga said.",
    ],
    "strike": [
        "Dock workers strike closes Brenmouth port. The Brenmouth dockers' union called a "
        "48-hour stoppage over pay, leaving 14 container ships waiting.",
        "Brenmouth port at a standstill as dockers strike over pay; 14 ships wait offshore.",
        "Union leader Osric Dale says the Brenmouth strike will end on Friday if pay talks resume.",
    ],
    "budget": [
        "City council of Harlow approves a budget of 310 million for schools and roads.",
        "Harlow council passes its 310 million budget; schools get the largest share.",
    ],
}


def _items() -> tuple[list[ClusterItem], list[str]]:
    rng = np.random.default_rng(7)
    centres = {name: rng.normal(size=DIM) for name in EVENTS}
    shared = rng.normal(size=DIM)  # the two port stories look alike to the embedding
    items, gold = [], []
    order = [(e, i) for i in range(3) for e in EVENTS if i < len(EVENTS[e])]
    for n, (event, i) in enumerate(order):
        base = centres[event] + (1.5 * shared if event != "budget" else 0)
        v = base + 0.3 * rng.normal(size=DIM)
        text = EVENTS[event][i]
        items.append(
            ClusterItem(
                article_id=f"{event}-{i}",
                title=text.split(". ")[0],
                published=T0 + timedelta(minutes=n),
                outlet_id=f"outlet-{n}",
                vector=(v / np.linalg.norm(v)).astype(np.float32),
                text=text,
            )
        )
        gold.append(event)
    return items, gold


@pytest.mark.parametrize("shift", [0.0, 3.0])
def test_search_keeps_its_bounds_and_reports_what_it_reached(shift):
    items, gold = _items()
    # the search refines a single-branch model without a guard and without the end-of-batch
    # review (v5's procedure; v6 keeps v5's coefficients as its full-text branch): the review
    # repairs part of what an over-eager model joins, which would hide what the search reaches
    params = GroupingParams(review=False)
    start = load_model("grouping-v5.json")
    start = replace(start, intercept=start.intercept + shift)  # 3.0: far too eager to join
    searched, info = search_coefficients(
        items, gold, start, params, factors=(0.5, 2.0), shifts=(-0.25, 0.0, 0.25), max_ratio=2.0
    )
    reached = objective(evaluate(gold, group(items, searched, params)))
    assert info["objective_after"] == pytest.approx(reached, abs=1e-4)
    assert info["objective_after"] >= info["objective_before"]
    if shift:  # joining everything is far from the best this search can reach
        assert info["objective_after"] > info["objective_before"] + 0.1
    for before, after in zip(start.coef, searched.coef, strict=True):
        if before == 0.0:
            assert after == 0.0
        else:
            assert 0.5 - 1e-9 <= after / before <= 2.0 + 1e-9
    if not info["changes"]:
        assert searched.coef == start.coef
        assert searched.intercept == start.intercept
    else:  # every accepted change gained more than the margin over the one before
        gains = [info["objective_before"]] + [c["objective"] for c in info["changes"]]
        assert all(b - a > 0.002 - 1e-4 for a, b in pairwise(gains))
        assert gains[-1] == pytest.approx(info["objective_after"], abs=1e-4)
