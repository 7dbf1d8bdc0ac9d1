"""Policy threads across months, twentieth round.

Pairs and reports written for these tests (invented measures, figures and dates).

- The trainer's simulation weighs a later step against an earlier one where the grouper does
  (:func:`nlp.cluster.within_story_reach`): up to the story horizon, and beyond it, up to
  ``story_results_days``, only a step that counts results, a case under a measure or a step
  naming its authority's rule, and only when nothing links it within the horizon; never a
  development the rules link inside the window.
- An authority is registered once: on the watchlist or in the table of authorities off it
  (``config/foreign_authorities.toml``), never in both.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bench.story_pairs import Pair
from bench.train_stories import links_of
from nlp.cluster import (
    GroupingParams,
    reaches_beyond_horizon,
    within_story_reach,
)
from nlp.crosslingual import default_foreign_authority_rows
from nlp.hanzi import to_simplified
from nlp.story_model import STORY_FEATURES, StoryModel
from policywatch_core.config import load_watchlist
from tests.story_support import basis

ROOT = Path(__file__).resolve().parent.parent
PARAMS = GroupingParams(story_model="")  # horizons 365 and 730 days
T0 = datetime(2031, 5, 9, 8, tzinfo=UTC)
BASIS = basis(203)


def _pair(
    earlier: str,
    later: str,
    gap: float,
    notes: dict[str, object] | None = None,
    *,
    same_story: bool = False,
    **f: float,
) -> Pair:
    facts = {"indexed": True, **(notes or {})}
    return Pair("invented", earlier, later, gap, False, same_story, dict(f), facts)


def _by_sim(bar: float) -> StoryModel:
    coef = tuple(40.0 if f == "sim" else 0.0 for f in STORY_FEATURES)
    return StoryModel("stub", STORY_FEATURES, coef, -40.0 * bar, 0.5)


# -- the trainer simulates the grouper's reach ------------------------------------------------


def test_the_reach_is_the_horizon_then_only_results_cases_and_a_named_rule() -> None:
    plain = {"sim": 0.9, "key": 1.0}
    assert within_story_reach(300, plain, PARAMS) == "horizon"
    # a ferry licence revoked 500 days after the licensing window opened, naming no rule
    assert within_story_reach(500, plain, PARAMS) is None
    # naming its authority's rule, a results report sharing the key, a case under the measure
    assert within_story_reach(500, {**plain, "cites": 1.0}, PARAMS) == "beyond"
    assert within_story_reach(500, plain, PARAMS, results=True) == "beyond"
    assert within_story_reach(500, {**plain, "case_under": 1.0}, PARAMS, case=True) == "beyond"
    # a case stating nothing of the measure, and anything past the results' reach
    assert within_story_reach(500, plain, PARAMS, case=True) is None
    assert within_story_reach(800, {**plain, "cites": 1.0}, PARAMS, results=True) is None
    # the rule named, but a subject stated against it
    assert not reaches_beyond_horizon({**plain, "cites": 1.0, "subjects": -1.0})


def test_the_simulation_links_beyond_the_horizon_only_where_the_grouper_does() -> None:
    model = _by_sim(0.6)
    pairs = [
        # read over the bar 480 days on, naming no rule: the grouper never weighs it
        _pair("window", "revoked", 480, sim=0.95, key=1.0),
        # 520 days on, naming its authority's rule: weighed beyond the horizon
        _pair("code", "reports", 520, sim=0.9, key=1.0, cites=1.0),
        # a results report 600 days on, sharing the key
        _pair("levy", "receipts", 600, {"results": True, "case": True}, sim=0.9, key=1.0),
        # 900 days on, naming its rule: past every reach
        _pair("charter", "audit", 900, sim=0.95, key=1.0, cites=1.0),
    ]
    links = set(links_of(pairs, model, 14, PARAMS))
    assert ("window", "revoked") not in links
    assert ("code", "reports") in links
    assert ("levy", "receipts") in links
    assert ("charter", "audit") not in links


def test_a_step_the_rules_link_inside_the_window_is_not_weighed_by_the_learned_step() -> None:
    model = _by_sim(0.6)
    pairs = [
        # the order's first extension, linked by the rules 9 days after its notice ...
        _pair("notice", "extension", 9, sim=0.9, key=1.0, same_story=True),
        # ... and the same regulator's other order two months before, read over the bar
        _pair("other-order", "extension", 66, sim=0.95, key=1.0),
        # a step nothing links inside the window, over the bar against the same other order
        _pair("other-order", "report", 120, sim=0.95, key=1.0),
    ]
    links = set(links_of(pairs, model, 14, PARAMS))
    assert ("notice", "extension") in links
    assert ("other-order", "extension") not in links
    assert ("other-order", "report") in links


def test_a_step_linked_within_the_horizon_is_not_linked_beyond_it_too() -> None:
    pairs = [
        _pair("consultation", "guideline", 200, sim=0.9, key=1.0),
        _pair("old-guideline", "guideline", 600, sim=0.95, key=1.0, cites=1.0),
    ]
    links = set(links_of(pairs, _by_sim(0.6), 14, PARAMS))
    assert ("consultation", "guideline") in links
    assert ("old-guideline", "guideline") not in links


# -- one registration per authority -------------------------------------------------------------


def _normal(name: str) -> str:
    return " ".join(to_simplified(name).casefold().split())


def test_no_authority_is_both_on_the_watchlist_and_in_the_table() -> None:
    watched: dict[str, str] = {}
    for entity in load_watchlist(ROOT / "config").items:
        for name in (entity.name, *entity.aliases, *entity.context_aliases):
            watched.setdefault(_normal(name), entity.id)
    rows = default_foreign_authority_rows()
    assert rows  # the table is read
    both = {
        (key, name, watched[_normal(name)])
        for key, _, latin, han, bare in rows
        # the traditional-script bare names too (``zh_traditional``): 證監會 read as a table
        # authority's and a watchlist alias is one name registered twice
        for name in (*latin, *han, *bare)
        if _normal(name) in watched
    }
    assert both == set()
