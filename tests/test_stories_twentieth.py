"""Policy threads across months, twentieth round.

Pairs and reports written for these tests (invented measures, figures and dates).

- The trainer's simulation weighs a later step against an earlier one where the grouper does
  (:func:`nlp.cluster.within_story_reach`): up to the story horizon, and beyond it, up to
  ``story_results_days``, only a step that counts results, a case under a measure, a step
  naming its authority's rule or one of its authority's stating nothing against the earlier
  step (:func:`nlp.cluster.its_authoritys_later_step`), and only when nothing links it within
  the horizon.
- An authority is registered once: on the watchlist or in the table of authorities off it
  (``config/foreign_authorities.toml``), never in both.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.story_pairs import Pair
from bench.train_stories import links_of
from nlp import cluster
from nlp.cluster import (
    ClusterItem,
    Grouper,
    GroupingParams,
    its_authoritys_later_step,
    reaches_beyond_horizon,
    within_story_reach,
)
from nlp.crosslingual import default_foreign_authority_rows
from nlp.hanzi import to_simplified
from nlp.story_model import STORY_FEATURES, StoryModel
from policywatch_core.config import load_watchlist
from tests.story_support import COUNTRIES, DIM, basis, filler, report, stories_of, unit

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


def test_the_reach_is_the_horizon_then_results_cases_a_named_rule_or_its_authoritys_step() -> None:
    plain = {"sim": 0.9, "key": 1.0}
    assert within_story_reach(300, plain, PARAMS) == "horizon"
    # a ferry licence revoked 500 days after the licensing window opened, by the same
    # authority (its key), stating nothing against the window: weighed beyond the horizon
    assert within_story_reach(500, plain, PARAMS) == "beyond"
    # its parent ministry only (kin), another kind of measure, another subject: not weighed
    assert within_story_reach(500, {"sim": 0.9, "kin": 1.0}, PARAMS) is None
    assert within_story_reach(500, {**plain, "kinds": -1.0}, PARAMS) is None
    assert within_story_reach(500, {**plain, "subjects": -1.0}, PARAMS) is None
    # naming its authority's rule, a results report sharing the key, a case under the measure
    assert within_story_reach(500, {"sim": 0.9, "kin": 1.0, "cites": 1.0}, PARAMS) == "beyond"
    assert within_story_reach(500, {**plain, "kinds": -1.0}, PARAMS, results=True) == "beyond"
    assert within_story_reach(500, {**plain, "case_under": 1.0}, PARAMS, case=True) == "beyond"
    # a case stating nothing of the measure, and anything past the results' reach
    assert within_story_reach(500, plain, PARAMS, case=True) is None
    assert within_story_reach(800, {**plain, "cites": 1.0}, PARAMS, results=True) is None
    # the rule named, but a subject stated against it
    assert not reaches_beyond_horizon({**plain, "cites": 1.0, "subjects": -1.0})
    assert its_authoritys_later_step(plain)
    assert not its_authoritys_later_step({**plain, "penalty_elsewhere": 1.0})
    assert not its_authoritys_later_step({**plain, "paper": 1.0})


def test_the_simulation_links_beyond_the_horizon_only_where_the_grouper_does() -> None:
    model = _by_sim(0.6)
    pairs = [
        # read over the bar 480 days on by the same authority, nothing against: weighed
        _pair("window", "revoked", 480, sim=0.95, key=1.0),
        # 480 days on, over the bar, but of another kind of measure: never weighed
        _pair("window", "tariff", 480, sim=0.95, key=1.0, kinds=-1.0),
        # 520 days on, naming its authority's rule through its parent: weighed
        _pair("code", "reports", 520, sim=0.9, kin=1.0, cites=1.0),
        # a results report 600 days on, sharing the key
        _pair("levy", "receipts", 600, {"results": True, "case": True}, sim=0.9, key=1.0),
        # 900 days on, naming its rule: past every reach
        _pair("charter", "audit", 900, sim=0.95, key=1.0, cites=1.0),
    ]
    links = set(links_of(pairs, model, 14, PARAMS))
    assert ("window", "revoked") in links
    assert ("window", "tariff") not in links
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


def _licences() -> list[ClusterItem]:
    """A port authority's licence window for pilot boats, its first revocations 500 days on
    (no rule named), and its berth fee rule 505 days on (another kind of measure); each later
    one is grouped with the window alone."""
    b = BASIS
    mains = {"port-authority"}
    return [
        report(
            "window",
            T0,
            "Port authority opens licence applications for pilot boat operators",
            "Operators of pilot boats have three months to apply for a licence from the port "
            "authority.",
            unit(b[20] + b[21]),
            mains=mains,
            kinds={"approval-requirement"},
        ),
        report(
            "revoked",
            T0 + timedelta(days=500),
            "Port authority pulls two pilot boat licences over crew hours",
            "Two operators lost their licences after inspectors found crews working double shifts.",
            unit(b[20] + b[22] + b[23]),
            mains=mains,
            kinds={"approval-requirement"},
        ),
        report(
            "fees",
            T0 + timedelta(days=505),
            "Port authority adopts new berth fee rule for cruise ships",
            "Cruise ships will pay berth fees by passenger count from next season.",
            unit(b[20] + b[22] + b[24]),
            mains=mains,
            kinds={"law-regulation"},
        ),
    ]


def test_its_authoritys_later_step_links_beyond_the_horizon(monkeypatch) -> None:
    # a model reading the authority in common alone: over its bar with the key
    coef = tuple(30.0 if f == "key" else 0.0 for f in STORY_FEATURES)
    model = StoryModel("stub", STORY_FEATURES, coef, -15.0, 0.9)
    monkeypatch.setattr(cluster, "load_story_model", lambda name: model)
    params = GroupingParams(story_model="stub", broad_entities=COUNTRIES)
    window, revoked, fees = _licences()
    stream = filler(T0, BASIS, 40, topics=3, every=14, offset=2, start=30)
    got = stories_of(Grouper(params, dim=DIM), [window, revoked, *stream])
    assert got["revoked"] == got["window"]
    # the same authority's measure of another kind, as far on: not weighed
    got = stories_of(Grouper(params, dim=DIM), [window, fees, *stream])
    assert got["fees"] != got["window"]


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
        for key, _, latin, han in rows
        for name in (*latin, *han)
        if _normal(name) in watched
    }
    assert both == set()
