"""Policy threads across months, twenty-third round.

Headlines and evidence written for these tests (an invented agency, its rules and its fines).

- A penalty under an instrument the other step never names (``penalty_elsewhere`` on the later
  side, ``earlier_penalty_elsewhere`` on the earlier) is the same agency's enforcement of
  another of its rules: the learned step never links such a pair, whatever the model reads
  (:func:`nlp.cluster.penalty_under_another_instrument`). A fine that cites the earlier
  step's own rule is left to the model.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import numpy as np

from bench.story_pairs import Pair
from bench.train_stories import links_of
from nlp.cluster import ClusterItem, GroupingParams, penalty_under_another_instrument
from nlp.story_model import DEFAULT_STORY_MODEL, STORY_FEATURES, StoryModel
from tests.story_support import basis, evidence_between, filler, report
from tests.story_support import unit as _unit

T0 = datetime(2027, 3, 1, 9, tzinfo=UTC)
BASIS = basis(23)
PARAMS = GroupingParams(story_model="")
LEARNED = replace(PARAMS, story_model=DEFAULT_STORY_MODEL)


def _always() -> StoryModel:
    """A model that reads every pair over its bar: only the bars keep pairs apart."""
    return StoryModel("stub", STORY_FEATURES, tuple(0.0 for _ in STORY_FEATURES), 40.0, 0.9)


def _pair(earlier: str, later: str, gap: float, **f: float) -> Pair:
    return Pair("invented", earlier, later, gap, False, False, dict(f), {"indexed": True})


def test_a_penalty_under_another_instrument_is_barred_either_way() -> None:
    assert penalty_under_another_instrument({"key": 1.0, "penalty_elsewhere": 1.0})
    assert penalty_under_another_instrument({"key": 1.0, "earlier_penalty_elsewhere": 1.0})
    # traps: a fine under the earlier step's own rule, a step with nothing against it
    assert not penalty_under_another_instrument({"key": 1.0, "cites": 1.0, "sim": 0.9})
    assert not penalty_under_another_instrument({"key": 1.0, "sim": 0.9, "text": 0.5})
    assert not penalty_under_another_instrument({"penalty_elsewhere": 0.0})


def test_the_trainers_simulation_links_no_penalty_under_another_instrument() -> None:
    pairs = [
        # the agency's drone rule, then its fine for a shipment under its sanctions list
        _pair("drone-rule", "sanctions-fine", 90, key=1.0, sim=0.8, penalty_elsewhere=1.0),
        # the fine first, then the agency's rule on another matter
        _pair("other-fine", "battery-rule", 60, key=1.0, sim=0.8, earlier_penalty_elsewhere=1.0),
        # trap: the first fine under the drone rule itself
        _pair("drone-rule", "drone-fine", 200, key=1.0, sim=0.8, cites=1.0),
    ]
    links = links_of(pairs, _always(), 14.0, PARAMS)
    assert ("drone-rule", "drone-fine") in links
    assert ("drone-rule", "sanctions-fine") not in links
    assert ("other-fine", "battery-rule") not in links


def _item(
    aid: str, days: int, title: str, text: str, v: np.ndarray, kinds: set[str]
) -> ClusterItem:
    item: ClusterItem = report(
        aid, T0 + timedelta(days=days), title, text, v, mains={"bis"}, kinds=kinds
    )
    return item


def _reports() -> list[ClusterItem]:
    return [
        _item(
            "robot-rule",
            0,
            "BIS requires licences to ship warehouse robot controllers abroad",
            "The Bureau of Industry and Security issued a rule requiring a licence to export "
            "controllers for autonomous warehouse robots under the Robot Controller Rule.",
            _unit(BASIS[0] + 0.6 * BASIS[1]),
            {"export-control"},
        ),
        _item(
            "listed-fine",
            150,
            "BIS fines a freight broker over warehouse robot shipments",
            "The Bureau of Industry and Security fined a freight broker for moving robot arms "
            "to a company on the Entity List.",
            _unit(BASIS[0] + 0.6 * BASIS[2]),
            {"export-control", "enforcement-fine"},
        ),
        _item(
            "controller-fine",
            240,
            "BIS fines a maker over warehouse robot controllers",
            "The Bureau of Industry and Security fined a maker for shipping controllers "
            "without the licence the Robot Controller Rule requires.",
            _unit(BASIS[0] + 0.6 * BASIS[3]),
            {"export-control", "enforcement-fine"},
        ),
    ]


def test_a_fine_under_another_list_is_read_as_such_and_a_fine_under_the_rule_is_not() -> None:
    items = [*_reports(), *filler(T0, BASIS, 24, topics=4, every=5, offset=2)]
    elsewhere = evidence_between(LEARNED, items, "listed-fine", "robot-rule")
    under = evidence_between(LEARNED, items, "controller-fine", "robot-rule")
    assert penalty_under_another_instrument(elsewhere)
    assert not penalty_under_another_instrument(under)
