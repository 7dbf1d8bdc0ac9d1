"""Status, tenth round: a court's block undone, a start told by its weekday, a disapproval made
law, a start denied, a denial in other words, a start day corrected.

Sentences written for these tests (English and simplified Chinese). (1) A court dissolving or
lifting its injunction, or a judgment for the state, brings the rule back in force. (2) "Applied
from Monday", 已于周一起实施: the weekday is the start day. (3) A congressional review
disapproval signed into law suspends the rule; "will not take effect on 1 May" states no start.
(4) A party's denial that the rumoured measure is being prepared, in other words ("there are no
plans for", "is not preparing"), denies the development. (5) A correction of the start day names
the day that counts, and the day a 答记者问's question quotes is not the answer's; the
authority's own day supersedes a day the news gave.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.stated import denied_by_party, effective_day
from nlp.status import StatusReport, status_history
from tests.stage_support import stage_of

WEDNESDAY = date(2028, 6, 21)

# -- (1) a court's block undone ------------------------------------------------------------------

BLOCK_UNDONE = [
    (
        "en-dissolved",
        "Ruling on Ohio AI ad law. A federal judge dissolved the preliminary injunction against "
        "the state's AI political-ad law, and the state may enforce it again.",
    ),
    (
        "en-can-again-enforce",
        "Ohio AI ad law ruling. The state can again enforce its AI political-ad law after the "
        "judge lifted her own injunction on Tuesday.",
    ),
    (
        "en-judgment-for-the-state",
        "Final judgment in AI ad law case. The court entered final judgment for the state: the "
        "preliminary injunction is dissolved, and the act may be enforced.",
    ),
    (
        "en-lifted-can-be-enforced",
        "Ruling on the chatbot disclosure law. The judge lifted the injunction, so the law can be "
        "enforced again.",
    ),
    (
        "zh-injunction-lifted",
        "人工智能广告法案最新进展。联邦法官周二裁定解除此前对该法发出的初步禁令。",
    ),
    (
        "en-may-be-enforced",
        "Final order in the chatbot law case. The injunction entered in March is set aside and "
        "the act may be enforced.",
    ),
]


@pytest.mark.parametrize(("name", "text"), BLOCK_UNDONE, ids=[r[0] for r in BLOCK_UNDONE])
def test_a_court_block_undone_puts_the_rule_back_in_force(name: str, text: str, cues) -> None:
    assert stage_of(text, cues) == "in-force"


def test_a_court_block_granted_still_suspends(cues) -> None:
    text = (
        "Court blocks AI ad law. A federal judge issued a preliminary injunction blocking Ohio's "
        "AI political-ad law."
    )
    assert stage_of(text, cues) == "suspended"


BLOCK_KEPT_OR_BAN_LIFTED = [
    (
        "en-refused-to-lift",
        "Ruling on the chatbot disclosure law. The judge refused to lift the injunction against "
        "the law.",
    ),
    ("zh-motion-refused", "人工智能广告法案最新进展。法院驳回了解除初步禁令的申请。"),
    ("zh-export-ban-lifted", "出口管制最新进展。商务部宣布解除对该公司的出口禁令。"),
]


@pytest.mark.parametrize(
    ("name", "text"), BLOCK_KEPT_OR_BAN_LIFTED, ids=[r[0] for r in BLOCK_KEPT_OR_BAN_LIFTED]
)
def test_a_block_kept_or_a_ban_lifted_is_no_rule_back_in_force(name: str, text: str, cues) -> None:
    assert stage_of(text, cues) != "in-force"


# -- (2) a start told by its weekday --------------------------------------------------------------

WEEKDAY_STARTS = [
    (
        "en-applied-from-monday",
        "The MAS model-risk requirements applied from Monday, a compliance head said.",
        date(2028, 6, 19),
    ),
    ("en-takes-effect-on-friday", "The rules take effect on Friday.", date(2028, 6, 23)),
    ("en-in-force-since-tuesday", "The ban has been in force since Tuesday.", date(2028, 6, 20)),
    ("zh-done-monday", "新加坡金管局的模型风险要求已于周一起实施。", date(2028, 6, 19)),
    ("zh-next-monday", "新规将于下周一起生效。", date(2028, 6, 26)),
]


@pytest.mark.parametrize(
    ("name", "text", "day"), WEEKDAY_STARTS, ids=[r[0] for r in WEEKDAY_STARTS]
)
def test_a_start_told_by_its_weekday_states_that_day(name: str, text: str, day: date) -> None:
    assert effective_day(text, WEDNESDAY) == day


def test_a_weekday_of_another_act_is_no_start() -> None:
    text = "The minister signed the order on Monday; the rules apply to all banks."
    assert effective_day(text, WEDNESDAY) is None
    assert effective_day("该平台每周一起实施库存盘点。", WEDNESDAY) is None  # every Monday


def test_a_start_applied_from_monday_is_in_force(cues) -> None:
    text = (
        "Bank model-risk rules. The MAS model-risk requirements applied from Monday, and a "
        "compliance head at a bank said the first reviews were under way."
    )
    assert stage_of(text, cues, published=WEDNESDAY) == "in-force"


# -- (3) a disapproval made law; a start denied -----------------------------------------------

DISAPPROVED = [
    (
        "en-signed-resolution",
        "Congress kills data rule. The president signed the resolution of disapproval into law on "
        "Tuesday.",
    ),
    (
        "en-nullifies",
        "Data rule vote. The resolution nullifies the agency's AI disclosure rule, which shall "
        "have no force or effect.",
    ),
]


@pytest.mark.parametrize(("name", "text"), DISAPPROVED, ids=[r[0] for r in DISAPPROVED])
def test_a_disapproval_made_law_suspends_the_rule(name: str, text: str, cues) -> None:
    assert stage_of(text, cues) == "suspended"


DISAPPROVAL_ONLY_SOUGHT = [
    "Senators file disapproval resolution. Two senators introduced a resolution of disapproval "
    "of the AI disclosure rule on Tuesday.",
    "Senators' bid on the data rule. A resolution that would nullify the AI disclosure rule was "
    "introduced on Tuesday.",
]


@pytest.mark.parametrize("text", DISAPPROVAL_ONLY_SOUGHT)
def test_a_disapproval_only_introduced_suspends_nothing(text: str, cues) -> None:
    assert stage_of(text, cues) != "suspended"


NEGATED_STARTS = [
    "The rule will not take effect on July 1: the president signed the disapproval resolution.",
    "The rule won't come into force on 1 July after all.",
    "该办法将不会于2028年7月1日起施行。",
]


@pytest.mark.parametrize("text", NEGATED_STARTS)
def test_a_start_denied_states_no_day(text: str) -> None:
    assert effective_day(text, WEDNESDAY) is None


def test_a_start_not_denied_keeps_its_day() -> None:
    assert effective_day("该办法将于2028年7月1日起施行。", WEDNESDAY) == date(2028, 7, 1)
    assert effective_day("The rule will take effect on July 1.", WEDNESDAY) == date(2028, 7, 1)
    # a negation of something else in the clause denies no start
    text = "对不在名单内的企业自2028年7月1日起施行。"
    assert effective_day(text, WEDNESDAY) == date(2028, 7, 1)


# -- (4) a party's denial of the rumour in other words ------------------------------------------

DENIES_THE_MEASURE = [
    "Hanxin Tools denied the report, saying there are no plans for a licence requirement on etch "
    "tools.",
    "The toolmaker denied the report. It said the trade ministry is not preparing any export rule "
    "for its machines.",
    "The toolmaker disputed the report: no licence requirement for such tools is being prepared, "
    "it said.",
    "Hanxin Tools rejects report. Hanxin Tools called the newsletter's report untrue.",
    "Hanxin Tools denied the report, dismissing the reports as pure speculation.",
]


@pytest.mark.parametrize("text", DENIES_THE_MEASURE)
def test_a_partys_denial_of_the_measure_itself_counts(text: str) -> None:
    assert not denied_by_party(text)


OWN_PLANS = [
    "Tencent denied the report, saying it has no plans to cut output.",
    "Tencent denied the report, calling it speculation about its own pricing.",
    "Hanxin Tools denied the report: no new products are being planned, it said.",
]


@pytest.mark.parametrize("text", OWN_PLANS)
def test_a_partys_denial_of_its_own_plans_stays_a_partys(text: str) -> None:
    assert denied_by_party(text)


# -- (5) a start day corrected ----------------------------------------------------------------

CORRECTED = [
    (
        "zh-answer-named-day",
        "问：有报道称规定自7月1日起施行，是否属实？答：该报道有误。规定的施行日期为2028年6月1日。",
    ),
    (
        "zh-answer-cue",
        "问：有报道称规定自7月1日起施行，是否属实？答：该报道有误，规定自6月1日起施行。",
    ),
    ("en-start-date-is", "The start date is 1 June, not 1 July as some reports said."),
    (
        "en-q-and-a",
        "Q: Some reports said the rules take effect on July 1. Is that right? A: No. They take "
        "effect on June 1.",
    ),
]


@pytest.mark.parametrize(("name", "text"), CORRECTED, ids=[r[0] for r in CORRECTED])
def test_a_corrected_start_day_is_the_day_that_counts(name: str, text: str) -> None:
    assert effective_day(text, date(2028, 5, 20)) == date(2028, 6, 1)


def _at(day: int, month: int = 5) -> datetime:
    return datetime(2028, month, day, 9, tzinfo=UTC)


def test_the_authoritys_corrected_day_supersedes_the_news_day() -> None:
    reports = [
        StatusReport("news", _at(17), "news", "on-record", "adopted", effective=date(2028, 7, 1)),
        StatusReport(
            "answer", _at(20), "official", "official", "adopted", effective=date(2028, 6, 1)
        ),
        StatusReport("start", _at(1, 6), "news", "on-record", "none"),
    ]
    history = status_history(reports)
    assert history.status == "in-force"
    assert history.changes[-1].article_id == "start"


def test_a_later_news_day_does_not_replace_the_authoritys_day() -> None:
    reports = [
        StatusReport(
            "answer", _at(17), "official", "official", "adopted", effective=date(2028, 6, 1)
        ),
        StatusReport("news", _at(20), "news", "on-record", "adopted", effective=date(2028, 5, 25)),
        StatusReport("early", _at(26), "news", "on-record", "none"),
        StatusReport("start", _at(1, 6), "news", "on-record", "none"),
    ]
    assert status_history(reports).changes[-1].article_id == "start"


def test_the_authoritys_page_supersedes_a_news_day_said_to_be_official() -> None:
    # the news said it rested on the regulator's word (sourcing official) and gave a wrong day;
    # the regulator's own answer corrects it
    reports = [
        StatusReport(
            "notice", _at(10), "official", "official", "adopted", effective=date(2028, 6, 1)
        ),
        StatusReport("news", _at(11), "news", "official", "adopted", effective=date(2028, 7, 1)),
        StatusReport(
            "answer", _at(14), "official", "official", "adopted", effective=date(2028, 6, 1)
        ),
        StatusReport("start", _at(1, 6), "news", "on-record", "none"),
    ]
    history = status_history(reports)
    assert history.status == "in-force"
    assert history.changes[-1].article_id == "start"


def test_a_party_denial_in_chinese_counts() -> None:
    # a company's answer in Chinese names no English denier: nothing is known against it
    assert not denied_by_party("该公司表示，相关报道纯属谣言，有关部门并未要求其申请许可。")
