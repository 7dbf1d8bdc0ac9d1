"""Status, thirteenth round: a plan told in reported speech, a Hong Kong consultation.

Sentences written for these tests (invented commissions, cities and rules). (1) A plan still
being written, told in reported speech ("said the commission was preparing guidance"), is
`reported`, as "is preparing" is; a plan that was being prepared and has been issued since is
the act's stage. (2) A public consultation worded the Hong Kong way (展開公眾諮詢, read in
simplified characters) is `proposed`; the public's questions taken (接受公眾諮詢) and an official
account asked (諮詢公眾號) are no consultation.
"""

from __future__ import annotations

from datetime import date

import pytest

from nlp.hanzi import to_simplified
from tests.stage_support import stage_of

DAY = date(2033, 4, 6)

# -- (1) a plan in reported speech -----------------------------------------------------------------

PREPARING = [
    "Port authority to act on drone deliveries. The harbour commissioner said on Monday that the "
    "authority was preparing rules on drone deliveries over the docks, without giving a date.",
    "Lakeside eyes rules for robot taxis. A transport official said the city was preparing "
    "guidelines to let robot taxis pick up passengers near the station.",
    "Ministries weigh chatbot limits. Two officials said the ministries were preparing a "
    "regulation on chatbots in schools.",
]
NOT_PREPARING = [
    # traps: the plan prepared and issued since, with or without reported speech around it
    "Port authority issues drone rules. The authority, which was preparing the rules since "
    "January, issued them on Monday.",
    "Port authority issues drone rules. The rules, which the authority was preparing for a "
    "year, were issued on Monday, a spokesperson said.",
]


@pytest.mark.parametrize("text", PREPARING)
def test_a_plan_told_in_reported_speech_is_reported(text: str, cues) -> None:
    assert stage_of(text, cues, published=DAY) == "reported"


@pytest.mark.parametrize("text", NOT_PREPARING)
def test_a_plan_prepared_and_since_issued_is_the_act(text: str, cues) -> None:
    assert stage_of(text, cues, published=DAY) == "adopted"


def test_a_plan_in_the_present_is_still_reported(cues) -> None:
    text = (
        "Port authority to act on drone deliveries. The authority is preparing rules on drone "
        "deliveries over the docks."
    )
    assert stage_of(text, cues, published=DAY) == "reported"


# -- (2) a consultation worded the Hong Kong way ---------------------------------------------------

CONSULTING = [
    "海港管理委員會就無人機送貨的建議規則展開公眾諮詢。委員會今日發表建議規則，諮詢期為兩個月。",
    "運輸署就自動駕駛巴士試行指引進行公眾諮詢，公眾諮詢期至六月三十日止。",
    "海港管理委员会就无人机送货的建议规则展开公众咨询，为期两个月。",
]
NOT_CONSULTING = [
    # traps: the public's questions taken, an official account to ask
    "運輸署發出自動駕駛巴士試行指引，即日起接受公眾諮詢，市民可致電熱線查詢。",
    "运输署印发自动驾驶巴士试行指引，详情请咨询公众号客服。",
]


@pytest.mark.parametrize("text", CONSULTING)
def test_a_public_consultation_worded_the_hong_kong_way_is_proposed(text: str, cues) -> None:
    # the tagger reads a traditional text through the simplified cues
    assert stage_of(to_simplified(text), cues, published=DAY) == "proposed"


@pytest.mark.parametrize("text", NOT_CONSULTING)
def test_questions_taken_from_the_public_are_no_consultation(text: str, cues) -> None:
    assert stage_of(to_simplified(text), cues, published=DAY) != "proposed"
