"""Policy threads across months: a step taken under a rule, and another government's measure.

A thread written for these tests (an invented measure of a real regulator): China's internet
regulator drafts age checks for companion chatbots, issues the final rules reworded four months
later, and fines two apps under them three months after that. Beside it, the same regulator's
second measure on a near subject within the same months (labels on synthetic voices) and the same
subject in another country (South Korea's regulator ordering age checks for companion chatbots),
which must both stay apart.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from nlp.cluster import ClusterItem, Grouper, GroupingParams, other_government_same_subject
from nlp.story_model import DEFAULT_STORY_MODEL, STORY_FEATURES, load_story_model
from tests.story_support import DIM, basis, evidence_between, filler, report, stories_of
from tests.story_support import unit as _unit

T0 = datetime(2026, 3, 2, 8, tzinfo=UTC)
BASIS = basis(53)
PARAMS = GroupingParams(
    story_model="",
    broad_entities=frozenset({"china", "south-korea"}),
    entity_parents=(("cac", "china"), ("kcc", "south-korea")),
)
LEARNED = replace(PARAMS, story_model=DEFAULT_STORY_MODEL)


def _item(aid, days, title, text, vector, mains, kinds):
    return report(aid, T0 + timedelta(days=days), title, text, vector, mains=mains, kinds=kinds)


def _thread() -> list[ClusterItem]:
    return [
        _item(
            "minors-draft",
            0,
            "CAC drafts age checks for companion chatbots",
            "The Cyberspace Administration of China proposed that companion chatbot services "
            "verify the age of every user and switch minors to a time-limited mode.",
            _unit(BASIS[0] + 0.6 * BASIS[1]),
            {"cac"},
            {"law-regulation"},
        ),
        _item(
            "voice-labels",
            60,
            "CAC requires labels on synthetic voices",
            "The Cyberspace Administration of China ordered platforms to label synthetic "
            "voices in audio and video clips from June.",
            _unit(BASIS[0] + 1.4 * BASIS[2]),
            {"cac"},
            {"law-regulation"},
        ),
        _item(
            "korea-checks",
            100,
            "South Korea orders age checks for companion chatbots",
            "South Korea's communications commission said companion chatbot services must "
            "verify the age of every user and limit night-time use by minors from October.",
            _unit(BASIS[0] + 1.4 * BASIS[4]),
            {"kcc"},
            {"law-regulation"},
        ),
        _item(
            "minors-final",
            130,
            "Chatbot companions must now verify ages and run a minors' mode",
            "Companion chatbot apps must verify ages and put under-18 users in a minors' mode "
            "with daily limits, under the final rules of the Cyberspace Administration of China.",
            _unit(BASIS[0] + 0.6 * BASIS[3]),
            {"cac"},
            {"law-regulation"},
        ),
        _item(
            "minors-fine",
            220,
            "Two chatbot apps fined in first test of China's minors' mode rules",
            "The Cyberspace Administration of China fined two companion chatbot apps for "
            "skipping the age checks the minors' mode rules require.",
            _unit(BASIS[0] + 0.6 * BASIS[5]),
            {"cac"},
            {"enforcement-fine"},
        ),
    ]


def _items() -> list[ClusterItem]:
    return [*_thread(), *filler(T0, BASIS, 30, topics=5, every=7, offset=3)]


def test_two_governments_on_one_subject_is_a_bar_two_on_different_subjects_is_not():
    same = dict.fromkeys(STORY_FEATURES, 0.0)
    assert other_government_same_subject({**same, "root": -1.0, "subjects": 1.0})
    assert other_government_same_subject({**same, "root": -1.0, "object": 0.3})
    # one government, or two on different subjects, or nothing known of the roots: the model's
    assert not other_government_same_subject({**same, "root": 1.0, "subjects": 1.0})
    assert not other_government_same_subject({**same, "root": -1.0, "subjects": -1.0})
    assert not other_government_same_subject({**same, "root": 0.0, "object": 0.5})


def test_a_fine_under_the_rule_is_not_a_measure_of_another_kind():
    items = _items()
    fine = evidence_between(LEARNED, items, "minors-fine", "minors-draft")
    # a fine and the rule it enforces: no kind of measure stated against the rule's, so nothing
    # known (not a contradiction)
    assert fine["kinds"] == 0.0
    # two rules of one kind still agree
    final = evidence_between(LEARNED, items, "minors-final", "minors-draft")
    assert final["kinds"] == 1.0


def test_the_same_subject_under_another_government_is_barred_whatever_the_model_gives():
    items = _items()
    korea = evidence_between(LEARNED, items, "korea-checks", "minors-draft")
    assert korea["root"] == -1.0
    assert other_government_same_subject(korea)
    final = evidence_between(LEARNED, items, "minors-final", "korea-checks")
    assert other_government_same_subject(final)
    model = load_story_model(DEFAULT_STORY_MODEL)
    own = evidence_between(LEARNED, items, "minors-final", "minors-draft")
    assert not other_government_same_subject(own)
    assert model.probability(own) > model.probability(final)


def test_the_thread_stays_apart_from_the_other_government_and_the_regulators_other_measure():
    for params in (PARAMS, LEARNED):
        stories = stories_of(Grouper(params, dim=DIM), _items())
        for other in ("korea-checks", "voice-labels"):
            assert stories[other] != stories["minors-draft"]
            assert stories[other] != stories["minors-final"]
            assert stories[other] != stories["minors-fine"]
    # the fine under the rules joins their thread with the learned step
    learned = stories_of(Grouper(LEARNED, dim=DIM), _items())
    assert learned["minors-fine"] == learned["minors-draft"]
