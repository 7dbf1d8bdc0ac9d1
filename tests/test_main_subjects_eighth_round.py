"""Main subjects, eighth round: each class of miss that recurs across the annotated sets, with
sentences of its own (English and Chinese), and the near cases that must stay as they were.

- linking: "the Commerce Ministry" without its country names China's in a text that names
  China, not where another place owns it ("India's Commerce Ministry"); a common-word company
  name at a body sentence's start before what a company does ("Apple, which sued ...", "Apple
  will move ..."), not before a noun ("Apple growers ...");
- an authority's instruction to named parties is news no signal kind detects ("regulators have
  told X and Y to halt ...", 监管部门口头要求X、Y暂停): its parties are read as a reported
  rule's; a company's own instruction to analysts, a leader's speech and a denied instruction
  are not;
- the maker of the plan or rule of the news, named in a sentence of its own ("the NDRC and the
  Commerce Ministry are leading the work", "would be issued by the Bureau of Industry and
  Security", 由……会同……制定); not a country that is a place or a modifier there;
- a company named only as the maker of a product someone uses or as a backer ("chips from
  Nvidia", "backed by Alibaba"), away from the news; not the company whose products the news
  bars.
"""

from __future__ import annotations

import pytest

from tests.main_subject_support import feature, linked_ids, linked_names, main_of, tags_of

# -- linking: an agency named without its country ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Beijing curbs graphite exports\n\n"
            "China on Friday restricted exports of synthetic graphite to three countries, the "
            "Commerce Ministry said in a statement on its website.",
            "Commerce Ministry",
        ),
        (
            "China weighs licences for battery tools\n\n"
            "China is considering licences for exports of battery-making machines, two people "
            "said. The Ministry of Commerce has discussed the plan with equipment makers.",
            "Ministry of Commerce",
        ),
    ],
)
def test_the_commerce_ministry_of_a_text_about_china_links(text: str, name: str) -> None:
    assert linked_names(tags_of(text))[name] == "mofcom"


@pytest.mark.parametrize(
    "text",
    [
        "Rice exports capped\n\nIndia's Commerce Ministry on Monday capped rice exports. "
        "China said it would buy more from Thailand.",
        "Quota set\n\nThailand's Ministry of Commerce set a sugar export quota. Buyers in China "
        "were not affected.",
    ],
)
def test_another_places_commerce_ministry_does_not_link_to_chinas(text: str) -> None:
    assert "mofcom" not in linked_ids(text)


def test_the_commerce_ministry_alone_does_not_link_without_china() -> None:
    assert "mofcom" not in linked_ids(
        "Sugar quota set\n\nThe Commerce Ministry set a sugar export quota on Monday."
    )


# -- linking: a common-word company name opening a body sentence --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Judge blocks state age-check law\n\nA federal judge on Monday blocked a state law on "
        "app stores. Apple, which sued alongside a trade group, said the ruling protected users.",
        "Phone maker moves cloud keys\n\nApple will move the encryption keys of its Chinese "
        "users to a new local partner from March, the company said.",
    ],
)
def test_a_common_word_company_opening_a_sentence_before_its_act_links(text: str) -> None:
    assert "apple" in linked_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harvest\n\nThe crop was large. Apple growers said prices fell by a fifth.",
        "Harvest\n\nThe crop was large. Apple has long been the valley's main fruit.",
        "Harvest\n\nApple, pear and plum prices fell this year.",
    ],
)
def test_the_fruit_opening_a_sentence_stays_unlinked(text: str) -> None:
    assert "apple" not in linked_ids(text)


# -- an authority's instruction to named parties ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        (
            "Beijing tells cloud firms to pause orders of US accelerators, sources say\n\n"
            "Chinese regulators have told Tencent, Baidu and other cloud providers to pause new "
            "orders of American accelerators, three people familiar with the matter said.",
            ("tencent", "baidu"),
        ),
        (
            "知情人士：监管部门要求云服务商暂停采购海外加速卡\n\n"
            "据知情人士透露，监管部门近期口头要求腾讯、百度等云服务商暂停新增采购海外加速卡。",
            ("tencent", "baidu"),
        ),
    ],
)
def test_the_parties_of_an_instruction_are_read_as_a_rules(
    text: str, entities: tuple[str, ...]
) -> None:
    tags = tags_of(text)
    for entity in entities:
        assert feature(tags, entity, "signal_head") == 1.0, entity
        assert feature(tags, entity, "joined_news") == 1.0, entity
    assert set(entities) <= main_of(tags)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            # a company's executive, not an authority, tells analysts what to expect
            "Chipmaker sees demand rising\n\nTencent's chief executive told analysts and Baidu "
            "to expect higher prices for accelerators next year.",
            "baidu",
        ),
        (
            # a leader's speech with no instruction to anyone named
            "Leader urges self-reliance\n\nPresident Xi Jinping told a study session that China "
            "must rely on its own strength to master core technologies.",
            "china",
        ),
        (
            # the instruction is denied
            "Cloud firm denies report\n\nTencent denied a report that regulators had told it and "
            "Baidu to pause orders of American accelerators.",
            "baidu",
        ),
    ],
)
def test_no_authoritys_instruction_no_party(text: str, entity: str) -> None:
    tags = tags_of(text)
    assert feature(tags, entity, "signal_head") == 0.0
    assert feature(tags, entity, "joined_news") == 0.0


# -- the maker of the news's plan or rule -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        (
            "China drafting curbs on foreign stakes in robot makers, sources say\n\n"
            "China is drafting rules that would require foreign buyers of stakes in robot makers "
            "to seek approval, two people said. The National Development and Reform Commission "
            "and the Commerce Ministry are leading the work, they said.",
            ("ndrc", "mofcom"),
        ),
        (
            "Washington weighs limits on chip testing gear\n\n"
            "US officials are weighing export limits on chip testing equipment bound for China, "
            "people briefed said. The rule, which would be issued by the Bureau of Industry and "
            "Security, could come next month.",
            ("bis",),
        ),
        (
            "北京自贸区数据出境清单施行\n\n"
            "《北京自由贸易试验区数据出境管理清单》自12月1日起施行。"
            "清单由北京市人民政府会同国家网信办等部门制定。",
            ("beijing-government",),
        ),
    ],
)
def test_the_maker_named_in_a_sentence_of_its_own_is_marked(
    text: str, entities: tuple[str, ...]
) -> None:
    tags = tags_of(text)
    for entity in entities:
        assert feature(tags, entity, "named_maker") == 1.0, entity


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            # a place: officials in Japan, not Japan's government
            "Tokyo weighs chip tool curbs\n\nThe trade ministry plans to require licences for "
            "cleaning tools. Officials in Japan are drafting the list, people said.",
            "japan",
        ),
        (
            # a modifier: US chipmakers, not the United States
            "Rule on chip exports adopted\n\nThe Commerce Department on Monday adopted a rule on "
            "exports of memory chips. US chipmakers are preparing their first filings.",
            "united-states",
        ),
        (
            # no news to make: a company's product launch
            "Cloud unit opens region\n\nAlibaba Cloud opened a new region in Frankfurt. The "
            "Commerce Ministry is studying trade figures, a spokesman said in Beijing, China.",
            "mofcom",
        ),
    ],
)
def test_a_place_a_modifier_or_no_news_is_no_maker(text: str, entity: str) -> None:
    tags = tags_of(text)
    assert tags.evidence is not None
    if entity in tags.evidence.main:
        assert feature(tags, entity, "named_maker") == 0.0


# -- a supplier or a backer ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (
            "Carmaker's new model sells out\n\nXiaomi's new car sold out within an hour, the "
            "company said. Its driver-assistance system runs on chips from Nvidia.",
            "nvidia",
        ),
        (
            "Robot start-up raises funds\n\nA Shanghai robot start-up backed by Alibaba raised "
            "$100 million on Tuesday, the company said.",
            "alibaba",
        ),
        (
            "Voice app grows fast\n\nA Jakarta voice-assistant start-up doubled its users this "
            "year. It runs on models built by DeepSeek and answers in six languages.",
            "deepseek",
        ),
    ],
)
def test_a_supplier_or_a_backer_is_marked(text: str, entity: str) -> None:
    tags = tags_of(text)
    assert feature(tags, entity, "supplier") == 1.0
    assert entity not in main_of(tags)


def test_the_company_whose_products_the_news_bars_is_no_supplier() -> None:
    tags = tags_of(
        "Taiwan bars agencies from DeepSeek chatbot\n\n"
        "Taiwan's cabinet on Monday barred government agencies from using chatbots from DeepSeek "
        "on official devices, with immediate effect."
    )
    assert feature(tags, "deepseek", "supplier") == 0.0
    assert "deepseek" in main_of(tags)
