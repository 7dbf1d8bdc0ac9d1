"""Stage, forty-second round: a rule's own application stopped, or its entry into force refused.

Sentences written for these tests (the cities, the rules and the acts are invented). A decision
to stop applying a rule named by its title (关于停止执行《……》的决定) and a legislature's objection
after which an act "cannot enter into force" reverse the rule: ``suspended``. The code before read
the first ``adopted`` (the decision's issuing) and the second ``in-force`` (its "enter into force").
Traps: a party told to stop a deal it made (停止实施该项投资) is enforcement, not a rule stopped; a
rule that will enter into force on a day to come is no reversal.
"""

from __future__ import annotations

import pytest

from nlp.about import load_cues
from tests.stage_support import stage_of

CUES = load_cues()


@pytest.mark.parametrize(
    "text",
    [
        "某市人民政府关于停止执行《某市智能门禁管理办法》的决定\n\n"
        "经审查，决定自即日起停止执行《某市智能门禁管理办法》。",
        "某市人民政府关于停止施行《某市无人配送车管理规定》的决定\n\n"
        "市政府决定停止施行《某市无人配送车管理规定》。",
        "Assembly objects to drone labelling act.\n\nThe assembly today objected to the "
        "agency's delegated regulation on labelling delivery drones, which therefore cannot "
        "enter into force.",
    ],
)
def test_a_rule_stopped_or_its_entry_into_force_refused_is_suspended(text: str) -> None:
    assert stage_of(text, CUES) == "suspended"
    assert stage_of(text, CUES, signal=False) == "suspended"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # a party ordered to stop a deal: enforcement of a rule in force
        (
            "安全审查办公室作出禁止一项投资的决定\n\n"
            "办公室发布公告，对一项收购作出禁止投资的决定，当事人应当停止实施该项投资，并处以罚款。",
            "in-force",
        ),
        # an act that enters into force later: adopted, not refused
        (
            "Agency adopts drone labelling act.\n\nThe agency adopted its delegated regulation "
            "on labelling delivery drones, which will enter into force in two years.",
            "adopted",
        ),
    ],
)
def test_a_party_told_to_stop_or_a_start_to_come_is_no_reversal(text: str, stage: str) -> None:
    assert stage_of(text, CUES) == stage
