"""Main subjects by class of wording, twenty-eighth round, on sentences written for these tests
(English and Chinese; the robot, sensor and drone firms and the rules are invented).

1. A country named only as the modifier of companies or of their sites: an industry between
   the country and the company head (美国军工企业, 中国存储芯片企业, 韓國半導體廠商) or a
   place of business after it ("US distribution centres", "Korean test sites"). The country
   qualifies the targets; it does not act, and it is no parent named beside its acting body.
   Not a country before its act (美国要求企业), an authority's office ("the US trade office")
   or a country acting.
2. A rival a release claims to equal is a point of comparison ("claims parity with", "on par
   with", "said it matched", 追平): not main; the company that claims it stays main.
3. What a Chinese act reaches: a name right after 约谈, 禁止使用, 将, 对, 责令 (alone or one of a
   list joined by 、) is the act's object, as the English parse reads "summoned Baidu and
   Alibaba"; not a partner after 将与, nor 对 or 将 inside another word (面对, 反对, 即将).
"""

from __future__ import annotations

import pytest

from nlp.about import _acted_on_zh, _qualifies_a_business, _qualifies_a_thing
from tests.main_subject_support import feature, main_of, mention, sentence, tags_of

# -- 1. a country only qualifying companies or their sites -------------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "军工企业采取反制措施",
        "无人机企业列入清单",
        "存储芯片企业及其子公司",
        "AI企业列入实体清单",
        "半導體廠商出口許可",
        "相关企业提交承诺",
        " distribution centres.",
        " data centre sites in the south",
        " defence contractors",
        " robotics labs",
    ],
)
def test_industry_or_place_of_business_after_a_country_qualifies_it(after: str) -> None:
    assert _qualifies_a_business(after)


@pytest.mark.parametrize(
    "after",
    [
        "要求企业自查",  # the country acts on companies
        "对企业实施制裁",  # 对: the country's act
        "商务部宣布",  # its agency
        "政府企业",  # no industry before the head
        " trade office said",  # an authority's office
        " said its sites",  # a verb: the country speaks
        " will inspect data centres",  # the country acts on sites
        " government facilities",  # the state's own facilities
    ],
)
def test_act_or_authority_after_a_country_is_no_modifier(after: str) -> None:
    assert not _qualifies_a_business(after)


def test_country_before_an_industry_and_a_company_head_is_not_main() -> None:
    text = (
        "商务部宣布对四家美国军工企业采取反制措施\n\n"
        "商务部周四宣布，将四家美国军工企业列入出口管制管控名单，禁止向其出口两用物项。"
        "措施自公布之日起实施。"
    )
    main = main_of(text)
    assert "mofcom" in main
    assert "united-states" not in main


def test_country_acting_against_companies_stays_main() -> None:
    # the trap: the United States acts on the companies of an industry
    text = (
        "美国将五家中国机器人企业列入实体清单\n\n"
        "美国商务部周二宣布，将五家中国机器人企业列入实体清单。美国要求相关企业限期整改。"
    )
    assert "united-states" in main_of(text)


def test_country_only_as_place_of_business_is_no_named_parent() -> None:
    line = "The panel found the stake gave the buyer access to maps of US distribution centres."
    assert _qualifies_a_thing(sentence(line), mention(line, "US"))
    acting = "The panel said US officials would review the stake in the sensor maker."
    assert not _qualifies_a_thing(sentence(acting), mention(acting, "US"))


# -- 2. a rival a release claims to equal --------------------------------------------------------


def test_rival_claimed_equal_in_english_is_not_main() -> None:
    text = (
        "Zhipu launches new coding model, claims parity with Moonshot\n\n"
        "Zhipu launched a new coding model on Tuesday and said it matched Moonshot's latest model "
        "on programming tests at half the price. Developers said the model was quick."
    )
    main = main_of(text)
    assert "zhipu-ai" in main
    assert "moonshot-ai" not in main


def test_rival_on_par_in_english_is_not_main() -> None:
    text = (
        "Zhipu says new agent model is on par with Moonshot\n\n"
        "Zhipu said on Monday that its new agent model was on par with Moonshot on planning "
        "tasks. The model is free for students."
    )
    main = main_of(text)
    assert "zhipu-ai" in main
    assert "moonshot-ai" not in main


def test_rival_claimed_equal_in_chinese_is_not_main() -> None:
    text = (
        "智谱发布新一代编程模型 称已追平月之暗面\n\n"
        "智谱周二发布新一代编程模型，称其在多项编程测试中追平月之暗面最新模型，价格仅为一半。"
        "开发者表示新模型响应更快。"
    )
    main = main_of(text)
    assert "zhipu-ai" in main
    assert "moonshot-ai" not in main


def test_company_acted_on_after_no_comparison_stays_main() -> None:
    # the trap: the company is the target of the news, no rival claimed equal
    text = (
        "Regulator fines Moonshot over chatbot data transfers\n\n"
        "A privacy regulator fined Moonshot on Tuesday for sending chatbot users' data abroad "
        "without consent. Moonshot said it would appeal."
    )
    assert "moonshot-ai" in main_of(text)


# -- 3. what a Chinese act reaches ----------------------------------------------------------------


@pytest.mark.parametrize(
    "before",
    [
        "网信办周二约谈",
        "市场监管总局周一约谈美团、",
        "数字部公告，將",
        "各机关即日起禁止使用",
        "市场监管总局依法对",
        "工信部责令",
    ],
)
def test_name_after_a_chinese_act_is_its_object(before: str) -> None:
    assert _acted_on_zh(before)


@pytest.mark.parametrize(
    "before",
    [
        "百度将与",  # a partner, no object
        "百度将于",  # a time
        "小米面对",  # facing a rival
        "商务部坚决反对",  # opposing
        "百度即将",  # soon
        "发布会上",  # no act
        "The regulator summoned",  # English: the parse reads it
    ],
)
def test_no_chinese_act_before_the_name(before: str) -> None:
    assert not _acted_on_zh(before)


def test_company_in_a_list_a_regulator_summons_is_the_lead_object() -> None:
    tags = tags_of(
        "市场监管总局约谈多家外卖平台\n\n"
        "国家市场监督管理总局周三约谈美团、百度、京东等外卖平台企业，要求其规范补贴促销行为。"
        "总局表示将持续关注。"
    )
    assert feature(tags, "baidu", "first_object") == 1.0
    assert feature(tags, "baidu", "first_other") == 0.0


def test_partner_after_jiang_yu_is_no_object() -> None:
    # the trap: 将与 names a partner, not what an act reaches
    tags = tags_of(
        "百度发布新一代大模型\n\n百度周三发布新一代大模型，并表示将与阿里巴巴在云服务上合作。"
    )
    assert feature(tags, "alibaba", "first_object") == 0.0
