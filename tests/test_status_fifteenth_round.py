"""Status, fifteenth round: a court staying a regulator's code, a law still to be promulgated.

Sentences written for these tests (invented courts, regulators, cities and rules), with traps.

(1) A court's stay of a regulator's code, circular or ordinance ("the High Court stayed the
platform safety code pending a hearing") is a court's order suspending the act, as a stay of a
rule is; software's source code or a dress code stayed is not. (2) A Chinese in-force cue
after a promulgation still to come (条例将由市政府依法公布施行, 將於總統公布後施行) is a law
adopted, not in force; a law in force on its promulgation (自公布之日起施行) or promulgated
already is not caught.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.stage_support import stage_of

# -- (1) a court staying a code -----------------------------------------------------------------

STAYED = [
    "Court stays loot box code. The Commercial Court stayed the loot box code pending a full "
    "hearing of a publisher's challenge, according to the order.",
    "Tribunal stays lending circular. The tribunal stayed the regulator's circular on automated "
    "loan pricing until it rules on the banks' appeal.",
    "Judge stays drone noise ordinance. A judge stayed the city's drone noise ordinance on "
    "Tuesday, the court's order shows.",
]
NOT_STAYED = [
    # traps: software's code, a dress code, a stay asked for and not made
    "Court stays source code release. The District Court stayed the release of the source code "
    "of the game engine in a copyright dispute between two studios.",
    "Court stays school dress code. The court stayed the dress code at a school in a dispute "
    "between parents and its board.",
    "Platforms ask court to stay code. Two platforms asked the High Court to stay the "
    "recommender code before it applies in September.",
]


@pytest.mark.parametrize("text", STAYED)
def test_a_court_staying_a_code_suspends_it(text: str, cues: Any) -> None:
    assert stage_of(text, cues) == "suspended"


@pytest.mark.parametrize("text", NOT_STAYED)
def test_code_that_is_no_rule_or_a_stay_sought_is_no_suspension(text: str, cues: Any) -> None:
    assert stage_of(text, cues) != "suspended"


# -- (2) a law still to be promulgated ----------------------------------------------------------

TO_BE_PROMULGATED = [
    # a city council's release, the city to promulgate the ordinance (traditional script)
    "新竹市議會新聞稿。「新竹市無人機夜間飛行管理自治條例」將由市政府依法公布施行。",
    "新竹市議會新聞稿。本會今日三讀通過「新竹市無人機夜間飛行管理自治條例」，條例將由市政府依法公布施行。",
    # simplified
    "某市人大常委会新闻稿。「某市无人机夜间飞行管理条例」将由市政府依法公布施行。",
]
NOW_IN_FORCE = [
    # traps: in force on promulgation; promulgated already
    "某市政府令。《某市无人机夜间飞行管理条例》自公布之日起施行。",
    "某省人大常委会公告。《某省自动驾驶车辆道路管理条例》已由省政府公布施行。",
]


@pytest.mark.parametrize("text", TO_BE_PROMULGATED)
def test_a_law_still_to_be_promulgated_is_not_in_force(text: str, cues: Any) -> None:
    assert stage_of(text, cues, published=date(2033, 5, 20)) != "in-force"


@pytest.mark.parametrize("text", NOW_IN_FORCE)
def test_a_law_in_force_on_promulgation_is_still_in_force(text: str, cues: Any) -> None:
    assert stage_of(text, cues, published=date(2033, 5, 20)) == "in-force"
