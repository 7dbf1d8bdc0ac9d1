"""Main subjects by class of miss: each class of text the main-subject decision missed, with
sentences of its own (English and Chinese) and the near cases that must stay as they were.

- linking: the seat that speaks for a government ("the White House") and a product the news
  names for its company (TikTok, Douyin, 抖音 for ByteDance; Apollo Go, 萝卜快跑 for Baidu);
- the country a reported rule's trade goes to ("curbs on shipments to Japan", 限制向日本出口)
  is the party the news reaches, not a place; the same words in business news, or a rule
  denied, are not;
- a name the head's news sentence gives only in a list ("including two units of Zhipu AI"), but
  not a country a trip goes to ("approval before travelling to mainland China");
- a country written before a company or market noun in Chinese (美国企业) is a modifier;
- a company's unit beside its main parent is main with it (Alibaba Cloud with Alibaba).
"""

from __future__ import annotations

import pytest

from nlp.about import _trade_target, load_cues
from tests.main_subject_support import feature, linked_names, main_of, mention, sentence, tags_of

# -- linking ------------------------------------------------------------------------------------


def test_the_white_house_speaks_for_the_united_states() -> None:
    tags = tags_of(
        "White House weighs new limits on cloud access for foreign AI labs\n\n"
        "The White House is weighing limits on how foreign AI laboratories rent computing power "
        "from American cloud providers, two officials said on Tuesday.",
    )
    assert linked_names(tags)["White House"] == "united-states"
    assert "united-states" in main_of(tags)


@pytest.mark.parametrize(
    ("name", "company"),
    [("TikTok", "bytedance"), ("Douyin", "bytedance"), ("Apollo Go", "baidu")],
)
def test_a_product_named_for_its_company_links_to_it(name: str, company: str) -> None:
    tags = tags_of(
        f"Regulator fines {name} over late safety reports\n\n"
        f"A city regulator on Friday fined {name} 2 million yuan for filing its safety reports "
        "three months late.",
    )
    assert linked_names(tags)[name] == company
    assert company in main_of(tags)


def test_a_chinese_product_name_links_to_its_company() -> None:
    tags = tags_of(
        "市场监管部门约谈抖音和萝卜快跑\n\n市场监管部门近日约谈抖音平台和萝卜快跑负责人，要求限期整改。",
    )
    linked = linked_names(tags)
    assert linked["抖音"] == "bytedance"
    assert linked["萝卜快跑"] == "baidu"


# -- the country a rule's trade goes to ---------------------------------------------------------


def _trade(text: str, name: str) -> bool:
    return _trade_target(sentence(text), mention(text, name), load_cues())


@pytest.mark.parametrize(
    "text",
    [
        "Seoul tightens checks on sales of etching tools to Japan",
        "The ban covers exports of older memory chips and parts to mainland China",
        "Firms may not transfer payroll records to entities in Japan",
        "商务部决定限制向日本出口部分稀土永磁材料",
        "有关部门暂停对韩国出口相关设备",
    ],
)
def test_the_destination_of_trade_is_a_target(text: str) -> None:
    name = next(n for n in ("Japan", "China", "日本", "韩国") if n in text)
    assert _trade(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The company opened a data centre in Japan last year", "Japan"),
        ("Its chief executive flew to China for talks", "China"),
        ("将两家美国企业列入清单", "美国"),
    ],
)
def test_a_place_or_a_trip_is_no_trade_target(text: str, name: str) -> None:
    assert not _trade(text, name)


def test_a_rules_trade_destination_is_main_in_english_and_chinese() -> None:
    english = tags_of(
        "Seoul bars shipments of memory-making tools to Japan\n\n"
        "South Korea's trade ministry on Monday barred shipments of memory-making tools to Japan "
        "without a licence, with immediate effect.",
    )
    assert feature(english, "japan", "trade_target") == 1.0
    assert {"south-korea", "japan"} <= main_of(english)
    chinese = tags_of(
        "商务部：即日起限制向日本出口部分稀土永磁材料\n\n"
        "商务部12月3日发布公告，决定即日起限制向日本出口部分稀土永磁材料，出口经营者应当申请许可。",
    )
    assert feature(chinese, "japan", "trade_target") == 1.0
    assert {"mofcom", "japan"} <= main_of(chinese)


def test_trade_in_business_news_is_no_target() -> None:
    tags = tags_of(
        "Samsung's memory sales to Japan climb for a third quarter\n\n"
        "Samsung said on Thursday that its memory sales to Japan rose 14% in the third quarter, "
        "helped by demand from data-centre builders.",
    )
    assert feature(tags, "japan", "trade_target") == 0.0
    assert "japan" not in main_of(tags)


def test_a_denied_rules_trade_destination_is_no_trade_target_but_main() -> None:
    """A denial reaches no one in the body (no trade target there), yet the country a denied
    curb names in the title is main, as the read sets make it (the twenty-second stage round:
    every read denial naming the destination in its title)."""
    tags = tags_of(
        "Seoul denies report it will curb memory-tool shipments to Japan\n\n"
        "South Korea's trade ministry on Monday denied a report that it planned to curb "
        "shipments of memory-making tools to Japan, calling it groundless.",
    )
    assert feature(tags, "japan", "trade_target") == 0.0
    assert "japan" in main_of(tags)


# -- a name the head's news sentence lists ------------------------------------------------------


def test_a_name_listed_in_the_heads_news_sentence_is_marked() -> None:
    tags = tags_of(
        "US adds 9 Chinese AI developers to entity list\n\n"
        "The Commerce Department on Monday added nine Chinese companies, including two units of "
        "Zhipu AI, to its entity list, barring them from buying American chips.",
    )
    assert feature(tags, "zhipu-ai", "signal_head_minor") == 1.0


def test_a_rival_in_business_news_is_not_marked() -> None:
    tags = tags_of(
        "Moonshot AI's new model tops coding test\n\n"
        "Moonshot AI said its new model beat rivals including Zhipu AI on a coding benchmark.",
    )
    assert feature(tags, "zhipu-ai", "signal_head_minor") == 0.0
    assert "zhipu-ai" not in main_of(tags)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Seoul tightens rules for chip engineers\n\n"
            "South Korea's cabinet on Tuesday approved rules that will require engineers on "
            "state-funded chip projects to obtain approval before travelling to mainland China.",
            "china",
        ),
        (
            "Vietnam requires permits for AI researchers' trips abroad\n\n"
            "Vietnam's government issued a decree requiring researchers at state AI labs to seek "
            "permission for trips to Japan and other countries.",
            "japan",
        ),
    ],
)
def test_a_trips_destination_in_the_heads_news_sentence_is_no_party_reached(
    text: str, country: str
) -> None:
    """A country where people travel is a place, not a name the news lists as its target (the
    demo's Taiwan travel rules had China made a main subject this way)."""
    tags = tags_of(text)
    assert feature(tags, country, "signal_head_minor") == 0.0
    assert country not in main_of(tags)


# -- a country before a company noun in Chinese -------------------------------------------------


def test_a_chinese_country_modifier_is_no_main_subject() -> None:
    tags = tags_of(
        "商务部：将两家日本企业列入出口管制管控名单\n\n"
        "商务部12月3日发布公告，决定将两家日本企业列入出口管制管控名单，禁止向其出口两用物项。",
    )
    main = main_of(tags)
    assert "mofcom" in main
    assert "japan" not in main


# -- a unit beside its main parent --------------------------------------------------------------


def test_a_unit_beside_its_main_parent_is_main() -> None:
    tags = tags_of(
        "Alibaba raises spending on AI servers\n\n"
        "Alibaba said on Wednesday it would spend a further 20 billion yuan on AI servers this "
        "year. Executives said demand had outrun supply for months. "
        "Alibaba Cloud will receive most of the new machines.",
    )
    assert feature(tags, "alibaba-cloud", "unit_of_main") == 1.0
    assert {"alibaba", "alibaba-cloud"} <= main_of(tags)


def test_a_unit_of_a_passing_parent_is_not_made_main() -> None:
    tags = tags_of(
        "Zhipu AI raises funds for new data centre\n\n"
        "Zhipu AI said on Tuesday it had raised 3 billion yuan from state funds. The new data "
        "centre will be larger than those run by Alibaba and Alibaba Cloud, the company said.",
    )
    assert feature(tags, "alibaba-cloud", "unit_of_main") == 0.0
    assert "alibaba-cloud" not in main_of(tags)
