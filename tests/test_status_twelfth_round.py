"""Status, twelfth round: a past step recalled as background, a start pushed back, a bill lapsed.

Sentences written for these tests (English, simplified and traditional Chinese; invented rules,
firms and days). (1) A report that tells the rule's past step only as a modifier of the rule
with its time ("to meet the rules adopted in November, a survey reported", "the regulation in
force since May", 为落实去年施行的办法) does not bring a suspended rule back, whatever its sourcing
was read; a rule reinstated or taking effect is told otherwise. (2) A report read `suspended`
that tells a postponement ("pushes back", 推迟) and states a later start than the day stated at
adoption moves the rule's day: the rule stays adopted and is in force on the new day; a
suspension with no later day, or a delay to the day already stated, is not moved. (3) A bill
that dies on the Order Paper, or lapses by the principle that bills do not carry over into the
legislature's next term (屆期不連續), is `suspended`; a lapse feared or recalled is not.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from nlp.hanzi import to_simplified
from nlp.stated import recalled_step, tells_delay
from nlp.status import StatusReport, status_history
from tests.stage_support import stage_of

T0 = datetime(2031, 3, 2, 9, tzinfo=UTC)


def _report(
    day: float,
    stage: str,
    sourcing: str | None,
    kind: str = "news",
    sentence: str = "",
    effective: date | None = None,
) -> StatusReport:
    return StatusReport(
        article_id=f"r{day:g}",
        published=T0 + timedelta(days=day),
        outlet_kind=kind,
        sourcing=sourcing,
        stage=stage,
        sentence=sentence,
        effective=effective,
    )


def _changes(*reports: StatusReport) -> list[tuple[str, str]]:
    return [(c.status, c.article_id) for c in status_history(reports).changes]


# -- (1) a past step recalled as background ----------------------------------------------------

RECALLED = [
    "Freight firms are hiring dispatchers in Lagos to meet Ghana's drone freight rules adopted "
    "in March, a staffing agency's survey reported.",
    "Two map makers said they had finished the labels required by the EU mapping regulation in "
    "force since May, said a product head at one of them.",
    "Insurers still follow the code, which was introduced last year, an industry newsletter said.",
    "物流企业正在落实3月出台的《无人机货运管理规定》，一家咨询公司的调查显示。",
    "為落實去年施行的《無人機貨運管理辦法》，多家業者加緊整改。",
]
NOT_RECALLED = [
    # traps: the rule brought back, its own step, an authority's own act
    "The ministry reinstated the drone freight rules adopted in March.",
    "The drone freight rules adopted in March take effect on Monday.",
    "The ministry adopted the drone freight rules in March.",
    "交通运输部决定恢复施行3月出台的无人机货运管理规定。",
]


@pytest.mark.parametrize("sentence", RECALLED)
def test_a_past_step_told_as_a_modifier_is_recalled(sentence: str) -> None:
    assert recalled_step(sentence)


@pytest.mark.parametrize("sentence", NOT_RECALLED)
def test_a_rule_brought_back_or_its_own_step_is_not_recalled(sentence: str) -> None:
    assert not recalled_step(sentence)


def _suspended_then(sentence: str) -> list[tuple[str, str]]:
    return _changes(
        _report(0, "adopted", "official", "official"),
        _report(30, "suspended", "official", "official"),
        # the tagger read the later report's sourcing `official`
        _report(45, "adopted", "official", sentence=sentence),
    )


def test_a_recalled_step_does_not_bring_a_suspended_rule_back() -> None:
    assert _suspended_then(RECALLED[0]) == [("adopted", "r0"), ("suspended", "r30")]


def test_a_rule_reinstated_leaves_the_suspension() -> None:
    # trap: the official word that the rule is back
    found = _suspended_then(NOT_RECALLED[0])
    assert found == [("adopted", "r0"), ("suspended", "r30"), ("adopted", "r45")]


# -- (2) a start pushed back -------------------------------------------------------------------

DELAYS = [
    "Lagos pushes back drone freight rules by two months.",
    "The ministry delayed the drone freight rules, which will now apply from July 1.",
    "交通运输局关于推迟《无人机货运管理办法》施行日期的通知",
    "交通運輸局關於延期施行《無人機貨運管理辦法》的通知",
]


@pytest.mark.parametrize("sentence", DELAYS)
def test_a_postponement_is_told(sentence: str) -> None:
    assert tells_delay(sentence)


def test_a_suspension_is_no_postponement() -> None:
    assert not tells_delay("The ministry suspended the drone freight rules pending a review.")
    assert not tells_delay("交通运输局决定暂停执行《无人机货运管理办法》。")


ADOPTED_ON = date(2031, 5, 1)  # the start stated at adoption
LATER = date(2031, 7, 1)


def _delayed(sentence: str, effective: date | None) -> list[tuple[str, str]]:
    return _changes(
        _report(0, "adopted", "official", "official", effective=ADOPTED_ON),
        _report(40, "suspended", "official", sentence=sentence, effective=effective),
        _report((datetime(2031, 7, 1, 12, tzinfo=UTC) - T0).days, "in-force", "on-record"),
    )


def test_a_start_pushed_back_keeps_the_rule_adopted_until_its_new_day() -> None:
    found = _delayed(DELAYS[0], LATER)
    assert found == [("adopted", "r0"), ("in-force", "r121")]


def test_a_suspension_stating_no_later_day_suspends() -> None:
    # traps: a delay word with no later day; a suspension (no delay word) with a later day
    assert _delayed(DELAYS[0], None)[1] == ("suspended", "r40")
    suspended = (
        "The ministry suspended the drone freight rules; a revised text applies from July 1."
    )
    assert _delayed(suspended, LATER)[1] == ("suspended", "r40")


def test_a_delay_to_the_day_stated_at_adoption_is_not_moved() -> None:
    # trap: the report's day is the one the adoption stated, not a later one
    assert _delayed(DELAYS[0], ADOPTED_ON)[1] == ("suspended", "r40")


# -- (3) a bill lapsing with its session ---------------------------------------------------------

LAPSED = [
    "Drone bill status. The drone licensing bill died on the Order Paper when parliament was "
    "dissolved on Friday.",
    "Status of Bill S-9. Bill S-9 dies on the Order Paper with the prorogation of Parliament.",
    "議案狀態更新。依屆期不連續原則，《無人機管理條例》草案失效，須於新會期重新提出。",
]
NOT_LAPSED = [
    # traps: a lapse feared, not happened; a reintroduction recalling the lapse
    "Drone bill at risk. The drone licensing bill could die on the Order Paper if the session "
    "ends before a vote.",
    "议案进展。若本会期结束前未能表决，《无人机管理条例》草案恐将失效。",
    "法案重新提出。政府今日重新提出此前因届期不连续而失效的《无人机管理条例》草案。",
]


@pytest.mark.parametrize("text", LAPSED)
def test_a_bill_lapsing_with_its_session_is_suspended(text: str, cues) -> None:
    # the tagger reads a traditional text through the simplified cues
    assert stage_of(to_simplified(text), cues, published=date(2031, 5, 2)) == "suspended"


@pytest.mark.parametrize("text", NOT_LAPSED)
def test_a_lapse_feared_or_recalled_is_no_suspension(text: str, cues) -> None:
    assert stage_of(to_simplified(text), cues, published=date(2031, 5, 2)) != "suspended"
