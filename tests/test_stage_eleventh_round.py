"""Stage by class of wording, eleventh round, on sentences written for these tests (English and
Chinese).

1. A repeal clause of another document is no suspension of the text issued: a notice that takes
   effect and repeals an earlier one at the same time (原《……》同时废止, "and repeals Notice No.
   12", "replaces and repeals the 2025 measures", "this order also repeals") keeps its own stage;
   a text whose news is the repeal (关于废止《……》的决定, "the ministry repealed the rules") stays
   suspended.
2. A delay of the day a rule takes effect ("Delay of Effective Date", "pushed back the start of
   the rule") is no suspension: the rule stays adopted; "suspends enforcement of", "paused the
   rules" and a rule postponed with no day of effect named stay suspended.
3. "On hold" of a rule or a part of it ("puts the registration on hold", "is on hold",
   暂缓执行) is a suspension; "calls on hold" holds no rule.
4. An earlier law's effect cited as context (2021年施行的《……》确立了……) does not outrank the draft
   that is the news; a law in force that is the news stays in force.
5. Market talk ("dropped as much as 6%", "investors feared a pause") is no suspension; "dropped
   its plan" and "paused ..., fearing accidents" stay suspended.
"""

from __future__ import annotations

import pytest

from tests.stage_support import stage_of

# -- 1. a repeal clause of another document ---------------------------------------------------

REPEAL_CLAUSES = [
    (
        "市场监管总局关于网络直播营销备案的公告\n\n现就网络直播营销备案有关事项公告如下。"
        "本公告自2027年9月1日起施行，《关于网络直播营销管理的公告》（2025年第3号）同时废止。",
        "adopted",
    ),
    (
        "国家数据局关于开展数据标注基地建设工作的通知\n\n现就数据标注基地建设有关工作通知如下。"
        "本通知自印发之日起施行，原《关于数据标注试点工作的通知》同时废止。",
        "in-force",
    ),
    (
        "Ministry issues data labelling rules\n\nThe ministry issued rules on data labelling on "
        "Monday, which take effect on September 1, 2027, and repeals Notice No. 12 of 2024.",
        "adopted",
    ),
    (
        "Agency adopts new drone registration rules\n\nThe agency adopted new drone registration "
        "rules that replace and repeal the 2025 measures; they take effect on July 1, 2027.",
        "adopted",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), REPEAL_CLAUSES, ids=["zh-dated", "zh-on-issue", "en-and", "en-replace"]
)
def test_a_repeal_clause_keeps_the_notices_own_stage(text, expected, cues):
    assert stage_of(text, cues) == expected


REPEAL_NEWS = [
    "市场监管总局关于废止《网络直播营销管理办法》的决定\n\n市场监管总局决定废止《网络直播营销管理办法》。",
    "Ministry repeals drone rules\n\nThe ministry repealed the rules on drone registration on "
    "Monday.",
    "Ministry scraps drone rules it issued in 2025\n\nThe ministry repealed the drone "
    "registration rules it issued in 2025.",
]


@pytest.mark.parametrize(
    "text", REPEAL_NEWS, ids=["zh-decision", "en-repealed", "en-issued-before"]
)
def test_a_repeal_as_the_news_is_suspended(text, cues):
    assert stage_of(text, cues) == "suspended"


def test_new_rules_issued_with_the_old_ones_repealed_are_adopted(cues):
    text = (
        "Ministry issues new drone rules\n\nThe ministry issued new drone registration rules and "
        "repealed the old ones."
    )
    assert stage_of(text, cues) == "adopted"


# -- 2. a delay of the effective date ----------------------------------------------------------

DELAYS = [
    "Agency delays effective date of drone rule\n\nThe agency delayed the effective date of its "
    "drone registration rule to September 1.",
    "Drone Registration Requirements; Delay of Effective Date\n\nUnder this notice, the "
    "effective date of the drone registration rule is delayed to August 1, 2027.",
    "Regulator pushes back start of drone registration rule\n\nThe regulator pushed back the "
    "start of its drone registration rule by two months, to October 1, the transport ministry "
    "said.",
]


@pytest.mark.parametrize("text", DELAYS, ids=["delays-date", "fr-notice", "pushed-back-start"])
def test_a_delay_of_the_effective_date_is_adopted(text, cues):
    assert stage_of(text, cues) == "adopted"


NOT_DELAYS = [
    "Agency suspends enforcement of drone rule\n\nThe agency suspends enforcement of the drone "
    "registration rule for 90 days.",
    "Ministry pauses drone rules\n\nThe ministry paused the drone registration rules on Monday.",
    "Ministry postpones drone rules indefinitely\n\nThe ministry postponed the drone "
    "registration rules indefinitely.",
]


@pytest.mark.parametrize("text", NOT_DELAYS, ids=["suspends-enforcement", "paused", "postponed"])
def test_a_suspension_of_the_rule_stays_suspended(text, cues):
    assert stage_of(text, cues) == "suspended"


# -- 3. on hold ---------------------------------------------------------------------------------

ON_HOLD = [
    "Ministry puts drone registration on hold\n\nThe ministry said on Friday that it had placed "
    "the drone registration scheme on hold pending a review.",
    "Drone pilot licence duty on hold, ministry says\n\nThe licence duty for drone pilots is "
    "on hold until the new register opens, a ministry spokeswoman said.",
    "Regulator holds part of drone rules\n\nThe regulator put the registration part of its "
    "drone rules on hold on Friday, its statement said.",
    "工信部暂缓执行无人机登记规定\n\n工信部决定暂缓执行《无人机登记管理规定》第五条。",
]


@pytest.mark.parametrize("text", ON_HOLD, ids=["was-on-hold", "is-on-hold", "put-part", "zh"])
def test_a_rule_on_hold_is_suspended(text, cues):
    assert stage_of(text, cues) == "suspended"


def test_calls_on_hold_hold_no_rule(cues):
    text = (
        "Drone registration rule in force\n\nThe drone registration rule took effect on Monday, "
        "the ministry said; calls on hold at its helpline were long."
    )
    assert stage_of(text, cues) == "in-force"


# -- 4. context outranking the news -------------------------------------------------------------

CONTEXT_IN_FORCE = [
    (
        "无人机登记管理条例草案公开征求意见\n\n我国对无人机的管理目前主要依靠部门规章。"
        "2021年施行的《民用无人机实名登记办法》确立了实名登记制度，已有数十万架无人机完成登记。"
        "12月1日，司法部就《无人机登记管理条例（草案）》公开征求意见。",
        "proposed",
    ),
    (
        "Parliament gets draft drone law\n\nDrone owners have registered under a decree since "
        "2021. The registration decree, which took effect in 2021, set up the register. On "
        "Monday the government sent a draft drone law to parliament for a first reading.",
        "proposed",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTEXT_IN_FORCE, ids=["zh-cited-law", "en-which"])
def test_an_earlier_law_in_force_as_context_leaves_the_news_stage(text, expected, cues):
    assert stage_of(text, cues) == expected


def test_a_law_in_force_that_is_the_news_stays_in_force(cues):
    text = (
        "无人机登记管理条例今起施行\n\n《无人机登记管理条例》自今日起施行，"
        "无人机所有者须在购买后三十日内完成实名登记。"
    )
    assert stage_of(text, cues) == "in-force"


MARKET_TALK = [
    "Drone maker shares slide on talk of registration curbs\n\nShares of drone makers fell on "
    "Tuesday on talk that the ministry could tighten drone registration. Skyward dropped as "
    "much as 6% and its rivals lost 4%.",
    "Drone stocks fall as investors fear a pause in licences\n\nDrone stocks fell on Tuesday as "
    "investors feared a pause in flight licences, though the ministry has announced nothing.",
]


@pytest.mark.parametrize("text", MARKET_TALK, ids=["dropped-percent", "fear-a-pause"])
def test_market_talk_is_no_suspension(text, cues):
    assert stage_of(text, cues) != "suspended"


SUSPENSIONS_KEPT = [
    "Ministry drops drone registration plan\n\nThe ministry dropped its drone registration plan "
    "on Tuesday.",
    "Ministry pauses flight licences\n\nThe ministry paused flight licences for drones on "
    "Tuesday, fearing accidents.",
]


@pytest.mark.parametrize("text", SUSPENSIONS_KEPT, ids=["dropped-plan", "paused"])
def test_a_suspension_beside_market_words_stays_suspended(text, cues):
    assert stage_of(text, cues) == "suspended"
