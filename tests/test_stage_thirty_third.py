"""Stage and sourcing by class of wording, thirty-third round, on sentences written for these
tests (English and Chinese, simplified and traditional; the robot, drone and sensor rules are
invented).

1. Sourcing: an authority's rebuttal on its own outlet (its 答记者问 or clarification that a
   report is untrue) is its own word, ``official``, while its stage stays ``denied``; a news
   outlet's report of the same rebuttal stays ``denial``.
2. Stage: a rule told to apply at once ("The guidelines apply immediately", "with immediate
   effect") is in force, wherever the article says so; one that "will apply immediately after"
   a vote is not read so.
3. Stage: a rule in force from the day of its announcement (自公告日起生效, 自公告之日起施行) is
   read as 自发布之日起 is.
4. Stage: Taiwan's word for a fine (罰鍰, read 罚锾) imposed is enforcement at work, as 罚款; the
   ceiling or the range a rule sets (最高可處……罰鍰, 三萬元以上三十萬元以下罰鍰) is not.
5. Stage: a stake or a purchase blocked ("blocks investor's stake", 禁止……收购) is an
   enforcement act in force, as a sale or a takeover blocked; a block only weighed is not.
"""

from __future__ import annotations

from datetime import date

from nlp.about import outlet_sourcing
from nlp.entities import Tagger, tag_texts_about
from nlp.hanzi import to_simplified
from policywatch_core.models import Finding
from tests.stage_support import stage_of


def tagged(tagger: Tagger, text: str, outlet: str = "news") -> tuple[str, str]:
    """The stage and sourcing the whole tagging gives an article of an outlet's kind."""
    tags = tag_texts_about([text], tagger, [outlet])[0]
    return tags.stage.value, tags.sourcing.value


# -- 1. the regulator's rebuttal on its own outlet ------------------------------------------------

REBUTTALS = [
    "交通运输部新闻发言人就网传“配送机器人须逐台上牌”答记者问\n\n"
    "问：近日有媒体报道称，交通运输部将要求配送机器人逐台上牌，情况是否属实？"
    "答：经核实，该报道不实，我部没有制定此类规定。",
    "運輸署澄清有關無人機送貨牌照的報道\n\n"
    "運輸署澄清，有關政府將要求所有送貨無人機逐架領取牌照的報道並不屬實，當局並無這個計劃。",
    "Clarification on reports about sensor registration\n\n"
    "The Authority is not drafting any rule requiring lidar sensors to be registered, and the "
    "report that it is preparing one is not true.",
]


def test_a_rebuttal_on_the_authority_s_own_outlet_is_official_and_denied(tagger) -> None:
    for text in REBUTTALS:
        assert tagged(tagger, text, "official") == ("denied", "official"), text


def test_a_news_report_of_a_rebuttal_stays_a_denial(tagger) -> None:
    text = (
        "Ministry denies plan to register delivery robots\n\n"
        "The transport ministry said on Tuesday that reports it would make every delivery robot "
        "carry a number plate were untrue and that it had no such plan."
    )
    assert tagged(tagger, text) == ("denied", "denial")


def test_outlet_sourcing_makes_an_official_outlet_s_denial_official() -> None:
    # the one rule (the thirty-fourth round folded the rebuttal's own function into it)
    denial = Finding("denial", "The report is untrue.")
    assert outlet_sourcing(denial, "official") == Finding("official", "The report is untrue.")
    assert outlet_sourcing(denial, "news") == denial
    said = Finding("on-record", "A maker said.")
    assert outlet_sourcing(said, "news") == said


# -- 2. a rule that applies at once ---------------------------------------------------------------

AT_ONCE = [
    "Port authority issues drone inspection code\n\n"
    "The port authority issued a code on Friday for drones that inspect cranes. Operators must "
    "log every flight. The code applies immediately.",
    "Robot lawnmower rules published\n\n"
    "The ministry published rules for robot lawnmowers on public lawns. The rules took effect "
    "immediately, the ministry said.",
    "Sensor labelling order issued\n\n"
    "The regulator issued an order on Monday requiring labels on roadside sensors, with "
    "immediate effect.",
]


def test_a_rule_that_applies_at_once_is_in_force(cues) -> None:
    for text in AT_ONCE:
        assert stage_of(text, cues) == "in-force", text


def test_a_rule_that_will_apply_at_once_after_a_vote_is_not_in_force(cues) -> None:
    text = (
        "Council publishes drone code\n\n"
        "The council published a drone code on Monday. It will apply immediately once the "
        "assembly votes on it in May."
    )
    assert stage_of(text, cues) != "in-force"


# -- 3. in force from the day of the announcement -------------------------------------------------


def test_in_force_from_the_day_of_the_announcement(cues) -> None:
    for text in (
        "交通部公告送貨機器人登記規定\n\n交通部今天公告送貨機器人登記規定。規定自公告日起生效。",
        "市交通局发布无人机航线管理办法\n\n市交通局发布无人机航线管理办法，办法自公告之日起施行。",
    ):
        assert stage_of(to_simplified(text), cues) == "in-force", text


def test_a_dated_start_after_the_announcement_is_not_now(cues) -> None:
    text = "市交通局发布无人机航线管理办法\n\n市交通局发布该办法，自2031年9月1日起施行。"
    assert stage_of(text, cues, published=date(2031, 6, 1)) == "adopted"


# -- 4. Taiwan's fine ----------------------------------------------------------------------------


def test_a_fine_told_with_fa_huan_is_enforcement(cues) -> None:
    text = (
        "交通部裁罰無人機業者 未申報飛行紀錄\n\n"
        "交通部民用航空局今天宣布，一家無人機業者未依規定申報飛行紀錄，處新台幣300萬元罰鍰。"
    )
    assert stage_of(to_simplified(text), cues) == "in-force"


def test_the_ceiling_of_a_fa_huan_fine_is_a_rule_s_content(cues) -> None:
    text = (
        "交通部修正無人機管理規則\n\n"
        "交通部修正無人機管理規則，自明年3月1日起施行。業者違規飛行者，最高可處新台幣200萬元罰鍰。"
    )
    assert stage_of(to_simplified(text), cues) != "in-force"


def test_the_range_of_a_fa_huan_fine_is_a_rule_s_content(cues) -> None:
    text = (
        "立法院三讀通過無人機管理法修正案\n\n"
        "立法院今天三讀通過無人機管理法修正案，業者應投保責任險；"
        "違反者由主管機關處新台幣三萬元以上三十萬元以下罰鍰。"
    )
    assert stage_of(to_simplified(text), cues) != "in-force"


# -- 5. a stake or a purchase blocked ------------------------------------------------------------


def test_a_stake_or_a_purchase_blocked_is_in_force(cues) -> None:
    for text in (
        "Government blocks foreign fund's stake in lidar maker\n\n"
        "The government blocked a foreign fund's purchase of a 25% stake in a lidar maker on "
        "Thursday, citing national security.",
        "安全审查办公室禁止一项传感器企业收购\n\n"
        "安全审查办公室作出决定，禁止一家外国基金收购一家激光雷达企业的控股权。",
    ):
        assert stage_of(text, cues) == "in-force", text


def test_a_block_only_weighed_is_not_in_force(cues) -> None:
    text = (
        "Government weighs blocking foreign stake in lidar maker\n\n"
        "The government is weighing blocking a foreign fund's purchase of a stake in a lidar "
        "maker, people familiar with the matter said."
    )
    assert stage_of(text, cues) != "in-force"
