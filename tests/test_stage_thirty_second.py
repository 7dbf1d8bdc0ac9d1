"""Stage and sourcing by class of wording, thirty-second round, on sentences written for these
tests (English and Chinese, simplified and traditional; the robot, drone and sensor rules are
invented).

1. Stage: a pilot ended before its term (提前终止……试点, 终止试点, "pulled the plug on its
   trial") is suspended; a deal called off (终止交易) is not.
2. Stage: a dated start told with 实行 (7月1日起實行) is read as 起实施 is.
3. Stage: a text whose implementing rules are still to come (落地仍需配套细则) states no duty
   in force; a duty that holds on (仍需申领许可证) still does.
4. Stage: the draft a final text is measured against ("narrowed from draft") is no proposal;
   a text floated ("has floated rules") and a first draft written (已形成初稿) are.
5. Stage: a bill to come, told by its sponsor ("will introduce a bill"), is a plan, ``reported``.
6. Sourcing: decisions of any kind ("according to decisions the regulator posted", "according
   to a reconsideration decision") are the authority's documents; people "briefed on it" are
   unnamed; the press unnamed ("local press reported"), another outlet's summary ("as
   summarised by") and a newspaper by its name ("according to the provincial ... Daily") are
   second-hand; an authority's "statement on press reports" is not.
7. One reading of a suspension lifted: the in-force cues read a hold lifted with the words of
   ``nlp.about._lifts`` (``nlp.about._with_lifts``), no list of their own in ``about.toml``; a
   lift with any of its verbs ("rescinded its suspension", "quashed the pause") is in force, a
   lift refused or asked for is not.
"""

from __future__ import annotations

from nlp.entities import Tagger, tag_texts_about
from nlp.hanzi import to_simplified
from tests.stage_support import sourcing_of, stage_of


def tagged_stage(tagger: Tagger, text: str) -> str:
    """The stage the whole tagging gives an article (signals found by the tagger)."""
    return tag_texts_about([text], tagger)[0].stage.value


# -- 1. a pilot ended early -----------------------------------------------------------------------

ENDED_EARLY = [
    "市交通局关于提前终止配送机器人试点的决定\n\n"
    "市交通局决定自下月起提前终止配送机器人上路试点，已发放的测试牌照同时收回。",
    "市運輸局關於提前終止無人機送餐試點的決定\n\n"
    "市運輸局決定提前終止無人機送餐試點，其餘航線不受影響。",
    "City ends robot courier scheme\n\n"
    "The city has pulled the plug on its pavement robot courier trial four months early, "
    "its transport office said on Monday.",
]


def test_a_pilot_ended_early_is_suspended(cues, tagger) -> None:
    for text in ENDED_EARLY:
        assert stage_of(to_simplified(text), cues) == "suspended", text
    for text in ENDED_EARLY[:2]:
        assert tagged_stage(tagger, text) == "suspended", text


def test_a_deal_called_off_is_no_pilot_ended(cues) -> None:
    text = (
        "安全审查办公室禁止一宗机器人企业收购\n\n"
        "安全审查办公室作出决定，禁止一家外国基金收购一家传感器企业。交易双方表示将终止交易。"
    )
    assert stage_of(text, cues) != "suspended"


# -- 2. a dated start told with 实行 --------------------------------------------------------------


def test_a_dated_start_told_with_shixing_is_read_as_a_start(cues) -> None:
    told = "送貨機械人登記制度3月1日起{}\n\n送貨機械人登記制度3月1日起{}，營運者須先行登記。"
    shixing = to_simplified(told.format("實行", "實行"))
    shishi = to_simplified(told.format("實施", "實施"))
    assert stage_of(shixing, cues) == stage_of(shishi, cues) == "in-force"


# -- 3. implementing rules still to come ----------------------------------------------------------


def test_implementing_rules_still_to_come_state_no_duty_in_force(cues) -> None:
    text = (
        "多家配送企业表示将按办法调整路线\n\n"
        "多家配送企业负责人表示，将按照配送机器人管理办法调整路线。"
        "一位专家认为，办法的落地仍需配套细则。"
    )
    assert stage_of(text, cues, signal=False) != "in-force"


def test_a_duty_that_holds_on_is_still_in_force(cues) -> None:
    text = "出口商仍需申领许可证\n\n无人机飞控模块出口商仍需申领出口许可证，审批约需四周。"
    assert stage_of(text, cues) == "in-force"


# -- 4. a draft measured against, a first draft written -------------------------------------------


def test_a_final_text_measured_against_its_draft_is_adopted(cues) -> None:
    text = (
        "STATE PASSES DELIVERY ROBOT LAW; STARTS MAY 1 -- lawmakers approve robot courier "
        "rules -- insurance clause cut from draft"
    )
    assert stage_of(text, cues) == "adopted"


def test_a_draft_published_is_still_proposed(cues) -> None:
    text = (
        "Ministry publishes draft drone registration rules\n\n"
        "The transport ministry published a draft of its drone registration rules for comment."
    )
    assert stage_of(text, cues) == "proposed"


def test_a_text_floated_is_proposed(cues) -> None:
    text = (
        "Aviation office floats night rules for delivery drones\n\n"
        "The aviation office has floated rules that would let delivery drones fly at night over "
        "approved corridors."
    )
    assert stage_of(text, cues) == "proposed"


def test_floating_point_operations_are_no_text_floated(cues) -> None:
    text = (
        "Ministry issues compute rules for robot makers\n\n"
        "The ministry issued rules covering robot models trained with more than 10^24 "
        "floating-point operations."
    )
    assert stage_of(text, cues) == "adopted"


def test_a_first_draft_written_is_proposed(cues) -> None:
    text = (
        "省交通厅：配送机器人管理办法已形成初稿\n\n"
        "省交通厅负责人在新闻发布会上介绍，省交通厅将出台配送机器人管理办法，目前已形成初稿。"
    )
    assert stage_of(text, cues) == "proposed"


# -- 5. a bill to come ----------------------------------------------------------------------------


def test_a_bill_to_come_told_by_its_sponsor_is_reported(cues) -> None:
    text = (
        "Lawmaker to seek curbs on sidewalk robots\n\n"
        "A state senator said on Friday he will introduce a bill to bar delivery robots from "
        "school zones."
    )
    assert stage_of(text, cues) == "reported"


# -- 6. sourcing ----------------------------------------------------------------------------------


def test_decisions_of_any_kind_are_the_authority_s_documents(cues) -> None:
    for text in (
        "City fines three robot courier firms\n\n"
        "The city fined three robot courier firms for blocking pavements, according to "
        "decisions its transport regulator posted on Tuesday.",
        "Drone fine upheld\n\n"
        "The regulator fined a drone operator 2 million yuan, according to a reconsideration "
        "decision published last week.",
    ):
        assert sourcing_of(text, cues) == "official", text


def test_people_briefed_on_it_are_unnamed(cues) -> None:
    text = (
        "City drawing up list of approved delivery robots\n\n"
        "The city is drawing up a list of delivery robots allowed on pavements, according to "
        "two suppliers briefed on it."
    )
    assert sourcing_of(text, cues) == "anonymous"


def test_the_press_unnamed_and_another_outlet_s_summary_are_second_hand(cues) -> None:
    for text in (
        "Drone curfew in force\n\n"
        "Delivery drones have been barred from flying after 10 p.m. since May 1, local press "
        "reported.",
        "Analysis: robot fines\n\n"
        "The two decisions, as summarised by a business daily, are the first fines under the "
        "city's robot courier rules.",
        "Drone curfew adopted\n\n"
        "The city adopted a night curfew for delivery drones, according to the provincial "
        "Harbour Daily.",
    ):
        assert sourcing_of(text, cues) == "secondary", text


def test_an_authority_s_statement_on_press_reports_is_not_second_hand(cues) -> None:
    text = (
        "Statement on press reports\n\n"
        "No decision has been taken to ban delivery drones over parks, and no such order exists."
    )
    assert sourcing_of(text, cues) != "secondary"


# -- 7. one reading of a suspension lifted --------------------------------------------------------


def test_the_in_force_cues_read_lifts_with_the_one_reading(cues) -> None:
    held = ("abeyance", "suspension", "pause", "暂停")
    assert not [p for p in cues.stages["in-force"].phrases if any(h in p for h in held)]
    for text in (
        "The transport agency rescinded its suspension of the robot courier rules.",
        "The tribunal quashed the pause on the drone noise rule.",
        "交通局取消对配送机器人管理办法的暂停。",
    ):
        assert cues.stages["in-force"].search(text), text
    assert not cues.stages["in-force"].search("The agency paused the drone noise rule.")


def test_a_lift_with_any_of_its_verbs_is_in_force(cues) -> None:
    text = (
        "Agency rescinds suspension of robot courier rules\n\n"
        "The transport agency rescinded its suspension of the robot courier rules on Monday."
    )
    assert stage_of(text, cues) == "in-force"


def test_a_lift_refused_is_not_in_force(cues) -> None:
    text = (
        "Agency keeps drone rule on hold\n\n"
        "The transport agency did not lift the suspension of the drone noise rule on Monday."
    )
    assert stage_of(text, cues) != "in-force"
