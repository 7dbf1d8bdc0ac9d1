"""Main subjects by class of wording, fortieth round, on sentences written for these tests.

1. A country written right before the rest of a research institute's or a platform's name
   (中国……研究院, 中国信通院, 中国……平台) is inside that body's name, not named on its own.
2. A country written before a counted group of companies (美国4家……企业) or before a company's
   branch or subsidiary there, a state or city between at most (美國子公司, 美國德州子公司,
   台灣分公司), qualifies the companies: it does not act.
3. A rival company after a claimed lead ("claims lead over ...") or after what a product's
   performance nears (性能接近……) is a point of comparison; a country there is not.

Each test fails on the code before the round's readings or on their first form (a verb in the
body's name, traditional script, a verb before a branch's place, a country after a lead).
"""

from __future__ import annotations

from nlp.about import _after_a_comparison_verb, _inside_a_title, _qualifies_a_business
from tests.main_subject_support import main_of, mention, sentence

# -- 1. a country inside an institute's or a platform's name -------------------------------------


def _inside_a_body(text: str, country: str) -> bool:
    return _inside_a_title(sentence(text), mention(text, country, "china"), True)


def test_an_institutes_or_a_platforms_name_holds_its_country() -> None:
    for text in (
        "中国电子技术标准化研究院今天发布白皮书",
        "中国信通院发布报告",
        "中国科学院计算所称",
        "中国互联网联合辟谣平台称",
        "中國半導體行業協會表示",  # traditional script: 協會
        "中國科技大學發布",
    ):
        assert _inside_a_body(text, text[:2]), text


def test_a_country_acting_on_a_body_is_not_inside_its_name() -> None:
    # a verb in the run: the country founds, launches, summons, bans or regulates the body
    for text in (
        "中国成立人工智能产业协会",
        "韩国推进平台法立法",
        "英国成立人工智能安全研究所",
        "印度推出人工智能计算平台",
        "中国约谈多家平台",
        "中国禁止平台向未成年人推送",
        "中国加强平台监管",
    ):
        assert not _inside_a_body(text, text[:2]), text


def test_the_platform_economy_and_platform_companies_are_not_a_bodys_name() -> None:
    for text in ("中国平台经济规模扩大", "中国平台企业出海", "中国平台法草案"):
        assert not _inside_a_body(text, text[:2]), text


def test_traditional_particles_and_verbs_keep_the_country_acting() -> None:
    for text in (
        "中國將約談多家平臺",
        "中國對平臺開展檢查",
        "中國與研究院合作",
        "中國擬設立國家級研究院",
    ):
        assert not _inside_a_body(text, text[:2]), text


def test_a_white_paper_by_a_national_institute_makes_no_country_main() -> None:
    text = (
        "中国电子技术标准化研究院发布《算力中心能效白皮书》\n\n"
        "中国电子技术标准化研究院10月12日发布《算力中心能效白皮书》。白皮书称，去年新建算力中心的平均"
        "电能利用效率降至1.35。白皮书建议各地加强能效监测。"
    )
    assert "china" not in main_of(text)  # the institute's name only; read main on the code before


def test_a_rumour_platforms_notice_keeps_only_the_regulator() -> None:
    text = (
        "中国互联网联合辟谣平台：网传“境外游戏将全面停服”不实\n\n"
        "中国互联网联合辟谣平台10月9日发布辟谣信息称，网传“境外游戏将全面停服”的说法不实。"
        "国家网信办有关负责人表示，从未发布相关规定。"
    )
    assert "china" not in main_of(text)  # named only inside the platform's name


# -- 2. a country qualifying a counted group of companies or a branch ----------------------------


def test_a_counted_group_or_a_branch_qualifies_companies() -> None:
    for after in (
        "4家半导体企业列入",
        "两家公司",
        "十家无人机企业",
        "上百家企业",
        "数百家企业",
        "10余家企业",
        "德州子公司",
        "亞利桑那州子公司",
        "子公司增资",
        "分公司被罚",
    ):
        assert _qualifies_a_business(after), after


def test_a_country_acting_on_a_branch_or_on_companies_is_not_their_modifier() -> None:
    # a verb, a preposition or a particle before the branch's place: the country acts on it
    for after in (
        "对加州子公司",
        "要求德州子公司",
        "将其德州子公司",
        "对台积电德州子公司",
        "城市分公司",
        "要求企业",
        "三成企业",
        "将4家企业",
        "4家银行",
    ):
        assert not _qualifies_a_business(after), after


def test_a_regions_branch_fined_leaves_the_region_out() -> None:
    assert _qualifies_a_business("分公司新臺幣2000萬元")
    text = (
        "公平會處分蘋果台灣分公司新臺幣2000萬元\n\n"
        "公平交易委員會今天宣布，蘋果台灣分公司限制經銷商售價，違反公平交易法，處新臺幣2000萬元罰鍰。"
    )
    assert "taiwan" not in main_of(text)  # the branch's place; main on the code before


def test_a_listing_of_a_countrys_counted_companies_makes_only_the_lister_main() -> None:
    text = (
        "商务部：将美国上百家无人机企业列入出口管制管控名单\n\n"
        "商务部10月9日公告，将美国上百家无人机企业列入出口管制管控名单，禁止向其出口两用物项。"
    )
    main = main_of(text)
    assert "mofcom" in main
    assert "united-states" not in main  # the listed companies' country; main on the code before


def test_an_approved_investment_in_a_foreign_subsidiary_keeps_the_country_out() -> None:
    text = (
        "經濟部核准台積電增資美國德州子公司30億美元\n\n"
        "經濟部投資審議司今天核准台積電以30億美元增資美國德州子公司，用於先進封裝廠建設。"
        "投審司表示，本案未涉及關鍵技術外流。"
    )
    main = main_of(text)
    assert {"moea-taiwan", "tsmc"} <= main
    assert "united-states" not in main  # the subsidiary's place; main on the code before


# -- 3. a rival after a claimed lead or a performance that nears it ------------------------------


def test_a_claimed_lead_passes_its_rival_companies() -> None:
    text = "Zhipu claims lead over Moonshot and DeepSeek on coding tests"
    for name, entity_id in (("Moonshot", "moonshot-ai"), ("DeepSeek", "deepseek")):
        assert _after_a_comparison_verb(
            sentence(text, "title"), mention(text, name, entity_id), company=True
        )
    text = "Zhipu widened its lead over the past quarter as Moonshot cut prices"  # no rival after
    assert not _after_a_comparison_verb(
        sentence(text), mention(text, "Moonshot", "moonshot-ai"), company=True
    )


def test_a_country_after_a_lead_or_a_nearing_level_is_no_point_of_comparison() -> None:
    for text, name, entity_id in (
        ("China extends lead over US in AI patents", "US", "united-states"),
        ("The US lead over China is narrowing", "China", "china"),
        ("中国AI技术水平接近美国", "美国", "united-states"),
    ):
        assert not _after_a_comparison_verb(sentence(text), mention(text, name, entity_id)), text


def test_a_performance_nearing_a_rival_is_a_comparison_but_a_close_source_is_not() -> None:
    text = "寒武纪发布新款芯片，称推理性能接近英伟达旗舰"
    assert _after_a_comparison_verb(
        sentence(text, "title"), mention(text, "英伟达", "nvidia"), company=True
    )
    text = "一位接近商务部的人士透露，新规即将出台"
    assert not _after_a_comparison_verb(sentence(text), mention(text, "商务部", "mofcom"))


def test_a_launch_claiming_a_lead_over_a_rival_keeps_the_rival_minor() -> None:
    text = (
        "Zhipu claims lead over DeepSeek and Moonshot in coding\n\n"
        "Zhipu AI on Tuesday released GLM-5, its newest coding model. The company halved its API "
        "prices and said the model would be open-sourced next month."
    )
    main = main_of(text)
    assert "zhipu-ai" in main
    assert "deepseek" not in main  # named only after the claimed lead; main on the code before
