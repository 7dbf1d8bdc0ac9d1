"""The measure guard: English reports of one authority about different measures never join.

The English grouping model weighs a shared regulator and the policy wording every report of it
uses ("rules that would require"); what tells two of its measures apart is the measure's own
object (:func:`nlp.cluster.measure_relation`). All texts are written for these tests.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from numpy.typing import NDArray

from nlp.cluster import ClusterItem, Grouper, GroupingParams, measure_relation, measure_subjects
from nlp.crosslingual import Evidence, extract_evidence, jurisdictions

PARENTS = {
    "cac": "china",
    "mofcom": "china",
    "bis": "us-commerce",
    "us-commerce": "united-states",
}
GOVERNMENTS = frozenset({"china", "united-states"})
JURISDICTION = jurisdictions(PARENTS, GOVERNMENTS)
AUTHORITIES = frozenset(JURISDICTION)

# One regulator, two measures: identity checks by face for chatbot users, and auditors of
# personal data sent abroad.
FACE_RUMOUR = (
    "China's internet regulator weighs face checks for chatbot users\n"
    "The Cyberspace Administration of China is drafting rules that would require users of "
    "generative AI chatbots to pass a facial recognition check before each log-in, two people "
    "briefed on the plan said."
)
AUDITOR_DRAFT = (
    "China proposes rules for auditors of personal data sent abroad\n"
    "The Cyberspace Administration of China proposed rules on Tuesday that would require firms "
    "that certify transfers of personal information out of the country to register with the "
    "regulator and open their books to it every year."
)
# The face-check measure again, in other words and from another outlet.
FACE_OTHER_WORDS = (
    "Chatbot sign-ins could need a face scan under planned CAC rule\n"
    "AI chatbot services in China may have to make every user log in with face recognition, "
    "according to a draft requirement the cyberspace watchdog is preparing, sources said."
)
# Two governments' measures on the same things.
US_DRONE_RULE = (
    "US requires licences for drone flight controllers shipped to China\n"
    "The Bureau of Industry and Security published a rule requiring a licence to export "
    "flight controllers for unmanned aircraft to China."
)
CHINA_DRONE_CURBS = (
    "China weighs export licences for drone motors\n"
    "China's commerce ministry is considering export licence requirements for drone motors "
    "and flight batteries, people familiar with the matter said."
)


def _evidence(text: str, entities: set[str]) -> Evidence:
    return extract_evidence(text, entity_ids=entities, jurisdiction_of=JURISDICTION)


def test_one_regulators_two_measures_are_apart() -> None:
    face = _evidence(FACE_RUMOUR, {"cac"})
    audit = _evidence(AUDITOR_DRAFT, {"cac"})
    assert measure_relation(face, audit, AUTHORITIES) == -1
    assert measure_relation(audit, face, AUTHORITIES) == -1


def test_one_measure_in_other_words_agrees() -> None:
    face = _evidence(FACE_RUMOUR, {"cac"})
    other = _evidence(FACE_OTHER_WORDS, {"cac"})
    assert measure_relation(face, other, AUTHORITIES) == 1


def test_two_governments_measures_on_the_same_things_are_apart() -> None:
    us = _evidence(US_DRONE_RULE, {"bis"})
    cn = _evidence(CHINA_DRONE_CURBS, {"mofcom"})
    assert measure_subjects(us) & measure_subjects(cn)  # both about drones and licences
    assert measure_relation(us, cn, AUTHORITIES) == -1


def test_subjects_are_not_read_without_an_authority() -> None:
    """General news: subject cues fire by chance, so they say nothing without an authority."""
    face = _evidence(FACE_RUMOUR, set())
    audit = _evidence(AUDITOR_DRAFT, set())
    assert measure_relation(face, audit, AUTHORITIES) == 0
    assert measure_relation(face, audit) == 0


@pytest.mark.parametrize(
    ("narrow", "broad"),
    [
        ("a rule on exports of high-bandwidth memory", "a rule on exports of AI chips"),
        ("rules on humanoid makers", "rules on robot makers"),
    ],
)
def test_a_narrower_subject_agrees_with_its_broader_one(narrow: str, broad: str) -> None:
    one = _evidence(narrow, {"cac"})
    other = _evidence(broad, {"cac"})
    assert measure_relation(one, other, AUTHORITIES) == 1


def test_a_step_any_measure_takes_is_no_shared_subject() -> None:
    """Two drafts (or two denials) of one regulator are not one measure for being drafts."""
    one = _evidence(FACE_RUMOUR + " The draft is open for comment.", {"cac"})
    other = _evidence(AUDITOR_DRAFT + " The draft is open for comment.", {"cac"})
    assert "draft-consultation" in one.topics & other.topics
    assert measure_relation(one, other, AUTHORITIES) == -1


# -- the grouping -------------------------------------------------------------------------------

DIM = 16


def _unit(seed: int) -> NDArray[np.float32]:
    v = np.random.default_rng(seed).normal(size=DIM).astype(np.float32)
    return (v / np.linalg.norm(v)).astype(np.float32)


def _item(aid: str, text: str, hours: float, entities: set[str]) -> ClusterItem:
    """An English report; every one gets the same vector (the English model reads them alike)."""
    title, body = text.split("\n", 1)
    return ClusterItem(
        article_id=aid,
        title=title,
        published=datetime(2027, 3, 2, 8, tzinfo=UTC) + timedelta(hours=hours),
        outlet_id="o-" + aid,
        vector=_unit(7),
        text=body,
        entity_ids=frozenset(entities),
    )


def _grouped(guard: bool) -> dict[str, str]:
    params = GroupingParams(
        entity_parents=tuple(sorted(PARENTS.items())),
        broad_entities=GOVERNMENTS,
        measure_guard=guard,
    )
    items = [
        _item("face", FACE_RUMOUR, 0, {"cac", "china"}),
        _item("audit", AUDITOR_DRAFT, 3, {"cac", "china"}),
        _item("face-again", FACE_OTHER_WORDS, 6, {"cac", "china"}),
        _item("us-drones", US_DRONE_RULE, 30, {"bis", "china"}),
        _item("cn-drones", CHINA_DRONE_CURBS, 33, {"mofcom", "china"}),
    ]
    assignments = Grouper(params, dim=DIM).assign_all(items)
    return {a.article_id: a.development_id for a in assignments}


def test_grouping_keeps_one_regulators_two_measures_apart() -> None:
    grouped = _grouped(guard=True)
    assert grouped["audit"] != grouped["face"]
    assert grouped["cn-drones"] != grouped["us-drones"]


def test_grouping_still_joins_one_measure_in_other_words() -> None:
    grouped = _grouped(guard=True)
    assert grouped["face-again"] == grouped["face"]


def test_without_the_guard_the_model_joins_them() -> None:
    """The case is real: on these texts the learned decision alone joins the two measures."""
    grouped = _grouped(guard=False)
    assert grouped["audit"] == grouped["face"]
    assert grouped["cn-drones"] == grouped["us-drones"]


def test_the_guard_is_recorded_with_the_decision() -> None:
    params = GroupingParams(
        entity_parents=tuple(sorted(PARENTS.items())), broad_entities=GOVERNMENTS
    )
    items = [
        _item("face", FACE_RUMOUR, 0, {"cac", "china"}),
        _item("audit", AUDITOR_DRAFT, 3, {"cac", "china"}),
    ]
    grouper = Grouper(params, dim=DIM)
    decided = {a.article_id: a for a in grouper.assign_all(items)}
    assert decided["audit"].is_new
    assert decided["audit"].features.get("measure_guard") == 1.0
