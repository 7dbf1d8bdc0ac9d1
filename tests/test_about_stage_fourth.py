"""Stage and sourcing by class of wording, fourth round, on sentences written for these tests
(English and Chinese): a state told in the past that holds, an effect on a date ahead, a text in
traditional characters, an instruction on second-hand sourcing, a denial word used as a
modifier, "plan to" as a verb or a noun, a pressing government, a hyphenated "delayed", "put
forward", and a rule at work."""

from __future__ import annotations

import pytest

from nlp.about import FEATURES, analyse, sourcing
from nlp.about import stage_features as stage_features_of
from policywatch_core.models import Finding
from tests.stage_support import sentences_of, sourcing_of, spans_of
from tests.stage_support import stage_of as shared_stage_of


def stage_of(text: str, cues) -> str:
    return shared_stage_of(text, cues, signal=False)


# -- a state reached before the news holds on -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Robot lawn mowers get first park permits\n\nThree makers said their mowers began "
            "working in city parks this week after the new measures took effect.",
            "in-force",
        ),
        (
            "Import paperwork shrinks\n\nSince the sensor licence rules were repealed in May, "
            "customs clearance takes two days, a freight agent said.",
            "suspended",
        ),
    ],
)
def test_a_state_told_in_the_past_holds(text, value, cues):
    assert stage_of(text, cues) == value


def test_a_pause_before_the_news_is_still_history(cues):
    text = (
        "Ferry bookings resume\n\nBookings for the new route opened on Monday after a pause of "
        "three months, the operator said."
    )
    assert stage_of(text, cues) != "suspended"


# -- an effect on a date ahead ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Harbour drone rules set\n\nThe harbour drone rules take effect on September 1, the port "
        "authority said.",
        "关于港区无人机作业规定的说明\n\n本规定自2028年9月1日起施行。",
    ],
)
def test_an_effect_on_a_date_ahead_is_adopted(text, cues):
    assert stage_of(text, cues) == "adopted"


# -- traditional characters -------------------------------------------------------------------


def test_a_text_in_traditional_characters_is_read_through_the_cues():
    text = "交通部令\n\n修正「無人機作業管理規則」部分條文，自中華民國117年5月1日施行。"
    found = analyse(text, spans_of(text), [], [], {}, method="rules")
    assert found.stage.value == "adopted"
    assert found.stage.sentence in text  # the sentence as written, not converted
    assert "規則" in found.stage.sentence


def test_traditional_and_simplified_forms_agree():
    traditional = "數位部暫停實施「資料跨境規則」\n\n數位部宣布暫停實施該規則。"
    simplified = "数位部暂停实施「资料跨境规则」\n\n数位部宣布暂停实施该规则。"
    a = analyse(traditional, spans_of(traditional), [], [], {}, method="rules")
    b = analyse(simplified, spans_of(simplified), [], [], {}, method="rules")
    assert a.stage.value == b.stage.value == "suspended"
    assert a.stage.sentence in traditional


# -- an instruction nothing public shows, in Chinese ------------------------------------------


def test_a_chinese_instruction_on_second_hand_sourcing_is_reported(cues):
    text = (
        "媒体：监管部门要求云服务商提交跨境数据评估材料\n\n据某财经媒体周二报道，有关监管部门近期"
        "要求多家云服务商在月底前提交跨境数据评估材料。"
    )
    assert sourcing_of(text, cues) == "secondary"
    assert stage_of(text, cues) == "reported"


def test_an_instruction_in_the_authoritys_own_notice_is_no_rumour(cues):
    text = "市网信办约谈两家直播平台\n\n市网信办约谈两家直播平台负责人，责令限期整改。"
    assert stage_of(text, cues) == "in-force"


# -- a denial word as a modifier, and a denial in an answer -----------------------------------


def test_false_information_is_no_denial(cues):
    text = (
        "市网信办约谈某短视频平台\n\n市网信办约谈某短视频平台负责人，针对平台传播不实信息等问题，"
        "责令其限期整改。"
    )
    assert sourcing_of(text, cues) != "denial"
    assert stage_of(text, cues) == "in-force"


def test_not_true_in_an_answer_is_a_denial(cues):
    text = (
        "市交通局有关负责人就网传无人机禁飞令答记者问\n\n问：有报道称本市将全面禁飞无人机，"
        "是否属实？答：经核实，该说法不属实。"
    )
    assert sourcing_of(text, cues) == "denial"


# -- "plan to": the verb or the noun ----------------------------------------------------------


def test_regulators_plan_to_is_reported(cues):
    text = (
        "Port drones may face night curfew\n\nMaritime regulators plan to bar cargo drones "
        "from flying at night, according to a person close to one of the operators."
    )
    assert stage_of(text, cues) == "reported"


@pytest.mark.parametrize(
    "text",
    [
        "Cabinet sets out plan to put robots in hospitals\n\nThe cabinet issued guidelines "
        "calling for robots in most large hospitals by 2031, it said on Sunday.",
        "Ministry approves Orbix plan to build a plant abroad\n\nThe ministry approved the "
        "company's request on Friday, it said in a statement.",
    ],
)
def test_a_plan_made_is_not_a_plan_reported(text, cues):
    assert stage_of(text, cues) != "reported"


# -- a government pressing another, second-hand -----------------------------------------------


def test_a_government_pressing_another_to_halt_is_reported(cues):
    text = (
        "Canada's trade ministry presses Canberra to halt sensor servicing - Harbour Post\n\n"
        "Canada's trade ministry has asked Australia to stop servicing sensors already sold to "
        "a rival, the Harbour Post reported, citing people familiar with the talks."
    )
    assert stage_of(text, cues) == "reported"


# -- a hyphenated "delayed", "put forward" ----------------------------------------------------


def test_a_long_delayed_scheme_put_forward_is_proposed(cues):
    text = (
        "Storage label on the table at last\n\nThe Commission put forward its long-delayed "
        "data storage certification scheme on Tuesday."
    )
    assert stage_of(text, cues) == "proposed"


# -- a rule at work ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "First drone couriers licensed\n\nTwo couriers licensed under the amended rules began "
        "flying parcels this week, one of them said.",
        "关于公布首批无人机配送航线的公告\n\n根据《无人机配送航线管理办法》，现将首批航线予以公布。",
    ],
)
def test_a_rule_at_work_is_a_feature_and_shows_in_force(text, cues):
    sentences = sentences_of(text)
    source = sourcing(sentences, [], {}, cues)
    features, shown = stage_features_of(sentences, [], source, Finding("none"), cues, "news", ())
    assert "applied_head" in FEATURES["stage"]
    assert features.get("applied_head") == 1.0
    assert shown["in-force"] in text


def test_a_rule_complied_with_by_name_only_is_no_rule_at_work(cues):
    text = "Cloud firm opens data centre\n\nThe firm said the centre keeps data at home by default."
    sentences = sentences_of(text)
    source = sourcing(sentences, [], {}, cues)
    features, _ = stage_features_of(sentences, [], source, Finding("none"), cues, "news", ())
    assert "applied_head" not in features


@pytest.mark.parametrize(
    "text",
    [
        "Two more couriers join harbour drone pilot\n\nTwo couriers have received permits in the "
        "harbour drone pilot, the port authority said on Monday.",
        "关于公布首批港区无人机作业企业名单的公告\n\n根据《港区无人机作业管理办法》，经审核，现将首批"
        "批准的8家企业予以公布。",
    ],
)
def test_an_act_under_a_rule_in_place_is_in_force(text, cues):
    assert stage_of(text, cues) == "in-force"


def test_a_new_acts_legal_basis_is_no_rule_at_work(cues):
    text = (
        "商务部公告2028年第3号 关于对部分传感器实施出口管制的公告\n\n"
        "根据《中华人民共和国出口管制法》有关规定，经国务院批准，决定对部分传感器实施出口管制。本公告自2028年5月1日起正式实施。"
    )
    assert stage_of(text, cues) == "adopted"


def test_an_act_under_a_rule_to_come_is_no_rule_at_work(cues):
    text = (
        "Couriers line up for drone permits\n\nCouriers will receive permits under the new "
        "harbour rules from May, the port authority said."
    )
    assert stage_of(text, cues) != "in-force"


@pytest.mark.parametrize(
    "text",
    [
        "关于无人机配送试点的通报\n\n自试点启动以来，已有5家企业开通配送航线，试点办法运行平稳。",
        "Deadline passes for drone operators\n\nDrone operators that missed the May 1 "
        "registration deadline must ground their fleets under the rules, the aviation regulator "
        "said.",
    ],
)
def test_a_rule_running_since_it_began_or_a_deadline_passed_is_in_force(text, cues):
    assert stage_of(text, cues) == "in-force"


def test_a_maximum_penalty_set_by_a_law_is_no_fine(cues):
    text = (
        "Parliament passes tougher drone law\n\nParliament on Friday passed amendments to the "
        "drone law that raise the maximum penalty for flying over airports, the text shows."
    )
    assert stage_of(text, cues) == "adopted"


def test_an_authoritys_qa_denying_a_report_is_denied(cues):
    text = (
        "市交通局有关负责人就网传无人机禁飞令答记者问\n\n问：有报道称本市将全面禁飞无人机，"
        "是否属实？答：经核实，该说法不属实，我局未制定相关规定。"
    )
    assert stage_of(text, cues) == "denied"


def test_requirements_as_a_noun_are_no_instruction(cues):
    text = (
        "工信部印发无人机安全技术要求\n\n据新华社报道，《无人机安全技术要求》日前正式印发，要求明确"
        "整机须配备返航装置。"
    )
    assert stage_of(text, cues) != "reported"


# -- sourcing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Harbour drone rules final\n\nThe transport ministry finalised rules for harbour drones "
        "on Monday.",
        "Storage label on the table\n\nThe Commission put forward its data storage "
        "certification scheme on Tuesday.",
        "Regulator seeks views on drone code\n\nThe aviation regulator opened a public "
        "consultation on a draft code for delivery drones.",
    ],
)
def test_an_authoritys_act_is_official(text, cues):
    assert sourcing_of(text, cues) == "official"


@pytest.mark.parametrize(
    "text",
    [
        "Buying drone parts in 2029\n\nDrone parts remain subject to export licensing, an "
        "importers' guide says.",
        "Launching a drone app\n\nDrone apps must register their routes, according to a "
        "developer guide published by an industry group.",
    ],
)
def test_another_publications_guide_is_second_hand(text, cues):
    assert sourcing_of(text, cues) == "secondary"


def test_is_false_information_is_a_denial(cues):
    text = (
        "市交通局：“全市禁飞无人机”系不实信息\n\n近日网传全市将禁飞无人机，市交通局表示该消息不实。"
    )
    assert sourcing_of(text, cues) == "denial"


def test_a_cue_inside_a_compound_noun_is_no_cue(cues):
    text = (
        "Order on export licences amended\n\nThe trade ministry amended the order that adds "
        "wafer probe cards to the goods that need an export licence."
    )
    sentences = sentences_of(text)
    features, _ = stage_features_of(
        sentences, [], sourcing(sentences, [], {}, cues), Finding("none"), cues, "news", ()
    )
    assert "enforcement_head" not in features
    assert "cue_in-force_first" not in features
