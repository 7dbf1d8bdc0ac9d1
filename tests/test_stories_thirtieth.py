"""Stories, thirtieth round: a rule stating its own penalties is no earlier penalty under
another instrument; the story key index of the analysis path built once per state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nlp.cluster import (
    ClusterItem,
    Corrections,
    Grouper,
    GroupingParams,
    development_id_for,
    penalty_step,
    penalty_under_another_instrument,
)
from tests.story_support import COUNTRIES, DIM, basis, evidence_between, report, unit

T0 = datetime(2031, 3, 2, 9, 0, tzinfo=UTC)
PARAMS = GroupingParams(story_threshold=0.5, broad_entities=COUNTRIES)
D = basis(301)


# -- a rule stating its penalties is no penalty elsewhere ------------------------------------


def test_a_step_read_as_a_rule_and_a_fine_is_no_penalty_step():
    assert penalty_step({"enforcement-fine"})
    assert penalty_step({"enforcement-fine", "export-control", "restriction"})
    assert not penalty_step({"enforcement-fine", "law-regulation"})
    assert not penalty_step({"enforcement-fine", "guidance-standard"})
    assert not penalty_step({"data-security-rule", "enforcement-fine", "restriction"})
    assert not penalty_step({"law-regulation"})
    assert not penalty_step(())


def _rule_then_fine(rule_kinds: tuple[str, ...]) -> dict[str, float]:
    items = [
        report(
            "rule",
            T0,
            "Harbour board issues berth safety rules for automated cranes",
            "The harbour board issued its berth safety rules for automated cranes. Operators "
            "that do not comply face fines under the Maritime Safety Act.",
            unit(D[30] + D[31]),
            mains=("harbour-board",),
            kinds=rule_kinds,
        ),
        report(
            "fine",
            T0 + timedelta(days=400),
            "Harbour board fines terminal operator over crane collisions",
            "The harbour board fined a terminal operator after two automated cranes collided "
            "at a berth, its first penalty over crane safety.",
            unit(D[30] + D[32]),
            mains=("harbour-board",),
            kinds=("enforcement-fine",),
        ),
    ]
    return evidence_between(PARAMS, items, "fine", "rule")


def test_a_rule_naming_the_act_of_its_penalties_does_not_bar_its_first_fine():
    feats = _rule_then_fine(("law-regulation", "enforcement-fine"))
    assert feats["earlier_penalty_elsewhere"] == 0.0
    assert not penalty_under_another_instrument(feats)


def test_an_earlier_penalty_alone_under_an_act_the_later_never_names_still_bars():
    feats = _rule_then_fine(("enforcement-fine",))
    assert feats["earlier_penalty_elsewhere"] == 1.0
    assert penalty_under_another_instrument(feats)


# -- the key index of the analysis path ------------------------------------------------------


def _reports(n: int, start: int = 0) -> list[ClusterItem]:
    """``n`` invented reports of two agencies, each its own development."""
    out = []
    for i in range(start, start + n):
        agency = ("harbour-board", "seed-office")[i % 2]
        out.append(
            report(
                f"r{i}",
                T0 + timedelta(days=3 * i),
                f"The {agency.replace('-', ' ')} sets out step {i} of its plan",
                f"The {agency.replace('-', ' ')} said its step {i} would follow in spring.",
                unit(D[i % 8] + 0.3 * D[20]),
                mains=(agency,),
                kinds=("law-regulation",),
            )
        )
    return out


def _grouper(items: list[ClusterItem]) -> Grouper:
    pins = {i.article_id: development_id_for(i.article_id) for i in items}
    g = Grouper(PARAMS, dim=DIM, corrections=Corrections(pins=pins))
    g.assign_all(items)
    return g


def _counting(g: Grouper) -> list[int]:
    calls = [0]
    build = g._story_key_index

    def counted() -> tuple[dict[str, set[str]], ...]:
        calls[0] += 1
        return build()

    g._story_key_index = counted  # type: ignore[method-assign]
    return calls


def test_the_analysis_path_builds_the_key_index_once_while_the_developments_stay():
    g = _grouper(_reports(6))
    calls = _counting(g)
    settled = set(g.developments)
    keys = frozenset({"harbour-board"})
    first = g._holding(keys, settled, chinese=True)
    for _ in range(5):
        assert g._holding(keys, settled, chinese=True) == first
        assert g._holding(frozenset({"seed-office"}), settled, chinese=False, head=False)
    assert calls[0] == 1
    assert first == {development_id_for(f"r{i}") for i in (0, 2, 4)}


def test_evidence_between_developments_asks_the_index_once_for_every_pair():
    g = _grouper(_reports(6))
    calls = _counting(g)
    devs = sorted(g.developments.values(), key=lambda d: d.first_published)
    for i, a in enumerate(devs):
        for b in devs[i + 1 :]:
            g.story_evidence(b, a)
    assert calls[0] <= 1


def test_a_new_report_or_a_removed_development_rebuilds_the_index():
    g = _grouper(_reports(4))
    calls = _counting(g)
    keys = frozenset({"harbour-board"})
    assert g._holding(keys, set(g.developments), chinese=True) == {
        development_id_for("r0"),
        development_id_for("r2"),
    }
    # a later report of the harbour board opens a development: the index sees it
    g.corrections.pins["r4"] = development_id_for("r4")
    g.assign_all(_reports(1, start=4))
    assert g._holding(keys, set(g.developments), chinese=True) == {
        development_id_for(f"r{i}") for i in (0, 2, 4)
    }
    # a development taken out of the state directly: the index forgets it
    del g.developments[development_id_for("r2")]
    assert g._holding(keys, set(g.developments) | {development_id_for("r2")}, chinese=True) == {
        development_id_for("r0"),
        development_id_for("r4"),
    }
    assert calls[0] == 4  # the first ask, settling the batch, the new report, the removal


def test_the_kept_index_equals_one_built_afresh():
    g = _grouper(_reports(8))
    settled = set(g.developments)
    for keys in ({"harbour-board"}, {"seed-office"}, {"harbour-board", "seed-office"}, {"x"}):
        for chinese in (True, False):
            for head in (True, False):
                kept = g._holding(frozenset(keys), settled, chinese=chinese, head=head)
                g._kept_key_index = None
                fresh = g._holding(frozenset(keys), settled, chinese=chinese, head=head)
                assert kept == fresh
