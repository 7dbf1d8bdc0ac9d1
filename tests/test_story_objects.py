"""Policy threads across months: the object of a measure, kept while its name and wording change.

A thread written for these tests (an invented measure of a real agency): a draft licence rule on
exports of photonic interconnect chips, and four months later the final rule, reworded ("optical
interconnect parts", "a permit"). Beside them, the same agency's second measure on a near subject
within the same months (an Entity List addition of quantum sensor makers), and the same subject
in another country (Japan's ministry on photonic chip exports), which must both stay apart: the
model alone linked the latter (texts, word pairs and objects agree), so two governments'
measures on one subject are a bar it cannot override (``other_government_same_subject``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from nlp.cluster import OBJECT_KEY, ClusterItem, Grouper, GroupingParams, measure_objects
from nlp.story_model import DEFAULT_STORY_MODEL, STORY_FEATURES, load_story_model
from tests.story_support import DIM, basis, evidence_between, filler, report, stories_of
from tests.story_support import unit as _unit

T0 = datetime(2026, 2, 2, 8, tzinfo=UTC)
BASIS = basis(47)
PARAMS = GroupingParams(
    story_model="",
    broad_entities=frozenset({"united-states", "japan"}),
    entity_parents=(("bis", "us-commerce"), ("us-commerce", "united-states"), ("meti", "japan")),
)
LEARNED = replace(PARAMS, story_model=DEFAULT_STORY_MODEL)


def _item(aid, days, title, text, vector, mains, kinds):
    return report(aid, T0 + timedelta(days=days), title, text, vector, mains=mains, kinds=kinds)


def _thread() -> list[ClusterItem]:
    return [
        _item(
            "photonic-draft",
            0,
            "BIS drafts licence rule for exports of photonic interconnect chips",
            "The Bureau of Industry and Security proposed a licence requirement for exports of "
            "photonic interconnect chips used to link AI accelerators in data centres.",
            _unit(BASIS[0] + 0.6 * BASIS[1]),
            {"bis"},
            {"export-control"},
        ),
        _item(
            "quantum-listing",
            95,
            "BIS adds quantum sensor makers to the Entity List",
            "The Bureau of Industry and Security added six makers of quantum sensors to the "
            "Entity List over sales to a military research institute.",
            _unit(BASIS[0] + 1.4 * BASIS[2]),
            {"bis"},
            {"export-control"},
        ),
        _item(
            "japan-photonic",
            110,
            "Japan requires licences for photonic interconnect chip exports",
            "Japan's trade ministry said exporters of photonic interconnect chips will need a "
            "licence for shipments to twelve countries from September.",
            _unit(BASIS[0] + 1.4 * BASIS[4]),
            {"meti"},
            {"export-control"},
        ),
        _item(
            "photonic-final",
            128,
            "Permit now needed to ship photonic interconnect parts for AI clusters abroad",
            "Sending photonic interconnect parts abroad now takes a permit under the final rule "
            "of the Bureau of Industry and Security; parts for consumer devices are exempt.",
            _unit(BASIS[0] + 0.6 * BASIS[3]),
            {"bis"},
            {"export-control"},
        ),
    ]


def _items() -> list[ClusterItem]:
    return [*_thread(), *filler(T0, BASIS, 30, topics=5, every=5, offset=3)]


def test_measure_objects_read_what_a_measure_is_about_not_who_or_when():
    got = measure_objects(
        "Seoul names four gatekeepers under new platform act",
        "The Korea Fair Trade Commission said on Monday the platform rules apply from July.",
    )
    assert got[OBJECT_KEY + "platform"] == 2  # "platform act", "platform rules"
    # the authority, the place, the day and the stage are not the object
    for word in ("seoul", "korea", "fair", "commission", "monday", "new"):
        assert OBJECT_KEY + word not in got
    assert measure_objects("Storm closes mountain passes", "Snow blocked roads.") == {}
    # a Chinese draft and its final text: the document's object, without its stage
    draft = measure_objects("《光互连芯片出口管理办法（征求意见稿）》公开征求意见", "")
    final = measure_objects("印发", "印发《光互连芯片出口管理办法》，自发布之日起施行。")
    assert OBJECT_KEY + "互连" in draft
    assert draft.keys() & final.keys() >= {OBJECT_KEY + "光互", OBJECT_KEY + "芯片"}


def test_a_reworded_final_rule_shares_the_drafts_object_the_agencys_other_measure_does_not():
    assert "object" in STORY_FEATURES
    items = _items()
    final = evidence_between(LEARNED, items, "photonic-final", "photonic-draft")
    listing = evidence_between(LEARNED, items, "quantum-listing", "photonic-draft")
    assert final["object"] > 0.0
    assert listing["object"] < final["object"]
    model = load_story_model(DEFAULT_STORY_MODEL)
    assert model.probability(final) > model.probability({**final, "object": 0.0})


def test_the_same_agencys_other_measure_stays_apart():
    for params in (PARAMS, LEARNED):
        stories = stories_of(Grouper(params, dim=DIM), _items())
        assert stories["quantum-listing"] != stories["photonic-draft"]
        assert stories["quantum-listing"] != stories["photonic-final"]


@pytest.mark.parametrize("params", [PARAMS, LEARNED], ids=["rules", "learned"])
def test_the_same_subject_in_another_country_stays_apart(params: GroupingParams) -> None:
    stories = stories_of(Grouper(params, dim=DIM), _items())
    assert stories["japan-photonic"] != stories["photonic-draft"]
    assert stories["japan-photonic"] != stories["photonic-final"]
