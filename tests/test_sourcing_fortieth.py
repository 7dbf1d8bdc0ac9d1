"""Sourcing, fortieth round, on sentences written for these tests (the kiosk, tram and ferry
rules and the firms are invented).

1. A data protection authority by its office ("the data protection office has ordered", "the
   privacy office said") and Canada's departments by their names
   ("Transport Canada said") are authorities.
2. People of a trade unnamed disclosing a plan (有业界人士透露, 多名从业人员称) are anonymous;
   业内人士认为 (an opinion) is not.
3. A US court of appeals by its circuit ("The Fifth Circuit on Tuesday vacated the rule") is a
   court's order; a circuit asked to act, or an integrated circuit, is not.

Review mends: a company's, a hospital's or another office's privacy office is no authority, nor a
press, family or back office; 从业人员称 is anonymous only before an authority's plan (not a title
nor an opinion); a court of appeals by its numeral ("the 5th Circuit") orders, a circuit breaker
does not; an appeals court acting on another court's act (staying an injunction, reversing a
judge who blocked the rule, denying a motion) stays no rule; a circuit asked to block the rule is
a reversal sought; the stage reads a circuit's vacatur as the rule suspended.
"""

from __future__ import annotations

import pytest

from nlp.about import load_cues
from nlp.stated import court_ordered, reversal_sought
from tests.stage_support import sourcing_of, stage_of

CUES = load_cues()


# -- 1. an authority by its office or its department's name ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kiosks must offer manual check-in.\n\nThe data protection office has ordered kiosk "
        "operators to offer a manual check from June 1.",
        "Privacy office checks kiosks.\n\nMacau's privacy office said it had inspected 12 kiosk "
        "operators since the requirement applied.",
        "Kiosks must offer manual check-in.\n\nThe Personal Data Protection Office has ordered "
        "kiosk operators to offer a manual check from June 1.",
        "Tram rule in force.\n\nTram operators may now use AI track checks under an order that "
        "took effect Wednesday, Transport Canada said.",
    ],
)
def test_an_authority_by_its_office_or_departments_name_is_official(text: str) -> None:
    # read on-record, secondary or none on the code before
    assert sourcing_of(text, CUES) == "official"


@pytest.mark.parametrize(
    "text",
    [
        # read official on the code before: "privacy office" alone was an authority
        "Kiosk maker welcomes rule.\n\nKioskco's privacy office said the firm had already met "
        "the rule.",
        "Kiosk maker welcomes rule.\n\nMeta's privacy office said the firm had already met the "
        "rule.",
        "Hospital kiosks.\n\nThe hospital's privacy office said it had already met the rule.",
        # other offices of no authority
        "Kiosk maker welcomes rule.\n\nKioskco's press office said the firm had already met "
        "the rule.",
        "Kiosk maker welcomes rule.\n\nThe Lin family office said the firm had already met "
        "the rule.",
        "Kiosk maker welcomes rule.\n\nKioskco's back office said the firm had already met "
        "the rule.",
        # an officer, not an office
        "Kiosk maker welcomes rule.\n\nKioskco's data protection officer said the firm had "
        "already met the rule.",
    ],
    ids=[
        "firm",
        "platform",
        "hospital",
        "press-office",
        "family-office",
        "back-office",
        "data-protection-officer",
    ],
)
def test_a_firm_speaking_about_the_privacy_office_stays_on_record(text: str) -> None:
    assert sourcing_of(text, CUES) == "on-record"


# -- 2. people of a trade unnamed -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "酒店自助入住或设限\n\n有酒店业界人士透露，主管部门将要求酒店不得强制旅客刷脸入住。",
        "景区或将全面刷脸入园\n\n多名景区从业人员称，市里将要求游客入园必须刷脸。",
        "渡轮智能巡检或将强制\n\n有行业人士透露，海事部门拟要求渡轮加装智能巡检设备。",
    ],
)
def test_unnamed_people_of_a_trade_disclosing_a_plan_are_anonymous(text: str) -> None:
    assert sourcing_of(text, CUES) == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        "渡轮智能巡检成趋势\n\n业内人士认为，智能巡检设备将在三年内普及。",
        # read anonymous on the code before: an opinion, and a title (称号)
        "渡轮智能巡检难落地\n\n多名从业人员称，新规不太现实。",
        "渡轮船员评优\n\n海事部门出台渡轮从业人员称号评定办法。",
    ],
    ids=["insiders-opinion", "workers-opinion", "workers-title"],
)
def test_an_insiders_opinion_is_not_anonymous_sourcing(text: str) -> None:
    assert sourcing_of(text, CUES) != "anonymous"


# -- 3. a court of appeals by its circuit ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Fifth Circuit on Tuesday vacated the Labor Department's rule on kiosk scheduling.",
        "The Fifth Circuit on Tuesday vacated the rule.",
        "The D.C. Circuit stayed the tram rule pending review.",
        # read none on the code before: a numeral
        "The 5th Circuit vacated the rule.",
        "The 11th Circuit blocked the kiosk rule.",
        "The 2nd Circuit stayed the tram rule.",
        "The 1st Circuit set aside the ferry rule.",
        "The 3rd Circuit enjoined the kiosk rule.",
    ],
)
def test_a_court_of_appeals_by_its_circuit_orders(text: str) -> None:
    assert court_ordered(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three trade groups asked the Fifth Circuit to block the kiosk rule.",
        "Exports of integrated circuit testers were halted by the ministry.",
        # read a court's order on the code before: a circuit breaker, another court's act acted on
        "First Circuit Breaker halted trading on the exchange.",
        "The Fifth Circuit stayed the injunction, letting the rule take effect.",
        "The Fifth Circuit vacated the nationwide injunction that had blocked the rule.",
        "The Fifth Circuit reversed a district judge who had blocked the rule.",
        "The Ninth Circuit denied a motion that would have paused the rule.",
    ],
)
def test_a_circuit_asked_or_a_chip_circuit_orders_nothing(text: str) -> None:
    assert not court_ordered(text)


@pytest.mark.parametrize(
    "text",
    [
        # read False on the code before: the circuit was no court asked
        "Three trade groups asked the Fifth Circuit to block the kiosk rule.",
        "Three trade groups asked the 5th Circuit to block the kiosk rule.",
    ],
)
def test_a_circuit_asked_to_block_the_rule_is_a_reversal_sought(text: str) -> None:
    assert reversal_sought(text)


def test_a_circuit_that_blocked_the_rule_is_no_reversal_sought() -> None:
    assert not reversal_sought("Trade groups sued, and the Fifth Circuit blocked the kiosk rule.")


@pytest.mark.parametrize(
    "text",
    [
        # read adopted on the code before: no circuit among the stage's courts
        "Kiosk rule vacated.\n\nThe Fifth Circuit on Tuesday vacated the rule.",
        "Kiosk rule vacated.\n\nThe 5th Circuit on Tuesday vacated the rule.",
    ],
)
def test_the_stage_reads_a_circuits_vacatur_as_suspended(text: str) -> None:
    assert stage_of(text, CUES) == "suspended"
