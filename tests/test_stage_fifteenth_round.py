"""Stage by class of wording, fifteenth round, on sentences written for these tests (English and
Chinese; the drone firms and rules are invented).

1. Enforcement acts that hold from the day they are done are in force: a warning given ("sent a
   written warning", 予以警告), goods seized ("customs officers seized", 查获), a licence's
   renewal refused, and a licence or permit revoked ("revoked the operating licence", 吊销): the
   authority takes back what it granted, no rule is suspended. A rule revoked (撤销《……办法》,
   "revoked the registration rule") is still suspended, and "seized on the rule" is no seizure.
2. A listing that names several companies before the list ("adds Skyfleet and nine other drone
   makers to entity list") is in force like a short one; with its effect dated ahead in another
   sentence ("The additions take effect when the rule is published") it is adopted, and a
   listing weighed is reported.
3. An effect counted in words ("takes effect in twenty days", "within forty-five days") is to
   come (adopted); the time before an effect (做好条例施行前的准备工作) is no rule in force.
4. The learned stage may not put in force a rule the rules read as adopted because its day of
   effect is ahead ("apply from January 1", 自2027年1月1日起施行), unless a sentence of the head
   shows it in force; a rule dated by a year alone (《……》自2023年起施行) is context, no day ahead.
"""

from __future__ import annotations

import pytest

from nlp.about import Evidence, decide_values, effect_dated_ahead
from nlp.about_model import AboutModel, Decision
from tests.stage_support import sentences_of, stage_of

ENFORCEMENT_IN_FORCE = [
    (
        "warning-letter",
        "Privacy regulator sends warning letter to drone app maker\n\nThe regulator said it had "
        "sent a written warning to AeroLink over how its app stores flight logs.",
    ),
    (
        "zh-warning",
        "市场监管局对一家无人机企业予以警告\n\n该局表示，已对该企业予以警告，并要求其说明情况。",
    ),
    (
        "customs-seizure",
        "Customs seizes 400 drone flight controllers bound for sanctioned buyer\n\nCustoms "
        "officers seized 400 flight controllers at the port, the agency said.",
    ),
    (
        "zh-seizure",
        "海关公布一批无人机零部件走私案\n\n海关总署表示，近期查获无人机飞控模块1200余件。",
    ),
    (
        "renewal-refused",
        "Aviation authority refuses to renew drone operator's licence\n\nThe authority refused "
        "to renew the operating licence of SkyCourier, which must stop its flights.",
    ),
    (
        "licence-revoked",
        "Ministry revokes SkyCourier's drone operating licence\n\nThe ministry has revoked the "
        "operating licence of SkyCourier after repeated safety breaches.",
    ),
    (
        "zh-licence-revoked",
        "交通运输局吊销一家无人机公司经营许可证\n\n该局12月2日吊销了该公司的无人机经营许可证。",
    ),
]


@pytest.mark.parametrize(
    ("name", "text"), ENFORCEMENT_IN_FORCE, ids=[r[0] for r in ENFORCEMENT_IN_FORCE]
)
def test_enforcement_act_is_in_force(name: str, text: str, cues) -> None:
    assert stage_of(text, cues) == "in-force"


def test_enforcement_act_in_force_without_a_signal(cues) -> None:
    text = (
        "Customs seizes 400 drone flight controllers bound for sanctioned buyer\n\nCustoms "
        "officers seized 400 flight controllers at the port, the agency said."
    )
    assert stage_of(text, cues, signal=False) == "in-force"


ENFORCEMENT_GUARDS = [
    (
        "rule-revoked",
        "Ministry revokes drone registration rule\n\nThe ministry has revoked the drone "
        "registration rule it issued last year.",
        "suspended",
    ),
    (
        "zh-rule-revoked",
        "交通运输部撤销《无人机登记管理办法》\n\n交通运输部12月2日决定撤销《无人机登记管理办法》。",
        "suspended",
    ),
    (
        "seized-on",
        "Drone makers seize on new battery rule\n\nDrone makers seized on the battery rule the "
        "ministry issued on Monday.",
        "adopted",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), ENFORCEMENT_GUARDS, ids=[r[0] for r in ENFORCEMENT_GUARDS]
)
def test_enforcement_guards(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues) == expected


LISTINGS = [
    (
        "several-names",
        "Commerce adds Skyfleet Robotics and nine other drone makers to entity list\n\nThe "
        "Commerce Department said the companies had supplied military buyers.",
        "in-force",
    ),
    (
        "dated-ahead",
        "Commerce adds Skyfleet Robotics and nine other drone makers to entity list\n\nThe "
        "additions take effect when the rule is published in the Federal Register next week.",
        "adopted",
    ),
    (
        "rule-published-later",
        "Commerce adds Skyfleet Robotics and nine other drone makers to entity list\n\nThe "
        "bureau announced a final rule adding Skyfleet Robotics and nine other firms in China to "
        "the entity list. The rule will be published in the Federal Register.",
        "adopted",
    ),
    (
        "weighed",
        "US weighs adding Skyfleet Robotics and nine other drone makers to entity list\n\nThe "
        "Commerce Department is considering the move, people familiar with the matter said.",
        "reported",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), LISTINGS, ids=[r[0] for r in LISTINGS])
def test_listing_stage(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues) == expected


EFFECT_TO_COME = [
    (
        "twenty-days",
        "Ministry adopts drone battery rules\n\nThe drone battery rules take effect in twenty "
        "days.",
        "adopted",
    ),
    (
        "forty-five-days",
        "Ministry adopts drone battery rules\n\nThe drone battery rules come into force within "
        "forty-five days.",
        "adopted",
    ),
    (
        "zh-before-effect",
        "国务院常务会议通过无人机安全条例\n\n会议要求有关部门做好条例施行前的准备工作。",
        "adopted",
    ),
    (
        "took-effect",
        "Drone battery rules in force\n\nThe drone battery rules took effect twenty days ago.",
        "in-force",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), EFFECT_TO_COME, ids=[r[0] for r in EFFECT_TO_COME]
)
def test_effect_to_come(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues) == expected


# -- the learned stage against a day of effect ahead --------------------------------------------


def _always_in_force() -> AboutModel:
    """A model whose stage is always ``in-force`` (the other decisions keep the rules)."""
    stage = Decision(("rules_adopted",), ("adopted", "in-force"), ((0.0,),), (5.0,))
    binary = Decision(("x",), ("false", "true"), ((0.0,),), (0.0,))
    sourcing = Decision(("x",), ("official", "none"), ((0.0,),), (0.0,))
    return AboutModel(
        {"main": binary, "reported": binary, "stage": stage, "sourcing": sourcing},
        use={"stage": "learned"},
    )


def _evidence(ahead: bool, shown: dict[str, str]) -> Evidence:
    """The rules' stage ``adopted`` of an article reporting a rule (a reported signal kind)."""
    return Evidence(
        main={},
        reported={"law-regulation": {"x": 1.0}},
        stage={"rules_adopted": 1.0},
        sourcing={},
        rules_main=frozenset(),
        rules_reported=frozenset({"law-regulation"}),
        rules_stage="adopted",
        rules_sourcing="official",
        stage_sentences=shown,
        effect_ahead=ahead,
    )


def test_learned_stage_keeps_adopted_for_an_effect_ahead() -> None:
    evidence = _evidence(True, {"adopted": "The rules were issued."})
    assert decide_values(evidence, _always_in_force()).stage == "adopted"


def test_learned_stage_in_force_when_the_head_shows_it() -> None:
    shown = {"in-force": "The rules took effect on Monday."}
    evidence = _evidence(True, shown)
    assert decide_values(evidence, _always_in_force()).stage == "in-force"


def test_learned_stage_in_force_without_an_effect_ahead() -> None:
    evidence = _evidence(False, {"in-force": "Customs officers seized the drones."})
    assert decide_values(evidence, _always_in_force()).stage == "in-force"


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("省经信厅印发无人机补贴办法\n\n省经信厅印发办法。办法自2027年1月1日起施行。", True),
        (
            "Ministry issues drone rules\n\nThe ministry issued rules. They apply from January 1.",
            True,
        ),
        (
            "公安部部署无人机专项行动\n\n公安部部署行动。《无人机管理规定》自2023年起施行。",
            False,
        ),
    ],
    ids=["zh-day-ahead", "en-day-ahead", "zh-year-only"],
)
def test_effect_dated_ahead(text: str, ahead: bool, cues) -> None:
    assert effect_dated_ahead(sentences_of(text), cues) is ahead
