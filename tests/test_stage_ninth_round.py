"""Stage by class of wording, ninth round, on sentences written for these tests (English and
Chinese): when the tagger finds no reported signal, an authority's act to come told with a modal
and no stage word ("the city will cap fares, the paper reported"; "the port authority said fares
will be capped at 40 euros from June 1"; 市交通局表示，将……给予最高300万元补贴), and, with a
signal, a business body's own rule or sanction (an association's code or ban, a company's own
rules). Each class has distractors the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.stage_support import stage_of

# -- an authority's act to come, told second-hand or by unnamed sources: reported --------------


@pytest.mark.parametrize(
    "text",
    [
        "Island ferries face fare cap\n\nThe city government will cap ferry fares on island "
        "routes at 40 euros, the Harbour Gazette reported.",
        "Ferry pass back on the table, paper says\n\nThe transport ministry may still require "
        "ferry passengers to register online, a Lisbon daily reported, citing unnamed officials.",
        "港口城市拟设轮渡发展基金\n\n据悉，市政府拟设立规模20亿元的轮渡发展基金，用于更新新能源船舶。",
        "知情人士：监管部门将收紧轮渡夜航审批\n\n据两位知情人士透露，交通运输部将收紧轮渡夜间航行的"
        "审批。",
    ],
)
def test_an_authority_act_to_come_told_second_hand_is_reported(text, cues):
    assert stage_of(text, cues, signal=False) == "reported"


@pytest.mark.parametrize(
    "text",
    [
        # distractors: a company's own plan told second-hand is no policy at any stage
        "Ferry line to add night crossings, paper says\n\nBlueline Ferries will add three night "
        "crossings to its island routes next year, the Harbour Gazette reported.",
        "据悉，蓝线轮渡公司将新增三条夜间航线\n\n据悉，蓝线轮渡公司将于明年新增三条夜间航线。",
    ],
)
def test_a_company_plan_told_second_hand_stays_none(text, cues):
    assert stage_of(text, cues, signal=False) == "none"


# -- an authority's own act to come, with a figure or a day: adopted ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Port sets ferry fare ceiling\n\nThe port authority said on Monday that ferry fares on "
        "island routes will be capped at 40 euros from June 1.",
        "Ministry to pay for electric ferries\n\nThe transport ministry said on Tuesday it would "
        "pay ferry operators up to 2 million euros each for switching to electric boats.",
        "Ferry passengers to show tickets online\n\nThe transport ministry said that ferry "
        "passengers must show an online ticket before boarding from September 1.",
        "市交通局出台新能源渡轮补贴\n\n市交通局表示，将对更换新能源渡轮的企业给予最高300万元补贴。",
    ],
)
def test_an_authority_own_act_with_a_figure_or_a_day_is_adopted(text, cues):
    assert stage_of(text, cues, signal=False) == "adopted"


@pytest.mark.parametrize(
    "text",
    [
        # distractors: a leader's goal (no figure, no day), talk of a step, a company's own act,
        # a question
        "Premier urges ferry self-reliance\n\nThe premier told a meeting of ministers that the "
        "country must become a leader in electric ferries and rely on its own shipyards.",
        "Harbour board to study fares\n\nThe harbour board said on Tuesday it would study "
        "whether ferry fares on island routes should be capped from June 1.",
        "Ferry line to raise fares\n\nBlueline Ferries said on Monday that fares on its island "
        "routes will rise by 5% from June 1.",
        "Will fares be capped?\n\nWill the port authority cap ferry fares at 40 euros from June 1?",
    ],
)
def test_a_goal_a_deliberation_or_a_company_act_stays_none(text, cues):
    assert stage_of(text, cues, signal=False) == "none"


# -- a business body's own rule or sanction: no policy at any stage ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "中国帆船协会对两名选手作出禁赛处罚\n\n中国帆船运动协会12月1日发布纪律处罚决定，对两名选手"
        "禁赛六个月，并处罚款5万元。",
        "轮渡行业协会发布夜航自律公约\n\n全国轮渡行业协会近日发布《夜间航行自律公约》，倡导会员单位"
        "限制夜间票价。",
        "Ferry lines adopt night fare code\n\nThe ferry operators' association published a "
        "voluntary code on Tuesday that asks its members to cap night fares.",
    ],
)
def test_a_business_body_own_rule_or_sanction_is_none(text, cues):
    assert stage_of(text, cues) == "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # distractors: the body is the target of an authority's act, or an authority acts
        (
            "市场监管局对一家轮渡公司作出行政处罚\n\n市场监管局12月3日对蓝线轮渡公司处以罚款"
            "人民币八十万元。",
            "in-force",
        ),
        (
            "Ferry company fined over night crossings\n\nA ferry company was fined 2 million "
            "euros by the harbour board on Monday for running unlicensed night crossings.",
            "in-force",
        ),
        (
            "Ferry lines welcome fare rules\n\nThe ferry operators' association said the "
            "transport ministry issued rules on Tuesday that cap night fares.",
            "adopted",
        ),
        (
            "Ferry firms win night licences\n\nTwo ferry companies have received licences to run "
            "night crossings under the new harbour rules.",
            "in-force",
        ),
    ],
)
def test_a_body_as_target_or_an_authority_acting_keeps_its_stage(text, expected, cues):
    assert stage_of(text, cues) == expected
