"""Main subjects by class of wording, twenty-ninth round, on sentences written for these tests
(English and Chinese; the drone, sensor and model releases and the rules are invented).

1. A rival a verb of comparison passes, alone or in a list ("it says outpaces Moonshot and
   DeepSeek", "edges out DeepSeek and Qwen"), is a point of comparison whatever the headline's
   parse makes of the verb; the company that claims it stays main. Not the name before the verb
   (its subject), nor a name after other words ("beats estimates and Nvidia ...").
2. Two industries joined by 和, 及 or 与 between a country and a company head
   (美国无人机及零部件企业, 中国人工智能和芯片企业) make one run: the country qualifies the
   companies. Not two countries joined (美国和中国企业), nor a country before its act.
3. A country the text never names on its own (every mention qualifies a thing: "US-origin
   chips", 美国无人机企业; or sits inside another name) is not added by the learned main; named
   on its own once ("Washington said"), it may be.
"""

from __future__ import annotations

import pytest

from nlp.about import (
    Evidence,
    _after_a_comparison_verb,
    _qualifies_a_business,
    decide_values,
)
from nlp.about_model import AboutModel, Decision
from tests.main_subject_support import main_of, mention, sentence, tags_of

# -- 1. a rival a verb of comparison passes -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Kestrel touts vision model it says outpaces Orbit and Lumen", "Orbit"),
        ("Kestrel touts vision model it says outpaces Orbit and Lumen", "Lumen"),
        ("Kestrel says its new sensor edges out Orbit Labs, Lumen and Vega on range", "Vega"),
        ("Kestrel's drone outperformed Orbit's flagship model in the trials", "Orbit"),
        ("Kestrel overtakes Orbit in Europe's delivery drone market", "Orbit"),
        ("The chip surpassed Orbit and Lumen on the benchmark, the company said.", "Lumen"),
        # Chinese: read by the thirty-first round's Chinese verbs (the cue list read it before)
        ("智谱称新模型超越月之暗面", "月之暗面"),
    ],
)
def test_name_a_comparison_verb_passes_is_minor(line: str, name: str) -> None:
    assert _after_a_comparison_verb(sentence(line, "title"), mention(line, name))


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Kestrel overtakes Orbit in Europe's delivery drone market", "Kestrel"),  # the subject
        ("Micron beats estimates and Orbit rallies on demand", "Orbit"),  # no name after "beats"
        ("Kestrel beat forecasts as Orbit cut prices", "Orbit"),  # other words between
        ("Regulator fines Orbit and Lumen over drone flights", "Lumen"),  # an act, no comparison
    ],
)
def test_name_no_comparison_verb_passes_is_not_read_so(line: str, name: str) -> None:
    assert not _after_a_comparison_verb(sentence(line, "title"), mention(line, name))


def test_rivals_a_launch_says_it_outpaces_are_not_main() -> None:
    text = (
        "Zhipu unveils coding model it says outpaces Moonshot and DeepSeek\n\n"
        "Zhipu AI released a coding model on Wednesday and said it solved more programming tasks "
        "than the latest models from Moonshot AI and DeepSeek. The model is free for students."
    )
    main = main_of(text)
    assert "zhipu-ai" in main
    assert not main & {"moonshot-ai", "deepseek"}


def test_company_acting_after_its_rival_overtakes_it_stays_main() -> None:
    # the trap: the company before the verb is the news's subject
    text = (
        "DeepSeek overtakes Moonshot in downloads after model update\n\n"
        "DeepSeek passed Moonshot AI in weekly app downloads in China after it updated its "
        "reasoning model, an app tracker said on Monday."
    )
    assert "deepseek" in main_of(text)


# -- 2. two industries joined in a Chinese run ----------------------------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "无人机及零部件企业列入清单",
        "人工智能和芯片企业列入实体清单",
        "機器人與零組件廠商出口許可",
        "电池、光伏企业采取措施",
    ],
)
def test_two_industries_joined_before_a_company_head_qualify_a_country(after: str) -> None:
    assert _qualifies_a_business(after)


@pytest.mark.parametrize(
    "after",
    [
        "和中国企业签署协议",  # two countries joined: 美国和中国企业
        "及其盟友要求企业",  # the country and its allies act
        "无人机及零部件出口实施管制",  # no company head: the country's control
    ],
)
def test_no_industry_run_joined_before_a_company_head(after: str) -> None:
    assert not _qualifies_a_business(after)


def test_country_before_joined_industries_is_not_main() -> None:
    text = (
        "商务部将四家美国机器人及零部件企业列入出口管制管控名单\n\n"
        "商务部周五宣布，将四家美国机器人及零部件企业列入出口管制管控名单，禁止向其出口两用物项。"
        "措施自公布之日起实施。"
    )
    main = main_of(text)
    assert "mofcom" in main
    assert "united-states" not in main


# -- 3. a country never named on its own is not added -------------------------------------------


def test_country_only_qualifying_chips_is_recorded_and_not_main() -> None:
    text = (
        "Vietnam tightens permits for AI server re-exports\n\n"
        "Vietnam now requires a trade ministry permit to re-export US-origin AI chips and the "
        "servers that hold them, according to a decree published on Monday. Shipments without "
        "a permit face fines."
    )
    tags = tags_of(text)
    assert tags.evidence is not None
    assert "united-states" in tags.evidence.only_modifiers
    assert "united-states" not in main_of(tags)


def test_country_also_named_on_its_own_is_not_recorded() -> None:
    text = (
        "Vietnam tightens permits for AI server re-exports\n\n"
        "Vietnam now requires a trade ministry permit to re-export US-origin AI chips and the "
        "servers that hold them. Washington welcomed the decree on Tuesday."
    )
    tags = tags_of(text)
    assert tags.evidence is not None
    assert "united-states" not in tags.evidence.only_modifiers


def _countries_always() -> AboutModel:
    """A model whose main says yes to every country and no to everything else."""
    main = Decision(("geo",), ("false", "true"), ((8.0,),), (-4.0,))
    other = Decision(("x",), ("official", "none"), ((0.0,),), (0.0,))
    return AboutModel(
        {"main": main, "reported": other, "stage": other, "sourcing": other},
        use={"main": "learned"},
    )


def _evidence(only_modifiers: frozenset[str]) -> Evidence:
    return Evidence(
        main={"united-states": {"geo": 1.0}, "japan": {"geo": 1.0}},
        reported={"export-control": {"x": 1.0}},
        stage={},
        sourcing={},
        rules_main=frozenset({"japan"}),
        rules_reported=frozenset({"export-control"}),
        rules_stage="adopted",
        rules_sourcing="official",
        only_modifiers=only_modifiers,
    )


def test_learned_main_does_not_add_a_country_only_qualifying_things() -> None:
    decided = decide_values(_evidence(frozenset({"united-states"})), _countries_always())
    assert decided.main == {"japan"}


def test_learned_main_adds_a_country_named_on_its_own() -> None:
    decided = decide_values(_evidence(frozenset()), _countries_always())
    assert decided.main == {"japan", "united-states"}


def test_hold_does_not_touch_the_rules_own_main() -> None:
    # the rules' main is kept even when the country only qualifies things there
    decided = decide_values(_evidence(frozenset({"japan"})), _countries_always())
    assert decided.main == {"japan", "united-states"}
