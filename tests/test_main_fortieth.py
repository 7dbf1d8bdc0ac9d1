"""Main subjects by class of wording, fortieth round, on sentences written for these tests.

1. A country written right before the rest of a research institute's or a platform's name
   (中国……研究院, 中国信通院, 中国……平台) is inside that body's name, not named on its own.
2. A country written before a counted group of companies (美国4家……企业) or before a company's
   branch or subsidiary there, a state or city between at most (美國子公司, 美國德州子公司,
   日本分公司), qualifies the companies: it does not act.
3. A rival after a claimed lead ("claims lead over ...") or after what a product's performance
   nears (性能接近……) is a point of comparison.
"""

from __future__ import annotations

from nlp.about import _BODY_NAME_AFTER, _after_a_comparison_verb, _qualifies_a_business
from policywatch_core.models import Mention
from tests.main_subject_support import main_of, sentence

# -- 1. a country inside an institute's or a platform's name -------------------------------------


def test_an_institutes_name_holds_its_country() -> None:
    for after in (
        "电子技术标准化研究院今天发布",
        "信通院发布报告",
        "科学院计算所称",
        "互联网辟谣平台称",
    ):
        assert _BODY_NAME_AFTER.match(after), after


def test_a_country_acting_on_platforms_or_institutes_is_not_inside_a_name() -> None:
    # a verb, a preposition or a particle between: the country acts on the body
    for after in ("将约谈多家平台", "要求研究院", "对平台开展检查", "的研究院"):
        assert not _BODY_NAME_AFTER.match(after), after


def test_a_white_paper_by_a_national_institute_makes_no_country_main() -> None:
    text = (
        "中国电子技术标准化研究院发布《算力中心能效白皮书》\n\n"
        "中国电子技术标准化研究院10月12日发布《算力中心能效白皮书》。白皮书称，去年新建算力中心的平均"
        "电能利用效率降至1.35。白皮书建议各地加强能效监测。"
    )
    assert "china" not in main_of(text)  # the institute's name only; read main on the code before


def test_a_rumour_platforms_notice_keeps_only_the_regulator() -> None:
    text = (
        "网传“境外游戏将全面停服”？假的！\n\n"
        "近日，网上流传“国家网信办将要求境外游戏全面停服”的说法。国家网信办有关负责人表示，"
        "从未发布相关规定。中国互联网联合辟谣平台提醒网民不信谣、不传谣。"
    )
    main = main_of(text)
    assert "china" not in main  # named only inside the platform's name
    assert "cac" in main


# -- 2. a country qualifying a counted group of companies or a branch ----------------------------


def test_a_counted_group_or_a_branch_qualifies_companies() -> None:
    for after in (
        "4家半导体企业列入",
        "两家公司",
        "十家无人机企业",
        "德州子公司",
        "子公司增资",
        "分公司被罚",
    ):
        assert _qualifies_a_business(after), after


def test_a_country_acting_on_companies_is_not_their_modifier() -> None:
    for after in ("要求企业", "三成企业", "对子公司", "将4家企业", "政府要求子公司", "4家银行"):
        assert not _qualifies_a_business(after), after


def test_a_listing_of_a_countrys_counted_companies_makes_only_the_lister_main() -> None:
    text = (
        "商务部：将美国4家卫星企业列入不可靠实体清单\n\n"
        "商务部5月6日公告，将美国4家卫星企业列入不可靠实体清单，禁止其从事相关进出口活动。"
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


def _mention(text: str, name: str, entity_id: str) -> Mention:
    at = text.index(name)
    return Mention(at, at + len(name), name, "ORG", entity_id, name)


def test_a_claimed_lead_passes_its_rivals() -> None:
    text = "Zhipu claims lead over Moonshot and DeepSeek on coding tests"
    for name, entity_id in (("Moonshot", "moonshot-ai"), ("DeepSeek", "deepseek")):
        assert _after_a_comparison_verb(sentence(text, "title"), _mention(text, name, entity_id))
    text = "Zhipu said it would keep its lead. Moonshot cut prices"  # no rival after "lead over"
    assert not _after_a_comparison_verb(sentence(text), _mention(text, "Moonshot", "moonshot-ai"))


def test_a_performance_nearing_a_rival_is_a_comparison_but_a_close_source_is_not() -> None:
    text = "寒武纪发布新款芯片，称推理性能接近英伟达旗舰"
    assert _after_a_comparison_verb(sentence(text, "title"), _mention(text, "英伟达", "nvidia"))
    text = "一位接近商务部的人士透露，新规即将出台"
    assert not _after_a_comparison_verb(sentence(text), _mention(text, "商务部", "mofcom"))


def test_a_launch_claiming_a_lead_over_a_rival_keeps_the_rival_minor() -> None:
    text = (
        "Moonshot launches Kimi K3, claims lead over DeepSeek on agent tasks\n\n"
        "Moonshot AI on Tuesday released Kimi K3 and said it outperformed DeepSeek's newest model "
        "on three agent benchmarks. The company halved its API prices. Shares of its backers rose."
    )
    main = main_of(text)
    assert "moonshot-ai" in main
    assert "deepseek" not in main
