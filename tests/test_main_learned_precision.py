"""Main entities, seventeenth round: the learned main's additions and names for their entities.

- a context alias that refers back ("the commission", "the Science Ministry") is the body of its
  kind the text named last: after Japan's privacy commission it is not the European Commission,
  whatever else the text names;
- an agency name many governments share, written right after another country's possessive
  ("South Korea's Ministry of Science and ICT"), is that country's, not the watched one;
- a company's short Chinese name (中芯 for SMIC) links, in simplified and traditional script;
- ministries a document lists as its executors (牵头, 负责) are not main unless they act;
- where the rules find neither an act nor a main, the learned main adds no name it is not
  clearly sure of (peers of an analyst note at a coin flip).
"""

from __future__ import annotations

import pytest

from nlp.about import NO_ACT_CONFIDENCE, Evidence, decide_values
from nlp.about_model import AboutModel, Decision
from tests.main_subject_support import linked_names, main_of, tags_of

_JAPAN = (
    "Tokyo weighs looser consent rule for AI training\n\n"
    "Japan's Personal Information Protection Commission on Monday put forward changes that would "
    "let developers train models on personal data without asking each person. The commission said "
    "the draft would go to parliament in the spring. Lawyers compared the plan with the European "
    "Union, whose privacy law asks for a legal basis. The commission will take comments until "
    "March."
)


def test_the_commission_after_another_commission_is_not_the_european_commission() -> None:
    tags = tags_of(_JAPAN)
    assert "european-commission" not in {m.entity_id for m in tags.mentions}
    assert "european-commission" not in main_of(tags)
    assert "japan" in main_of(tags)


def test_the_commission_after_the_european_commission_still_links() -> None:
    tags = tags_of(
        "Brussels opens probe into cloud deals\n\n"
        "The European Commission on Monday opened an investigation into cloud contracts. The "
        "Commission said it would look at discounts tied to software licences."
    )
    assert list(linked_names(tags).values()).count("european-commission") >= 2


def test_another_countrys_ministry_of_science_is_not_chinas() -> None:
    tags = tags_of(
        "Seoul sets voluntary rules for AI labs\n\n"
        "South Korea's Ministry of Science and ICT on Tuesday published guidelines asking AI "
        "developers to keep records of safety tests. Companies may follow them voluntarily."
    )
    assert "most" not in {m.entity_id for m in tags.mentions}
    assert "most" not in main_of(tags)


def test_chinas_ministry_of_science_still_links() -> None:
    tags = tags_of(
        "China funds robotics labs\n\n"
        "China's Ministry of Science and Technology on Tuesday named twelve national robotics "
        "laboratories that will share a new research fund."
    )
    assert "most" in {m.entity_id for m in tags.mentions}


@pytest.mark.parametrize(
    "title",
    ["美国将中芯等企业列入管制名单", "美國將中芯等企業列入管制名單"],
)
def test_short_chinese_name_of_smic_links(title: str) -> None:
    tags = tags_of(f"{title}\n\n美国商务部12月1日宣布对多家中国芯片企业实施出口管制。")
    assert "smic" in {m.entity_id for m in tags.mentions}


_OPINION = (
    "国务院印发意见推动智能农机发展\n\n"
    "国务院近日印发《关于推动智能农机装备发展的意见》。意见提出，到2030年，主要农作物耕种收"
    "综合机械化率达到80%。意见要求各地加大农机购置补贴力度，农业农村部牵头建立推广目录。"
    "国家发展改革委负责统筹重大项目布局。意见自印发之日起施行。"
)


def test_ministries_tasked_in_a_document_are_not_main() -> None:
    tags = tags_of(_OPINION)
    main = main_of(tags)
    assert "state-council" in main
    assert "ndrc" not in main


def test_tasked_feature_and_acting_ministry() -> None:
    tags = tags_of(_OPINION)
    assert tags.evidence is not None
    assert tags.evidence.main["ndrc"].get("tasked") == 1.0
    acting = tags_of(
        "发改委发布新规\n\n国家发展改革委12月2日发布《算力设施布局规划》，要求新建数据中心"
        "电能利用效率不高于1.25。国家发展改革委负责组织实施。"
    )
    assert acting.evidence is not None
    assert acting.evidence.main["ndrc"].get("tasked", 0.0) == 0.0


def _coin_flip() -> AboutModel:
    """A model that gives every name a probability a little over a half (main learned)."""
    main = Decision(("x",), ("false", "true"), ((0.0,),), (0.05,))
    binary = Decision(("x",), ("false", "true"), ((0.0,),), (0.0,))
    sourcing = Decision(("x",), ("official", "none"), ((0.0,),), (0.0,))
    return AboutModel(
        {"main": main, "reported": binary, "stage": sourcing, "sourcing": sourcing},
        use={"main": "learned"},
    )


def _evidence(reported: frozenset[str], rules_main: frozenset[str]) -> Evidence:
    no_main = 0.0 if rules_main else 1.0
    return Evidence(
        main={e: {"x": 1.0, "no_rules_main": no_main} for e in ("deepseek", "zhipu-ai")},
        reported={k: {"x": 1.0} for k in reported},
        stage={},
        sourcing={},
        rules_main=rules_main,
        rules_reported=reported,
        rules_stage="none",
        rules_sourcing="none",
    )


def test_no_act_no_main_holds_a_coin_flip() -> None:
    assert 0.5 < 1 / (1 + 2.718281828**-0.05) < NO_ACT_CONFIDENCE
    decided = decide_values(_evidence(frozenset(), frozenset()), _coin_flip())
    assert decided.main == frozenset()


def test_coin_flip_still_adds_where_the_rules_find_an_act() -> None:
    decided = decide_values(_evidence(frozenset({"restriction"}), frozenset()), _coin_flip())
    assert decided.main == frozenset({"deepseek", "zhipu-ai"})
