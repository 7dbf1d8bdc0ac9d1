"""Main subjects by class of wording, thirty-first round, on sentences written for these tests
(the summons, filings, price cuts, launches and rankings are invented).

1. A watchlist firm named only by its product (豆包 for ByteDance, 文心一言 for Baidu, 通义千问
   for Alibaba Cloud, the unit that makes it) links to the firm: the product is an alias of its
   maker, as TikTok, 抖音, Kimi and 萝卜快跑 are, and the firm is main where the product is the
   news's subject. The short forms that are common words (文心, 通义) are not aliases.
2. A rival a Chinese verb of comparison passes, equals or measures itself against (对标, 比肩,
   超过, in either script), alone or in a list, is a point of comparison (role ``minor``), as the
   English verbs of the twenty-ninth and thirtieth rounds; the learned main may not add a name
   every mention of which is such a point (``Evidence.compared_only``). Not the name before the
   verb (the one that compares), nor a name after other words.
"""

from __future__ import annotations

import json

import pytest

from nlp.about import _after_a_comparison_verb, decide_values
from nlp.about_model import MODEL_PATH, model_from_json
from tests.main_subject_support import linked_ids, main_of, mention, sentence, tags_of

# -- 1. a firm named only by its product ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("上海市网信办就未成年人保护问题约谈豆包运营方", "bytedance"),
        ("文心一言新增方言识别功能", "baidu"),
        ("通义千问开源新一代多模态模型", "alibaba-cloud"),
        ("通義千問推出粵語語音功能", "alibaba-cloud"),  # traditional script
    ],
)
def test_product_links_to_its_firm(text: str, firm: str) -> None:
    assert firm in linked_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "《文心雕龙》是一部文学理论著作",  # 文心, a literary word, is no alias
        "他精通义务教育阶段的课程政策",  # 精通 + 义务: 通义 alone names no model
    ],
)
def test_short_forms_that_are_words_do_not_link(text: str) -> None:
    assert not {"baidu", "alibaba-cloud"} & linked_ids(text)


def test_firm_named_by_its_product_is_main() -> None:
    text = (
        "广东省网信办约谈豆包运营方\n\n"
        "广东省网信办近日约谈豆包运营方，指出其部分智能体未按规定标注AI生成内容，责令其限期整改。"
        "运营方表示将按要求完成整改。"
    )
    assert "bytedance" in main_of(text)


def test_product_cutting_prices_makes_its_maker_main() -> None:
    text = (
        "通义千问长文本模型降价六成\n\n"
        "通义千问周三宣布，长文本模型的调用价格下调60%，即日起生效。官方称，降价来自推理成本下降。"
    )
    assert "alibaba-cloud" in main_of(text)


def test_product_listed_among_peers_is_not_main() -> None:
    # the trap: the news is Tencent's; 豆包 is one of the peers a growth figure is compared with
    text = (
        "腾讯元宝月活突破两亿\n\n"
        "腾讯在财报电话会上表示，元宝月活跃用户已突破两亿。豆包、Kimi等同类应用的用户也在增长。"
    )
    main = main_of(text)
    assert "tencent" in main
    assert "bytedance" not in main


# -- 2. a rival a Chinese verb of comparison passes -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("寒武纪发布新款训练芯片 性能对标英伟达", "英伟达"),
        ("一家深圳初創推出客服大模型 對標通義千問", "通義千問"),  # traditional script
        ("公司称新模型在中文测试中的得分超过DeepSeek、豆包和通义千问", "豆包"),
        ("公司称新模型在中文测试中的得分超过DeepSeek、豆包和通义千问", "通义千问"),
        ("智谱称其推理能力可以比肩OpenAI", "OpenAI"),
    ],
)
def test_name_a_chinese_comparison_passes_is_minor(line: str, name: str) -> None:
    assert _after_a_comparison_verb(sentence(line, "title"), mention(line, name))


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("寒武纪发布新款训练芯片 性能对标英伟达", "寒武纪"),  # the one that compares
        ("超过三成企业表示将与百度合作", "百度"),  # "more than", then other words
        ("英伟达表示，新芯片将于明年量产", "英伟达"),  # no comparison at all
        ("办法要求对标注人员和百度等平台开展培训", "百度"),  # 对 + 标注, no 对标
    ],
)
def test_name_no_chinese_comparison_passes_is_not_read_so(line: str, name: str) -> None:
    assert not _after_a_comparison_verb(sentence(line, "title"), mention(line, name))


def test_rival_a_launch_measures_itself_against_is_not_main() -> None:
    text = (
        "华为发布新款AI服务器 性能对标英伟达\n\n"
        "华为周四发布新一代AI服务器，称其推理性能对标英伟达同类产品。华为表示，新服务器下月开始供货。"
    )
    tags = tags_of(text)
    assert tags.evidence is not None
    assert "huawei" in main_of(tags)
    assert "nvidia" not in main_of(tags)
    assert "nvidia" in tags.evidence.compared_only


def test_name_only_ever_compared_is_not_added_by_the_learned_main() -> None:
    # no watchlist name acts: the only linked name is the product the launch is measured against
    text = (
        "成都初创推出四川话大模型 对标通义千问\n\n"
        "一家成都科技初创公司周二推出以四川话为主的大模型，称其在方言理解测试中优于通义千问。"
        "公司表示，模型已获两家本地银行试用。"
    )
    tags = tags_of(text)
    assert tags.evidence is not None
    assert tags.evidence.compared_only == {"alibaba-cloud"}
    assert "alibaba-cloud" not in main_of(tags)


def test_learned_main_sure_of_everything_adds_no_name_only_compared() -> None:
    # a hand-made model sure every name is main (p 0.993) adds the name the rules read minor
    # where it acts, not where a verb of comparison only passes it
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    main = data["decisions"]["main"]
    main["weights"] = [[0.0] * len(main["features"])]
    main["intercepts"] = [5.0]
    sure = model_from_json(data)
    for text, added in (
        ("Kestrel releases model\n\nTencent released a model, beating DeepSeek.", False),
        ("Kestrel releases model\n\nTencent released a model with DeepSeek.", True),
    ):
        tags = tags_of(text)
        assert tags.evidence is not None
        assert "deepseek" not in tags.evidence.rules_main
        decided = decide_values(tags.evidence, sure, "learned")
        assert ("deepseek" in decided.main) is added, text
