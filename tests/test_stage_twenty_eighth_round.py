"""Stage and sourcing by class of wording, twenty-eighth round, on sentences written for these
tests (English and Chinese, simplified and traditional; the robot, drone and sensor rules and the
firms are invented).

1. Stage: a rule put "on ice" by a verb that holds it ("puts the levy on ice for a year", "the
   law stays on ice") is ``suspended``, as "on hold"; players on ice hold nothing. Chinese holds a
   rule with 暂缓, already a cue.
2. Stage: a Chinese in-force cue that only names the day of effect as a thing (关于推迟《……》施行
   日期的通知; 關於調整……施行日期, traditional script read simplified) states no effect: the
   body's 改为自……起施行 dates the rule, which stays ``adopted``. Not the day given right after
   (施行日期为2030年11月1日).
3. Stage: an in-force cue in a question (……办法何时施行？, "When will the rule take
   effect?") states nothing; a stated clause before a question in the same title does.
4. Sourcing: an outlet left unnamed, known by its beat or place ("a trade outlet reported", "a
   local outlet said", "according to a fintech outlet's report", "according to a local
   newspaper", "a trade paper said") is second-hand (``secondary``), as a named one. Not an
   outlet spoken of without relaying anything ("the outlet's editor ... said").
5. Stage: an in-force word inside a document's name is no effect: Taiwan's 施行細則 (a law's
   implementing rules) as 实施细则, compounds read in simplified script.
6. Stage: a draft an executive approved that goes on to the legislature (行政院會通過「……法」草案，
   將函請立法院審議; "the cabinet approved a draft law ... and will send it to the Diet") is
   ``proposed``, whatever its kind. Not a draft the State Council passes with nowhere to go
   (国务院常务会议通过……条例（草案）: its own regulation). The law draft's case is a control: the
   rules' stage of its sentences was ``proposed`` before the round too.
7. Stage: a listing told with another verb ("puts eight makers on its entity list", "placed
   three makers on its unreliable entity list", "US blacklists nine makers") is in force when
   made, as "adds ... to the entity list"; a listing weighed or planned is not. Chinese lists
   with 列入……实体清单, already a cue.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.stage_support import sourcing_of, stage_of

PUBLISHED = date(2030, 12, 1)

# -- 1. a rule put on ice ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lisbon puts its delivery robot levy on ice for a year\n\n"
        "Portugal's finance ministry said the levy on sidewalk delivery robots would not be "
        "collected until 2032.",
        "Drone noise rule stays on ice after council vote\n\n"
        "The city council voted on Tuesday to keep its drone noise rule on ice until a new "
        "study is finished.",
    ],
    ids=["puts-on-ice", "stays-on-ice"],
)
def test_a_rule_put_on_ice_is_suspended(text: str, cues) -> None:
    assert stage_of(text, cues) == "suspended"


def test_players_on_ice_hold_no_rule(cues) -> None:
    text = (
        "Robot referees on ice as hockey league opens season\n\n"
        "The league said its new sensor rules for robot referees take effect on Saturday."
    )
    assert stage_of(text, cues) != "suspended"


def test_chinese_rule_held_stays_suspended(cues) -> None:
    # control: the Chinese hold is read by 暂缓, before and after the round
    text = "市政府决定暂缓实施无人机噪声管理规定\n\n市政府周二决定暂缓实施无人机噪声管理规定一年。"
    assert stage_of(text, cues) == "suspended"


# -- 2. the day of effect named as a thing -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "市交通委关于推迟《无人配送车道路测试管理办法》施行日期的通知（京交发〔2030〕12号）\n\n"
        "经研究，《无人配送车道路测试管理办法》改为自2031年3月1日起施行。",
        # traditional script, read simplified
        "市交通局關於調整《無人機噪音管理辦法》施行日期的公告\n\n"
        "經研究，《無人機噪音管理辦法》改為自2031年6月1日起施行。",
    ],
    ids=["postponed-notice", "traditional-adjusted-day"],
)
def test_a_notice_moving_the_day_of_effect_is_adopted(text: str, cues) -> None:
    assert stage_of(text, cues, published=PUBLISHED) == "adopted"


def test_the_day_of_effect_given_still_dates_the_rule(cues) -> None:
    # trap: 施行日期为 + a day before publication states the rule in force
    text = (
        "市网信办发布激光雷达数据安全规定\n\n"
        "《激光雷达数据安全规定》施行日期为2030年11月1日，企业应当完成数据分类。"
    )
    assert stage_of(text, cues, published=PUBLISHED) == "in-force"


# -- 3. an effect asked -------------------------------------------------------------------------


def test_a_question_about_the_day_of_effect_states_nothing(cues) -> None:
    text = (
        "市经信局答记者问：服务机器人安全管理办法何时施行？\n\n"
        "市经信局有关负责人表示，《办法》自2031年2月1日起施行，已投放的机器人应当在三个月内完成登记。"
    )
    assert stage_of(text, cues, published=PUBLISHED) == "adopted"


def test_an_english_question_about_the_effect_states_nothing(cues) -> None:
    text = (
        "When will the sensor labelling rule take effect?\n\n"
        "The standards agency said the sensor labelling rule takes effect on March 1, 2031."
    )
    assert stage_of(text, cues, published=PUBLISHED) == "adopted"


def test_a_stated_effect_before_a_question_is_in_force(cues) -> None:
    # trap: the title states the effect, then asks what changes
    text = (
        "Drone registration rule takes effect; what changes for hobby pilots?\n\n"
        "The aviation authority's drone registration rule took effect on Monday."
    )
    assert stage_of(text, cues, published=PUBLISHED) == "in-force"


# -- 4. an unnamed outlet relaying a report ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Delivery robots may need plates in Lisbon\n\n"
        "Lisbon could require delivery robots to carry number plates, a trade outlet reported "
        "last week.",
        "Drone makers brace for noise caps\n\n"
        "Porto is weighing noise caps for delivery drones, according to a logistics outlet's "
        "report on Monday.",
        "Sensor makers eye Valencia pilot\n\n"
        "Valencia has applied to host a lidar testing zone, according to a local newspaper.",
        "Robot vacuum makers face data rules\n\n"
        "The data rules for home robots have raised compliance costs, a trade paper said.",
    ],
    ids=["trade-outlet-reported", "outlets-report", "local-newspaper", "trade-paper-said"],
)
def test_an_unnamed_outlet_is_second_hand(text: str, cues) -> None:
    assert sourcing_of(text, cues) == "secondary"


def test_an_outlet_spoken_of_relays_nothing(cues) -> None:
    # trap: the outlet is the subject of the news, its editor speaks on the record
    text = (
        "Drone rules reshape a trade outlet's coverage\n\n"
        "The outlet's editor said on Monday that the magazine would add a section on drone "
        "noise rules."
    )
    assert sourcing_of(text, cues) != "secondary"


# -- 5. an in-force word inside a document's name ------------------------------------------------


def test_taiwans_implementing_rules_are_no_effect(cues) -> None:
    text = (
        "數位發展部公告無人機資料保護法施行細則修正草案\n\n"
        "數位發展部週二公告《無人機資料保護法施行細則》修正草案，預告期間六十日。"
    )
    assert stage_of(text, cues, published=PUBLISHED) == "proposed"


def test_a_rule_taking_effect_in_traditional_script_stays_in_force(cues) -> None:
    # trap: 施行 as the verb, not inside a document's name
    text = "無人機資料保護辦法自即日起施行\n\n數位發展部公告，《無人機資料保護辦法》自即日起施行。"
    assert stage_of(text, cues, published=PUBLISHED) == "in-force"


# -- 6. a draft an executive sends to the legislature --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "行政院會通過「服務機器人責任法」草案\n\n"
        "行政院會今日通過經濟部擬具的「服務機器人責任法」草案，將函請立法院審議。",
        "行政院通過感測器資料保護法施行細則草案\n\n"
        "行政院週四院會通過《感測器資料保護法施行細則》草案，將送立法院審議。",
    ],
    ids=["law-draft-to-legislature", "implementing-rules-draft-to-legislature"],
)
def test_a_draft_the_executive_sends_to_the_legislature_is_proposed(text: str, cues) -> None:
    assert stage_of(text, cues, published=PUBLISHED) == "proposed"


def test_a_draft_the_state_council_passes_as_its_own_regulation_is_adopted(cues) -> None:
    # trap: the State Council's own regulation, no legislature to go to
    text = (
        "国务院常务会议通过《服务机器人安全管理条例（草案）》\n\n"
        "国务院常务会议周三讨论并原则通过《服务机器人安全管理条例（草案）》。"
    )
    assert stage_of(text, cues, published=PUBLISHED) == "adopted"


# -- 7. a listing told with another verb ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Commerce puts eight drone sensor makers on its entity list\n\n"
        "The Commerce Department put eight Chinese makers of drone sensors on its entity list on "
        "Tuesday.",
        "Beijing placed three US lidar makers on its unreliable entity list\n\n"
        "The commerce ministry placed three US makers of lidar sensors and drone cameras on its "
        "unreliable entity list on Friday, barring them from trade with China.",
        "US blacklists nine Chinese lidar makers\n\n"
        "The makers may no longer buy American parts without a licence.",
    ],
    ids=["puts-on", "placed-on", "blacklists"],
)
def test_a_listing_made_with_another_verb_is_in_force(text: str, cues) -> None:
    assert stage_of(text, cues, published=PUBLISHED) == "in-force"


@pytest.mark.parametrize(
    "text",
    [
        "US weighs putting lidar makers on entity list\n\n"
        "The Commerce Department is considering whether to put nine Chinese lidar makers on its "
        "entity list, people familiar with the matter said.",
        "Commerce plans to put robot makers on entity list\n\n"
        "The Commerce Department plans to put six Chinese robot makers on its entity list next "
        "month.",
    ],
    ids=["weighed", "planned"],
)
def test_a_listing_weighed_or_planned_is_not_in_force(text: str, cues) -> None:
    assert stage_of(text, cues, published=PUBLISHED) == "reported"


def test_a_chinese_listing_stays_in_force(cues) -> None:
    # control: 列入……实体清单 is a cue before and after the round
    text = "商务部将四家无人机企业列入不可靠实体清单\n\n商务部周五宣布将四家企业列入清单。"
    assert stage_of(text, cues, published=PUBLISHED) == "in-force"
