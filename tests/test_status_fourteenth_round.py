"""Status, fourteenth round: a rule brought back by a court, a start moved by statute, a court
overturning a penalty.

Sentences written for these tests (invented courts, states, cities and rules), with traps.

(1) A reinstatement ("an appeals court overturned the ruling and reinstated the ban",
恢复施行) brings a suspended rule back in force, though a reversal's verb is in its sentence.
(2) A start moved by name ("moves the start of the rule to July 1, 2031") states the rule's new
day, so a later start told with a delay keeps the rule adopted instead of suspending it. (3) A
court overturning or revoking a measure (a fine) is a court's order; overturning a ruling is not.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.stated import court_ordered, effective_day, tells_reinstatement
from nlp.status import StatusReport, status_history


def _at(month: int, day: int, year: int = 2033) -> datetime:
    return datetime(year, month, day, 12, tzinfo=UTC)


def _report(
    rid: str,
    when: datetime,
    stage: str,
    sentence: str,
    *,
    sourcing: str | None = "official",
    effective: date | None = None,
) -> StatusReport:
    return StatusReport(
        article_id=rid,
        published=when,
        outlet_kind="news",
        sourcing=sourcing,
        stage=stage,
        sentence=sentence,
        effective=effective,
    )


# -- (1) a rule brought back ---------------------------------------------------------------------

REINSTATED = [
    "An appeals court overturned the ruling on Thursday and reinstated the city's ban on "
    "delivery robots on pavements.",
    "The high court revived the drone curfew, quashing the lower court's order.",
    "The constitutional court restored the province's chatbot disclosure rules.",
    "二审法院撤销一审判决，《某市无人机物流管理办法》恢复施行。",
    "法院裁定撤銷原判決，相關規定恢復效力。",  # traditional script
]
NOT_REINSTATED = [
    # traps: a person or a service brought back; the reinstatement another act in a relative
    # clause; a suspension alone
    "The agency reinstated the dismissed inspector after an appeal.",
    "The operator restored power to the robot depot on Friday.",
    "A higher court overturned the ruling that had reinstated the decree.",
    "A judge suspended the city's ban on delivery robots.",
    "法院裁定暂停执行该办法。",
]


@pytest.mark.parametrize("sentence", REINSTATED)
def test_a_rule_brought_back_is_read(sentence: str) -> None:
    assert tells_reinstatement(sentence)


@pytest.mark.parametrize("sentence", NOT_REINSTATED)
def test_no_rule_brought_back(sentence: str) -> None:
    assert not tells_reinstatement(sentence)


def test_a_reinstated_rule_is_in_force_again() -> None:
    history = status_history(
        [
            _report("r1", _at(2, 3), "in-force", "The city's robot ban took effect on Friday."),
            _report("r2", _at(3, 9), "suspended", "A judge struck down the city's robot ban."),
            _report("r3", _at(5, 2), "suspended", REINSTATED[0]),
        ]
    )
    assert [c.status for c in history.changes] == ["in-force", "suspended", "in-force"]
    assert history.changes[-1].article_id == "r3"


def test_a_reversal_of_a_reinstatement_stays_suspended() -> None:
    # trap: the ruling that brought the rule back is overturned: still suspended, no change
    history = status_history(
        [
            _report("r1", _at(2, 3), "in-force", "The city's robot ban took effect on Friday."),
            _report("r2", _at(3, 9), "suspended", "A judge struck down the city's robot ban."),
            _report("r3", _at(5, 2), "suspended", NOT_REINSTATED[2]),
        ]
    )
    assert history.status == "suspended"
    assert len(history.changes) == 2


# -- (2) a start moved by statute ----------------------------------------------------------------

MOVED = (
    "Lakeland law delays drone noise rule. The governor signed a bill on Monday that moves the "
    "start of the state's drone noise rule to July 1, 2031, the governor's office said."
)


def test_a_start_moved_by_name_states_its_new_day() -> None:
    assert effective_day(MOVED, date(2030, 8, 12)) == date(2031, 7, 1)
    brought = "The board brought the effective date of the rules forward to June 1."
    assert effective_day(brought, date(2033, 3, 2)) == date(2033, 6, 1)


def test_a_moved_product_launch_is_no_rules_day() -> None:
    # trap: a company moving the start of its own sales moves no rule's day
    text = "The maker moved the start of its robot sales to May 1."
    assert effective_day(text, date(2033, 3, 2)) is None


def test_a_start_moved_by_statute_keeps_the_rule_adopted() -> None:
    history = status_history(
        [
            _report(
                "r1",
                _at(5, 30, 2030),
                "adopted",
                "The board adopted the drone noise rule, effective January 1, 2031.",
                effective=date(2031, 1, 1),
            ),
            _report(
                "r2",
                _at(8, 12, 2030),
                "suspended",
                "Lakeland law delays drone noise rule.",
                effective=effective_day(MOVED, date(2030, 8, 12)),
            ),
        ]
    )
    assert [c.status for c in history.changes] == ["adopted"]


# -- (3) a court overturning a penalty ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Court overturns Riverton fine over AI shop assistants.",
        "A district court revoked the regulator's penalty on the app maker.",
    ],
)
def test_a_court_overturning_a_measure_is_its_order(sentence: str) -> None:
    assert court_ordered(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "An appeals court overturned the ruling on Tuesday.",
        "The court overturned the lower court's judgment against the city.",
    ],
)
def test_a_ruling_overturned_is_no_order_against_the_measure(sentence: str) -> None:
    assert not court_ordered(sentence)
