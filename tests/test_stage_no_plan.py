"""A government saying it has no plan for the rumoured rule, in Chinese as in English ("has no
plans to"): 并无计划, 没有计划, 暂无计划 (traditional script read simplified). Sentences written
for these tests (an invented licensing regime and drone rule).
"""

from __future__ import annotations

from nlp.hanzi import to_simplified
from tests.stage_support import sourcing_of, stage_of


def test_no_plan_for_the_rumoured_rule_is_a_denial(cues) -> None:
    for text in (
        "政府回应无人机牌照传闻\n\n政府表示，现阶段并无计划就送货无人机设立发牌制度。",
        "部门回应：没有计划出台无人机配送禁令\n\n有关部门表示，没有计划出台上述禁令。",
        to_simplified("當局回應傳聞\n\n當局表示，暫無計劃就送貨無人機設立發牌制度。"),
    ):
        assert sourcing_of(text, cues) == "denial", text
        assert stage_of(text, cues) == "denied", text


def test_a_plan_stated_is_no_denial(cues) -> None:
    text = "政府公布无人机牌照计划\n\n政府表示，计划明年就送货无人机设立发牌制度。"
    assert sourcing_of(text, cues) != "denial"
    assert stage_of(text, cues) != "denied"
