"""Stage, forty-second round: a rule's own application stopped, or its entry into force refused.

Sentences written for these tests (the cities, the rules and the acts are invented). A decision
to stop applying a rule named by its title (关于停止执行《……》的决定, 停止实施《……规定》, 停止執行
「……辦法」) and a legislature's objection after which an act "cannot enter into force" reverse the
rule: ``suspended``. The code before read the first ``adopted`` (the decision's issuing) and the
second ``in-force`` (its "enter into force").

Traps, each holding one of the new cue strings in a reading that is no reversal (the review's
mends; each but the last reads ``suspended`` on the round's first code): "cannot enter into force
until / if / before ..." states the condition of an act's entry into force; 同时停止执行《……》
in a new rule's own clause is the new rule's start; 停止执行《会员服务协议》中的……条款 is a
company told to stop a contract's terms (the title is no rule's); "could not enter into force
without the Council's consent" is a condition too.

Negations: "cannot", "can't", "won't", "isn't", "aren't", "wasn't", "couldn't" before an in-force
cue say the rule is not in force ("won't" is not the ``adopted`` cue "won" either); the round's
first code read them ``in-force``.
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
    "text",
    [
        "某市人民政府关于停止实施《某市共享单车管理规定》的决定\n\n"
        "市政府决定停止实施《某市共享单车管理规定》。",
        "某市政府關於停止執行「某市智慧停車管理辦法」的決定\n\n"
        "市政府決定自即日起停止執行「某市智慧停車管理辦法」。",
    ],
)
def test_a_rule_stopped_told_with_shishi_or_corner_marks_is_suspended(text: str) -> None:
    assert stage_of(text, CUES) == "suspended"
    assert stage_of(text, CUES, signal=False) == "suspended"


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        # the condition of an act's entry into force, told while it is adopted
        (
            "Commission adopts drone labelling act.\n\nThe Commission adopted the delegated "
            "regulation, which cannot enter into force until Parliament and Council have had two "
            "months to object.",
            "adopted",
        ),
        (
            "Commission adopts drone labelling act.\n\nThe Commission adopted the delegated "
            "regulation, which could not enter into force without the Council's consent.",
            "adopted",
        ),
        # the new rule's own clause stopping the old one: the new rule's start
        (
            "某市发布新的智能门禁管理办法\n\n本办法自2027年1月1日起施行，同时停止执行《某市旧智能门禁管理办法》。",
            "adopted",
        ),
        # a company told to stop a contract's unfair terms: enforcement of a rule in force
        (
            "市场监管局约谈某平台公司\n\n市场监管局责令该公司停止执行《会员服务协议》中的不公平格式条款。",
            "in-force",
        ),
    ],
)
def test_a_condition_a_new_rules_clause_or_a_contract_is_no_reversal(text: str, stage: str) -> None:
    assert stage_of(text, CUES) == stage


@pytest.mark.parametrize(
    "text",
    [
        "Under EU law a delegated act cannot enter into force if either institution objects.",
        "The law cannot come into force before it is published in the Official Journal.",
    ],
)
def test_a_condition_of_entry_into_force_is_not_suspended(text: str) -> None:
    text = "How delegated acts work.\n\n" + text
    assert stage_of(text, CUES) != "suspended"
    assert stage_of(text, CUES, signal=False) != "suspended"


def test_a_refused_entry_into_force_stays_suspended() -> None:
    text = (
        "Parliament objects to drone labelling act.\n\nParliament objected to the delegated "
        "regulation, which therefore cannot enter into force."
    )
    assert stage_of(text, CUES) == "suspended"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said the drone rules can't enter into force.",
        "The ministry said the drone rules cannot take effect.",
        "The ministry said the drone rules won't take effect.",
        "The ministry said the drone rule isn't in force.",
        "The ministry said the drone rules aren't in force yet.",
        "The ministry said the drone rule wasn't enforced.",
        "The ministry said the drone rules couldn’t take effect.",
    ],
)
def test_an_in_force_cue_after_a_contracted_negation_is_not_read(sentence: str) -> None:
    text = "Drone rules on hold.\n\n" + sentence
    assert stage_of(text, CUES, signal=False) == "none"
    assert stage_of(text, CUES) != "in-force"
