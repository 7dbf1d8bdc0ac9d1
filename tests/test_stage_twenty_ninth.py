"""Stage by class of wording, twenty-ninth round, on sentences written for these tests (English
and Chinese, simplified and traditional; the robot, drone and sensor rules and the firms are
invented).

1. Stage: a legislature stopping a bill in the title or lead (a veto, a bill voted down,
   否决……修正案) keeps the rules' ``suspended`` against another learned stage, as a court's stay
   does; not a veto threatened or overridden.
2. Stage: an effect counted from "its first official publication" is to come (``adopted``), as
   one counted from "its publication".
3. Stage: an in-force cue in a clause of time that waits for the effect ("Operators can register
   once it is in effect", "until the rules come into force", 一旦办法生效) states no effect; a past
   effect ("when the rules came into force") and "when" naming a day ("from today, when the scheme
   starts to apply") still do.
4. Stage: a legislature disallowing an instrument ("the Senate disallowed the standard", "which
   accordingly ceases to have effect") is ``suspended``; a motion to disallow is an aim.
5. Stage: a business's new capacity or sign-ups halted on an authority's order (责令……暂停新增
   机柜, 暂停新用户注册) is an enforcement act, not a rule suspended; 暂停执行《办法》 still is.
6. Stage: a scheme whose applications open at a time ahead (资助计划下月开始接受申请, traditional
   script read simplified) does not run yet; applications opened (已开始受理申报) still do.
7. Stage: an official's hint or a measure looked at, with no text out ("minister hints at a
   levy", "said the government was looking at a registration duty", 暗示将) is ``reported``.
8. Stage: a regulator's circular, an industry code or code of practice, a standard and a policy
   are named rules: a head that names one states its stage with no signal found ("The circular
   applies with immediate effect", "is preparing a policy to fund robot guides").
9. Stage: a learned ``adopted`` on a bill the title or lead says one chamber passed ("Lower
   house passes delivery robot bill") is ``proposed``; not a treaty one chamber approves, nor a
   bill a later sentence makes law.
10. Stage: a deal called in for a screening review ("calls in sale of robot maker", "called in
   the planned takeover") is a review opened, ``in-force``; a call-in weighed is not.
11. Stage: a court lifting a block, an injunction or a suspension of a rule ("Appeals court lifts
   block on drone rule", "set aside the precautionary suspension", 法院裁定撤销……暂缓执行) puts
   it back in force; a lift asked of a court is no ruling, and a regulator lifting its own
   block on an app is read as before.
"""

from __future__ import annotations

from nlp.about import (
    Evidence,
    _bill_stop_kept,
    _bill_stopped_in_head,
    _one_chamber_in_head,
    decide_values,
)
from nlp.about_model import AboutModel, Decision
from nlp.hanzi import to_simplified
from nlp.stated import after_publication
from tests.stage_support import sentences_of, stage_of

# -- 1. a legislature stopping a bill ------------------------------------------------------------


def _evidence(rules_stage: str, bill_stopped: bool, one_chamber: bool = False) -> Evidence:
    return Evidence(
        main={},
        reported={"law-regulation": {"x": 1.0}},
        stage={"x": 1.0},
        sourcing={},
        rules_main=frozenset(),
        rules_reported=frozenset({"law-regulation"}),
        rules_stage=rules_stage,
        rules_sourcing="official",
        stage_sentences={"proposed": "Senators vote down delivery robot bill"},
        bill_stopped=bill_stopped,
        one_chamber=one_chamber,
    )


def _stage_says(value: str) -> AboutModel:
    """A model whose stage always answers ``value`` (the rest answers nothing of note)."""
    stage = Decision(("x",), ("none", value), ((8.0,),), (-4.0,))
    other = Decision(("x",), ("false", "true"), ((8.0,),), (-4.0,))
    return AboutModel(
        {"main": other, "reported": other, "stage": stage, "sourcing": other},
        use={"stage": "learned", "reported": "learned"},
    )


def test_a_bill_stopped_keeps_the_rules_suspension() -> None:
    assert _bill_stop_kept(_evidence("suspended", True), "proposed")
    assert _bill_stop_kept(_evidence("suspended", True), "in-force")
    assert not _bill_stop_kept(_evidence("suspended", True), "suspended")
    # a suspension the rules read from another word: the model may weigh it
    assert not _bill_stop_kept(_evidence("suspended", False), "proposed")
    assert decide_values(_evidence("suspended", True), _stage_says("proposed")).stage == (
        "suspended"
    )
    assert decide_values(_evidence("suspended", False), _stage_says("proposed")).stage == (
        "proposed"
    )


def test_a_bill_voted_down_or_vetoed_in_the_head(cues) -> None:
    for text in (
        "Senators vote down delivery robot bill\n\nThe upper house rejected the bill 40 to 31.",
        "Governor vetoes drone noise bill\n\nThe governor vetoed the bill on Friday.",
        "州议会否决无人机噪声法案\n\n州议会周二以多数票否决了该法案。",
    ):
        assert _bill_stopped_in_head(sentences_of(text), cues), text


def test_a_veto_threatened_or_overridden_stops_no_bill(cues) -> None:
    for text in (
        "Governor threatens to veto drone noise bill\n\nThe governor said he could veto it.",
        "Lawmakers override veto of robot safety bill\n\n"
        "The assembly voted on Tuesday to override the governor's veto, and the bill becomes law.",
    ):
        assert not _bill_stopped_in_head(sentences_of(text), cues), text


# -- 2. an effect counted from its first official publication ----------------------------------


def test_an_effect_counted_from_the_first_official_publication() -> None:
    text = "The order enters into force fifteen calendar days after its first official publication."
    start = text.index("enters into force")
    assert after_publication(text, start, start + len("enters into force")) == (15, "days")


def test_an_order_in_force_after_its_first_official_publication_is_adopted(cues) -> None:
    text = (
        "Ministry registers sensor safety order\n\n"
        "The order on sensor safety checks enters into force ten calendar days after its first "
        "official publication."
    )
    assert stage_of(text, cues) == "adopted"


# -- 3. an effect waited for ---------------------------------------------------------------------


def test_an_effect_waited_for_states_no_effect(cues) -> None:
    for text in (
        "Drone registry order clears justice ministry\n\n"
        "The drone registry order was registered on Monday. Operators can file for a place on "
        "the registry once it is in effect.",
        "Robot courier code approved\n\n"
        "The regulator approved the robot courier code. Couriers may keep running old robots "
        "until the rules come into force.",
        "市政府通过无人机登记办法\n\n市政府通过了无人机登记办法。一旦办法生效，企业须在三十日内完成登记。",
    ):
        assert stage_of(text, cues) == "adopted", text


def test_an_effect_in_the_past_or_on_a_named_day_stays_in_force(cues) -> None:
    for text in (
        "Robot makers rush to comply\n\n"
        "Robot makers rushed to comply when the sensor rules came into force last week.",
        "Sensor certificates open for business\n\n"
        "Makers can apply for the sensor certificate from today, when the scheme starts to apply.",
    ):
        assert stage_of(text, cues) == "in-force", text


# -- 4. a disallowance ---------------------------------------------------------------------------


def test_a_disallowance_suspends_the_instrument(cues) -> None:
    for text in (
        "Senate disallows robot safety standard\n\n"
        "The Senate disallowed the robot safety standard on Tuesday.",
        "Motion agreed\n\n"
        "The Senate agreed to the motion on the Delivery Robot Standard 2031, which accordingly "
        "ceases to have effect.",
    ):
        assert stage_of(text, cues) == "suspended", text


def test_a_motion_to_disallow_is_an_aim(cues) -> None:
    text = (
        "Senator seeks to scrap robot standard\n\n"
        "A senator gave notice of a motion to disallow the robot safety standard made in May."
    )
    assert stage_of(text, cues) != "suspended"


# -- 5. a business's new capacity halted on order ----------------------------------------------


def test_new_capacity_halted_on_order_is_no_rule_suspended(cues) -> None:
    text = (
        "市工信局通报两家数据中心违规 责令限期整改\n\n"
        "市工信局12月1日通报，两家数据中心企业存在超标用电问题，已责令其限期整改并暂停新增机柜。"
    )
    assert stage_of(text, cues) == "in-force"


def test_a_rule_held_still_is_suspended(cues) -> None:
    text = "市工信局暂停执行算力券办法\n\n市工信局决定自即日起暂停执行《算力券管理办法》。"
    assert stage_of(text, cues) == "suspended"


# -- 6. applications opening ahead ---------------------------------------------------------------


def test_applications_opening_ahead_do_not_run_the_scheme(cues) -> None:
    for text in (
        "市政府设立机器人购置补贴\n\n市政府宣布设立5亿元机器人购置补贴，下月开始接受申请。",
        to_simplified(
            "市政府設立機器人購置補貼\n\n市政府宣布設立5億元機器人購置補貼，明年第一季開始接受申請。"
        ),
    ):
        assert stage_of(text, cues) != "in-force", text


def test_applications_opened_run_the_scheme(cues) -> None:
    text = "市政府设立机器人购置补贴\n\n市政府宣布设立5亿元机器人购置补贴，已开始受理申报。"
    assert stage_of(text, cues) == "in-force"


# -- 7. hints and measures looked at --------------------------------------------------------------


def test_a_hint_or_a_measure_looked_at_is_reported(cues) -> None:
    for text in (
        "Minister hints at levy on delivery robots\n\n"
        "The transport minister told a conference on Monday that the levy 'deserves a look'.",
        "Drone registration duty on the table\n\n"
        "The digital minister said on Friday that the government was looking at a registration "
        "requirement for hobby drones.",
        "部长暗示将对配送机器人征费\n\n交通部长周一在论坛上表示，对配送机器人征费值得研究。",
    ):
        assert stage_of(text, cues) == "reported", text


def test_a_rule_in_force_stays_in_force_beside_a_word_of_looking(cues) -> None:
    text = (
        "Drone registration rule takes effect\n\n"
        "The drone registration rule took effect on Monday; inspectors were looking at the first "
        "filings."
    )
    assert stage_of(text, cues) == "in-force"


# -- 8. circulars and industry codes named -------------------------------------------------------


def test_a_circular_with_immediate_effect_is_in_force_with_no_signal(cues) -> None:
    text = (
        "Central bank sets sensor-fault reporting for lenders\n\n"
        "The central bank issued a circular on Monday requiring lenders to report sensor faults "
        "within a day. The circular applies with immediate effect."
    )
    assert stage_of(text, cues, signal=False) == "in-force"


def test_a_policy_or_a_standard_in_preparation_is_reported_with_no_signal(cues) -> None:
    for text in (
        "Province to back robot guides, operator says\n\n"
        "The province is preparing a policy to fund robot guides at its parks, the manager of a "
        "tour operator said.",
        "Regulator weighs robot noise standard\n\n"
        "The regulator is considering a standard that would cap the noise of delivery robots.",
    ):
        assert stage_of(text, cues, signal=False) == "reported", text


def test_an_industry_code_to_take_effect_is_adopted_with_no_signal(cues) -> None:
    text = (
        "Regulator issues robot courier code\n\n"
        "The transport regulator issued a binding industry code for robot couriers on Thursday. "
        "The code takes effect in March."
    )
    assert stage_of(text, cues, signal=False) == "adopted"


# -- 9. one chamber's passage ---------------------------------------------------------------------


def test_a_learned_adoption_of_a_bill_one_chamber_passed_is_proposed() -> None:
    evidence = _evidence("none", False, one_chamber=True)
    assert decide_values(evidence, _stage_says("adopted")).stage == "proposed"
    assert decide_values(_evidence("none", False), _stage_says("adopted")).stage == "adopted"


def test_one_chamber_passing_a_bill_in_the_head(cues) -> None:
    text = (
        "Lower house passes delivery robot bill\n\n"
        "The lower house approved the delivery robot bill on Wednesday. It now goes to the Senate."
    )
    assert _one_chamber_in_head(sentences_of(text), cues)


def test_a_treaty_approved_or_a_bill_made_law_is_no_single_chamber(cues) -> None:
    for text in (
        "Upper house approves drone safety pact\n\n"
        "The upper house approved the drone safety agreement with its neighbour on Friday.",
        "House passes robot safety bill\n\n"
        "The House passed the robot safety bill on Monday. The bill passes 230 to 190 and "
        "becomes law.",
    ):
        assert not _one_chamber_in_head(sentences_of(text), cues), text


# -- 10. a deal called in for review -------------------------------------------------------------


def test_a_deal_called_in_for_review_is_in_force(cues) -> None:
    for text in (
        "Britain calls in sale of robot maker to overseas buyer\n\n"
        "The government said on Monday it had called in the sale for a national security review.",
        "Ministry calls in planned takeover of sensor firm\n\n"
        "The ministry called in the planned takeover of a sensor maker on Friday.",
    ):
        assert stage_of(text, cues) == "in-force", text


def test_a_call_in_weighed_is_not_in_force(cues) -> None:
    text = (
        "Britain weighs calling in sale of robot maker\n\n"
        "The government is considering whether to call in the sale of a robot maker, officials "
        "said."
    )
    assert stage_of(text, cues) != "in-force"


# -- 11. a court lifting a block on a rule --------------------------------------------------------


def test_a_court_lifting_a_block_on_a_rule_puts_it_in_force(cues) -> None:
    for text in (
        "Appeals court lifts block on drone registry rule\n\n"
        "The appeals court on Tuesday vacated the injunction against the drone registry rule.",
        "Ruling on the robot rules appeal\n\n"
        "The Council of State upheld the ministry's appeal and set aside the precautionary "
        "suspension, so the robot safety regulation applies.",
        "法院撤销无人机办法暂缓执行裁定\n\n二审法院12月1日裁定撤销对《无人机飞行管理办法》暂缓执行的裁定。",
    ):
        assert stage_of(text, cues) == "in-force", text


def test_a_lift_asked_of_a_court_is_no_ruling(cues) -> None:
    text = (
        "Ministry appeals drone rule block\n\n"
        "The ministry asked the appeals court to lift the injunction against the drone registry "
        "rule."
    )
    assert stage_of(text, cues) != "in-force"


def test_a_regulator_lifting_its_block_on_an_app_is_read_as_before(cues) -> None:
    text = (
        "Regulator lifts block on robot chat app\n\n"
        "The data protection regulator lifted the block it imposed on the app in May."
    )
    assert stage_of(text, cues) == "suspended"
