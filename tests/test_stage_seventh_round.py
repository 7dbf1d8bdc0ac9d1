"""Stage by class of wording, seventh round, on sentences written for these tests (English and
Chinese): an effect from the day of the text itself (自公布之日起实施, "from the date of this
notice"), a register's date line ("This rule is effective June 7"), a duty waived or held ("will
no longer require", "held in abeyance") and an intention told second-hand (据……报道，……拟……).
Each class has a distractor the rule must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.stage_support import stage_of

# -- an effect from the day of the text itself ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "市场监管总局关于将两家企业列入严重违法失信名单的公告\n\n市场监管总局决定将两家企业列入"
        "严重违法失信名单。本公告自公布之日起实施。",
        "交通运输部关于调整港口收费标准的通知\n\n交通运输部决定调整港口收费标准，本通知自发布之日"
        "起实施。",
        "Port authority adds three shipping firms to its watch list\n\nThe port authority added "
        "three shipping firms to its watch list. The measures take effect from the date of this "
        "announcement.",
        "Aviation agency sets drone curfew\n\nThe aviation agency issued a decision setting a "
        "night curfew for delivery drones, which applies from the date of this decision.",
    ],
)
def test_an_effect_from_the_day_of_the_text_itself_is_in_force(text, cues):
    assert stage_of(text, cues) == "in-force"


def test_a_date_of_another_text_is_no_effect_now(cues):
    # distractor: the day of a text still to come dates nothing now
    text = (
        "Aviation agency plans drone curfew\n\nThe aviation agency issued a draft decision on a "
        "night curfew for delivery drones and asked for comments by the date of the hearing."
    )
    assert stage_of(text, cues) == "proposed"


# -- a register's date line ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        (
            "Additions to the Harbour Watch List\n\nThe final rule adding four vessels to the "
            "Harbour Watch List is effective March 3, 2028.",
            date(2028, 3, 3),
            "in-force",
        ),
        (
            "Additions to the Harbour Watch List\n\nThe final rule adding four vessels to the "
            "Harbour Watch List is effective March 30, 2028.",
            date(2028, 3, 3),
            "adopted",
        ),
        (
            "Province's tugboat rules now apply\n\nThe province's rules for autonomous tugboats "
            "became effective on 1 May.",
            date(2028, 5, 2),
            "in-force",
        ),
    ],
)
def test_a_date_line_of_effect_is_read_against_publication(text, published, value, cues):
    assert stage_of(text, cues, published=published) == value


def test_effective_without_a_day_is_no_effect(cues):
    # distractor: "effective" as an adjective of success
    text = (
        "Regulator issues rules on tugboat pilots\n\nThe regulator issued rules on tugboat "
        "pilots on Monday. Officials said the training scheme is effective in cutting accidents."
    )
    assert stage_of(text, cues) == "adopted"


# -- a duty waived or held -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Norway drops licence rule for drone repairs\n\nThe Norwegian government will no longer "
        "require repair shops to obtain licences for servicing farm drones, it said on Friday.",
        "Revised notice on sensor exports\n\nThe requirement to register sensor exports with the "
        "ministry is hereby held in abeyance. The labelling of sensors shall continue to apply.",
        "Agency relaxes rule on port cameras\n\nPort operators no longer need a permit to install "
        "security cameras, the maritime agency said in a notice.",
    ],
)
def test_a_duty_waived_or_held_is_suspended(text, cues):
    assert stage_of(text, cues) == "suspended"


def test_a_duty_that_still_holds_is_not_suspended(cues):
    # distractor: a rule adopted, its duty holding
    text = (
        "Norway sets licence rule for drone repairs\n\nThe Norwegian government issued a rule "
        "requiring repair shops to obtain licences for servicing farm drones, it said on Friday."
    )
    assert stage_of(text, cues) == "adopted"


# -- an intention told second-hand ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "彭博：交通运输部拟收紧无人机物流许可\n\n据彭博社援引知情人士报道，交通运输部拟将部分大型"
        "物流无人机纳入飞行许可管理范围。交通运输部尚未回应。",
        "日经：国土交通省拟修订《港口设施管理办法》\n\n据日经新闻报道，国土交通省正在研究修订"
        "《港口设施管理办法》，拟将自动化码头纳入审查范围。",
    ],
)
def test_an_intention_told_second_hand_is_reported(text, cues):
    assert stage_of(text, cues) == "reported"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # distractors: a draft put out, told second-hand, stays proposed; an intention told by
        # the authority itself stays proposed
        (
            "彭博：交通运输部发布无人机物流许可征求意见稿\n\n据彭博社报道，交通运输部发布《无人机"
            "物流许可管理办法（征求意见稿）》，拟将大型物流无人机纳入许可管理。",
            "proposed",
        ),
        (
            "交通运输部拟收紧无人机物流许可\n\n交通运输部12月1日表示，拟将部分大型物流无人机纳入"
            "飞行许可管理范围。",
            "proposed",
        ),
    ],
)
def test_a_draft_or_an_authority_s_own_intention_stays_proposed(text, value, cues):
    assert stage_of(text, cues) == value


# -- a listing in Chinese applies when it is published ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "交通运输部将两家航运公司列入港口安全管控名单\n\n交通运输部12月1日公告，将两家航运公司及其"
        "子公司列入港口安全管控名单，禁止其船舶靠泊国内港口。",
        "经济部将三家企业列入出口实体名单\n\n经济部国际贸易署公告，将三家无人机企业列入“战略性高科技"
        "货品出口实体名单”，相关厂商须事先取得许可。",
    ],
)
def test_a_chinese_listing_is_in_force(text, cues):
    assert stage_of(text, cues) == "in-force"


def test_a_listing_planned_is_not_in_force(cues):
    # distractor: 拟将……列入 (plans to list), told by the authority: proposed
    text = (
        "交通运输部拟将两家航运公司列入港口安全管控名单\n\n交通运输部12月1日表示，拟将两家航运"
        "公司、三家船舶代理企业列入港口安全管控名单，并公开征求意见。"
    )
    assert stage_of(text, cues) == "proposed"


def test_a_listing_from_a_later_day_is_not_in_force(cues):
    # distractor: 将于……起将……列入 (a listing from a day to come)
    text = (
        "交通运输部明年起将两家航运公司列入管控名单\n\n交通运输部表示，将于明年1月1日起将两家航运"
        "公司列入港口安全管控名单。"
    )
    assert stage_of(text, cues) != "in-force"


# -- penalties held for a time ------------------------------------------------------------------


def test_penalties_held_for_a_time_are_suspended(cues):
    text = (
        "Drone law: no fines in the first year\n\nThe drone safety law took effect on Monday. The "
        "aviation ministry said it will not impose fines under the law for at least a year while "
        "operators adjust."
    )
    assert stage_of(text, cues) == "suspended"


def test_a_fine_not_imposed_without_a_time_is_not_suspended(cues):
    # distractor: a decision not to fine one firm is no rule held
    text = (
        "Regulator closes drone case\n\nThe aviation regulator closed its case against a drone "
        "maker and said it would not impose fines on the company."
    )
    assert stage_of(text, cues) != "suspended"


# -- the earlier draft beside a final or enacted text ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Province finalises drone curfew\n\nDrone operators will need a permit to fly at night "
        "from 1 May, the aviation bureau said, finalising the rule it proposed in January.",
        "Regulator fixes labels for farm sensors\n\nThe regulator adopted rules on Thursday "
        "setting how farm sensors must be labelled, keeping the draft's two-label requirement.",
    ],
)
def test_the_earlier_draft_beside_a_final_text_is_adopted(text, cues):
    assert stage_of(text, cues) == "adopted"


@pytest.mark.parametrize(
    "text",
    [
        # distractors: a proposal made now, even beside a word of adoption elsewhere
        "Province proposes drone curfew\n\nThe aviation bureau proposed a rule requiring a permit "
        "to fly drones at night, and said the rule could be adopted in May.",
        "Regulator consults on farm sensor labels\n\nThe regulator published the draft's annex on "
        "Thursday and asked for comments on how farm sensors should be labelled.",
    ],
)
def test_a_proposal_made_now_stays_proposed(text, cues):
    assert stage_of(text, cues) == "proposed"


# -- a scheme taking applications ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Farm robot maker applies for state grant\n\nApplications for the province's farm robot "
        "grant opened on Monday, and a robot maker said it had applied for support.",
        "Ministry begins taking grant applications\n\nThe ministry began accepting applications "
        "for its grant for farm robots on Monday.",
    ],
)
def test_a_scheme_taking_applications_is_in_force(text, cues):
    assert stage_of(text, cues) == "in-force"


def test_applications_to_come_are_not_in_force(cues):
    # distractor: a window that opens later
    text = (
        "Province sets up farm robot grant\n\nThe province set up a grant for farm robots; "
        "applications will open in March."
    )
    assert stage_of(text, cues) != "in-force"


def test_a_duty_waived_by_a_rule_in_force_is_in_force(cues):
    # distractor: the waiver is what a rule that took effect says
    text = (
        "Eased drone permit rules take effect\n\nOperators of small farm drones no longer need a "
        "permit under rules that took effect on Friday."
    )
    assert stage_of(text, cues) == "in-force"
