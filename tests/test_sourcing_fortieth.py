"""Sourcing, fortieth round, on sentences written for these tests (the kiosk, tram and ferry
rules and the firms are invented).

1. A data protection authority by its office ("the data protection office has ordered", "the
   privacy office said") and Canada's departments by their names
   ("Transport Canada said") are authorities.
2. People of a trade unnamed disclosing a plan (有业界人士透露, 多名从业人员称) are anonymous;
   业内人士认为 (an opinion) is not.
3. A US court of appeals by its circuit ("The Fifth Circuit on Tuesday vacated the rule") is a
   court's order; a circuit asked to act, or an integrated circuit, is not.
"""

from __future__ import annotations

import pytest

from nlp.about import load_cues
from nlp.stated import court_ordered
from tests.stage_support import sourcing_of

CUES = load_cues()


# -- 1. an authority by its office or its department's name ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kiosks must offer manual check-in.\n\nThe data protection office has ordered kiosk "
        "operators to offer a manual check from June 1.",
        "Privacy office checks kiosks.\n\nThe privacy office said it had inspected 12 kiosk "
        "operators since the requirement applied.",
        "Tram rule in force.\n\nTram operators may now use AI track checks under an order that "
        "took effect Wednesday, Transport Canada said.",
    ],
)
def test_an_authority_by_its_office_or_departments_name_is_official(text: str) -> None:
    # read on-record, secondary or none on the code before
    assert sourcing_of(text, CUES) == "official"


def test_a_firm_speaking_about_the_privacy_office_stays_on_record() -> None:
    text = (
        "Kiosk maker welcomes rule.\n\nKioskco chief executive Lin Hao said the firm had "
        "already met the rule."
    )
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


def test_an_insiders_opinion_is_not_anonymous_sourcing() -> None:
    text = "渡轮智能巡检成趋势\n\n业内人士认为，智能巡检设备将在三年内普及。"
    assert sourcing_of(text, CUES) != "anonymous"


# -- 3. a court of appeals by its circuit ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Fifth Circuit on Tuesday vacated the Labor Department's rule on kiosk scheduling.",
        "The D.C. Circuit stayed the tram rule pending review.",
    ],
)
def test_a_court_of_appeals_by_its_circuit_orders(text: str) -> None:
    assert court_ordered(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three trade groups asked the Fifth Circuit to block the kiosk rule.",
        "Exports of integrated circuit testers were halted by the ministry.",
    ],
)
def test_a_circuit_asked_or_a_chip_circuit_orders_nothing(text: str) -> None:
    assert not court_ordered(text)
