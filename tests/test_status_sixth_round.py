"""Sixth round of the status history on noisy per-report stages, by class (nlp.status).

Texts written for these tests (invented rules, firms and dates), each class with a distractor
that must keep the history as it was: a report read ``in-force`` that itself states a day to
come, a company's denial against an authority's, and a lawsuit to block a rule against a court's
order staying it.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.status import StatusReport, denied_by_party, reversal_sought, status_history


def _at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2027, month, day, hour, tzinfo=UTC)


def _report(
    rid: str,
    when: datetime,
    stage: str,
    text: str,
    *,
    sourcing: str | None = "official",
    outlet: str = "news",
) -> StatusReport:
    return StatusReport.of_text(rid, when, outlet, sourcing, stage, text, text.split(".")[0])


# -- in force only from the day a report itself states --------------------------------------------

CAR_STANDARD = (
    "China sets crash standard for e-scooter batteries. The industry ministry published a "
    "mandatory standard on Tuesday that takes effect on March 1, 2029."
)
CAR_STANDARD_NOTICE = (
    "工业和信息化部公告 2027年第12号 批准发布强制性国家标准，自2029年3月1日起实施。"
)


def test_a_report_read_in_force_that_states_a_day_to_come_shows_the_rule_adopted() -> None:
    history = status_history(
        [
            _report("notice", _at(6, 8, 8), "in-force", CAR_STANDARD_NOTICE, outlet="official"),
            _report("news", _at(6, 8, 11), "in-force", CAR_STANDARD),
        ]
    )
    assert [c.status for c in history.changes] == ["adopted"]
    assert history.confirmed


def test_a_report_in_force_on_or_after_the_day_it_states_stays_in_force() -> None:
    # distractor: the day has come ("took effect on March 1"), or a day of the past is stated
    took = "Scooter battery standard bites. The standard took effect on March 1, 2029, makers said."
    history = status_history(
        [
            _report("news", _at(6, 8, 11), "adopted", CAR_STANDARD),
            _report("later", datetime(2029, 3, 2, 9, tzinfo=UTC), "in-force", took, sourcing=None),
        ]
    )
    assert [c.status for c in history.changes] == ["adopted", "in-force"]


def test_a_penalty_decision_is_in_force_whatever_day_it_names() -> None:
    # distractor: a fine imposed, with a deadline to come for the firm's fix
    fine = (
        "市场监督管理局行政处罚决定书 本局决定对当事人处以罚款人民币200万元，"
        "当事人应自2027年9月1日起执行整改。"
    )
    history = status_history([_report("fine", _at(7, 2), "in-force", fine, outlet="official")])
    assert history.status == "in-force"


# -- a party's denial is no denial of the policy --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lanting Games denies receiving order to cap players' spending. Lanting Games said on "
        "Monday it had received no instruction from regulators.",
        "Drivers describe new checks. A spokesperson for one of the platforms named denied that "
        "its drivers had been asked for extra papers.",
        "Yunhe Bank disputes fine figure. Yunhe Bank denied reports that it faces a record fine.",
    ],
)
def test_a_companys_denial_is_a_partys(text: str) -> None:
    assert denied_by_party(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seoul denies plan to license AI chatbots. The science ministry said it had no such plan.",
        "Regulator rejects report of scooter ban. China's transport ministry denied the report.",
        "MSIT says no record rule planned. A spokesperson for the ministry said so on Friday.",
        "A spokesperson for the Ministry of Transport denied the report on Friday.",
        # who denies is not named: nothing is known against the denial
        "Reports of a scooter ban are untrue, according to a statement.",
        "经核实，该报道不属实。",
    ],
)
def test_an_authoritys_denial_or_an_unnamed_one_is_no_partys(text: str) -> None:
    assert not denied_by_party(text)


RUMOUR = (
    "China to cap players' monthly spending, sources say. The game regulator has told "
    "publishers to limit top-ups, two people said."
)


def test_a_companys_denial_does_not_deny_the_rumour_but_an_authoritys_does() -> None:
    company = (
        "Lanting Games denies receiving order to cap spending. Lanting Games said on Tuesday it "
        "had received no instruction on top-ups."
    )
    authority = (
        "China's game regulator denies plan to cap spending. The regulator said the report was "
        "untrue."
    )
    rumour = _report("rumour", _at(1, 18), "reported", RUMOUR, sourcing="anonymous")
    with_company = status_history(
        [rumour, _report("company", _at(1, 19), "denied", company, sourcing="denial")]
    )
    assert [c.status for c in with_company.changes] == ["reported"]
    with_authority = status_history(
        [rumour, _report("authority", _at(1, 19), "denied", authority, sourcing="denial")]
    )
    assert [c.status for c in with_authority.changes] == ["reported", "denied"]


# -- a reversal sought is none -----------------------------------------------------------------

LAWSUIT = (
    "Scooter importers sue to block battery rule. The Scooter Importers Association asked a "
    "federal court on Monday to set aside the rule, saying it would empty shelves."
)
STAYED = (
    "Court halts scooter battery rule. A federal court stayed the rule on Friday after importers "
    "sued, and the agency said it would comply."
)


def test_a_lawsuit_seeks_a_reversal_and_a_courts_stay_makes_one() -> None:
    assert reversal_sought(LAWSUIT)
    assert not reversal_sought(STAYED)
    assert not reversal_sought("The ministry suspended the rule for 90 days.")


def test_a_lawsuit_does_not_suspend_the_rule_but_a_courts_stay_does() -> None:
    adopted = _report(
        "final",
        _at(6, 22),
        "adopted",
        "Agency issues final scooter battery rule.",
        outlet="official",
    )
    sued = status_history([adopted, _report("suit", _at(7, 2), "suspended", LAWSUIT)])
    assert [c.status for c in sued.changes] == ["adopted"]
    stayed = status_history([adopted, _report("stay", _at(7, 9), "suspended", STAYED)])
    assert [c.status for c in stayed.changes] == ["adopted", "suspended"]
