"""Main subjects and reported acts late in long features; units, products, officials and
traditional script for their parents; a city for its own government.

- a feature whose title and first sentence report no act tells it further down, dated to the day,
  its actor the subject ("On Tuesday the Ministry of ... issued guidelines"): the act is reported
  and its actor is main, whatever the kind and although the opening names another actor; the
  same act undated in a year of the past, or a power ("could issue"), is background;
- a product or a unit the news names for its company (Kimi, 智谱清言, 华为云), an office or an
  official that speaks for its government (the US Trade Representative, Europe's competition
  commissioner) link to it through the watchlist;
- a name written in traditional characters (台積電, 華為) links as its simplified alias does;
- "Beijing city" is the city's government, not China.
"""

from __future__ import annotations

import pytest

from nlp.hanzi import to_simplified, traditional_forms
from tests.main_subject_support import linked_names, main_of, tags_of

_TREND = (
    "Japan has dozens of companies building delivery drones, from electronics groups to start-ups "
    "with a handful of engineers. Most still fly them only in test zones. Investors put about 30 "
    "billion yen into the sector last year. Buyers complain that each maker uses its own radio "
    "links. Some prefectures have written their own test rules. "
)


def _reported(tags: object, kind: str) -> bool:
    return any(s.kind == kind and s.reported for s in tags.signals)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "act",
    [
        "On Tuesday the Ministry of Industry and Information Technology issued guidelines for a "
        "national standards system for delivery drones, effective immediately.",
        "Late on Friday, the Ministry of Industry and Information Technology issued guidelines "
        "for a national standards system for delivery drones.",
    ],
)
def test_a_dated_act_late_in_a_feature_is_reported_and_its_actor_main(act: str) -> None:
    tags = tags_of(
        "Drone makers get a rulebook\n\n"
        + _TREND
        + act
        + " The ministry said the system would avoid duplication."
    )
    assert _reported(tags, "guidance-standard")
    assert "miit" in main_of(tags)


@pytest.mark.parametrize(
    "act",
    [
        "The Ministry of Industry and Information Technology issued guidelines for drone "
        "standards in 2021.",
        "On Tuesday the Ministry of Industry and Information Technology could issue guidelines "
        "for drone standards, analysts said.",
    ],
)
def test_an_undated_or_possible_act_late_in_a_feature_stays_background(act: str) -> None:
    tags = tags_of(
        "Drone makers get a rulebook\n\n"
        + _TREND
        + act
        + " The ministry said the system would avoid duplication."
    )
    assert not _reported(tags, "guidance-standard")


def test_a_dated_act_late_in_a_feature_whose_head_reports_one_keeps_the_head() -> None:
    tags = tags_of(
        "Japan fines drone maker over test flights\n\n"
        "Japan's aviation regulator on Monday fined a drone maker 20 million yen for flying "
        "outside its test zone. The company said it would pay. "
        + "On Tuesday the Ministry of Industry and Information Technology issued guidelines for a "
        "national standards system for delivery drones."
    )
    assert "miit" not in main_of(tags)


@pytest.mark.parametrize(
    ("text", "name", "company"),
    [
        ("国家网信办周三公布新一批完成备案的服务，月之暗面的Kimi在列。", "Kimi", "moonshot-ai"),
        ("国家网信办周三公布新一批完成备案的服务，智谱清言在列。", "智谱清言", "zhipu-ai"),
        ("贵州省通报政务云检查结果，华为云承建的平台存在问题。", "华为云", "huawei"),
        ("Regulators fined Huawei Cloud over a data leak on Monday.", "Huawei Cloud", "huawei"),
    ],
)
def test_a_product_or_unit_links_to_its_company(text: str, name: str, company: str) -> None:
    assert linked_names(tags_of(f"标题\n\n{text}"))[name] == company


def test_offices_and_officials_speak_for_their_government() -> None:
    tags = tags_of(
        "US raises duties on Chinese solar wafers\n\n"
        "The Office of the US Trade Representative said on Monday it will raise duties on "
        "Chinese solar wafers to 60% from March."
    )
    assert linked_names(tags)["US Trade Representative"] == "united-states"
    tags = tags_of(
        "Google fine stands, says official\n\n"
        "Europe's competition commissioner said on Friday that the fine imposed on Google under "
        "the Digital Markets Act would not be reduced."
    )
    assert linked_names(tags)["Europe's competition commissioner"] == "european-commission"
    assert "european-commission" in main_of(tags)


def test_traditional_script_names_link_as_their_simplified_aliases() -> None:
    tags = tags_of("華為雲與台積電簽署合作協議\n\n華為雲今天與台積電簽署協議，雙方將合作。")
    linked = linked_names(tags)
    assert linked["台積電"] == "tsmc"
    assert linked["華為雲"] == "huawei"


def test_traditional_forms_read_back_as_the_name() -> None:
    forms = traditional_forms("台积电")
    assert forms[0] == "台积电"
    assert "台積電" in forms
    assert "臺積電" in forms
    assert {to_simplified(f) for f in forms} == {"台积电"}
    assert traditional_forms("OpenAI") == ["OpenAI"]
    long_name = traditional_forms("国家互联网信息办公室")
    assert long_name == ["国家互联网信息办公室", "國家互聯網信息辦公室"]


def test_beijing_city_is_its_government_not_china() -> None:
    tags = tags_of(
        "Beijing city tells agencies to buy only filed AI models\n\n"
        "The Beijing municipal government published a procurement guideline on Monday that tells "
        "city agencies how to buy chatbot services."
    )
    assert linked_names(tags)["Beijing city"] == "beijing-government"
    assert "china" not in main_of(tags)
    assert "beijing-government" in main_of(tags)
