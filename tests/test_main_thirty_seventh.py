"""Main subjects by class of wording, thirty-seventh round, on sentences written for these tests
(the notices, lists and obituaries are invented).

1. An approval clause: the body named only between 经 and 批准 / 同意 sanctions another body's
   act and is no subject of its own ("经国务院同意，……须向发展改革委申请许可").
2. A company named as an entry of an authority's list (其中包括……, ……在列) is one of the
   notice's targets or grantees: main beside the authority.
3. An obituary that tells no act: the bodies of the dead person's career are history, not
   subjects.
4. A record in field form (a register entry, a tender notice): the name opening its authority or
   party field ("Authority: ...", "Party: ...", "Contracting authority: ...") holds that role.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from nlp.about import (
    Sentence,
    approver_only_names,
    field_names,
    listed_entries,
    obituary_names,
    split_sentences,
)
from policywatch_core.models import Mention, WatchEntity
from tests.main_subject_support import main_of, named_mentions

COUNCIL = WatchEntity(id="state-council", name="国务院", type="agency", parent="china")
NDRC = WatchEntity(id="ndrc", name="国家发展改革委", type="agency", parent="china")
CAC = WatchEntity(id="cac", name="国家网信办", type="agency", parent="china")
BYTEDANCE = WatchEntity(id="bytedance", name="字节跳动", type="company")
BAIDU = WatchEntity(id="baidu", name="百度", type="company")
SAMSUNG = WatchEntity(id="samsung", name="Samsung", type="company")


def _spans_zh(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for at, char in enumerate(text):
        if char in "。\n":
            spans.append((start, at + 1))
            start = at + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _run(
    function: Callable[
        [Sequence[Sentence], Sequence[Mention], Mapping[str, WatchEntity]], frozenset[str]
    ],
    text: str,
    named: dict[str, WatchEntity],
) -> frozenset[str]:
    sentences = split_sentences(text, _spans_zh(text))
    entities = {e.id: e for e in named.values()}
    return function(sentences, named_mentions(text, named), entities)


# -- 1. the body named only in an approval clause -----------------------------------------------


def test_a_body_named_only_between_jing_and_pizhun_sanctions_and_does_not_act() -> None:
    text = "标题\n国家发展改革委发布公告。经国务院同意，出口两类稀土分离设备须申请许可。"
    named = {"国务院": COUNCIL, "国家发展改革委": NDRC}
    assert _run(approver_only_names, text, named) == {"state-council"}


def test_a_body_that_also_acts_on_its_own_keeps_its_reading() -> None:
    acts = "标题\n国务院常务会议审议通过一项算力规划。经国务院批准，规划自下月起施行。"
    assert _run(approver_only_names, acts, {"国务院": COUNCIL}) == frozenset()
    approves = "标题\n国务院批准了国家发展改革委报送的算力规划。"
    named = {"国务院": COUNCIL, "国家发展改革委": NDRC}
    assert _run(approver_only_names, approves, named) == frozenset()


def test_the_council_sanctioning_a_commission_notice_is_not_main() -> None:
    text = (
        "国家发展改革委就稀土分离设备出口许可答记者问\n\n"
        "问：国家发展改革委今天发布公告，对两类稀土分离设备实施出口许可，请介绍有关情况。"
        "答：经国务院同意，自2029年3月1日起，出口离心萃取设备等两类物项须向国家发展改革委申请许可。"
        "问：企业何时可以申请？答：即日起可在线提交。"
    )
    main = main_of(text)
    assert "state-council" not in main  # main on the code before: the clause's body
    assert "ndrc" in main


def test_a_required_approval_or_one_withheld_is_no_approval_clause() -> None:
    named = {"国务院": COUNCIL, "国家发展改革委": NDRC}
    required = "标题\n国家发展改革委发布公告。出口两类稀土分离设备须经国务院批准，方可申请许可。"
    assert _run(approver_only_names, required, named) == frozenset()
    shall = "标题\n国家发展改革委发布公告。调整目录应当经国务院同意。"
    assert _run(approver_only_names, shall, named) == frozenset()
    without = "标题\n国家网信办通报一批应用。有应用未经字节跳动同意，擅自使用其剪辑素材。"
    named = {"国家网信办": CAC, "字节跳动": BYTEDANCE}
    assert _run(approver_only_names, without, named) == frozenset()
    modifier = "标题\n国家发展改革委发布公告。经国务院批准的规划自下月起施行。"
    assert _run(approver_only_names, modifier, {"国务院": COUNCIL}) == frozenset()


def test_a_body_listed_after_jing_with_others_sanctions() -> None:
    text = "标题\n国家发展改革委发布公告。经党中央、国务院同意，出口两类稀土分离设备须申请许可。"
    named = {"国务院": COUNCIL, "国家发展改革委": NDRC}
    assert _run(approver_only_names, text, named) == {"state-council"}


def test_an_approval_clause_in_traditional_script_sanctions() -> None:
    text = "標題\n國家發展改革委發布公告。經國務院同意，出口兩類稀土分離設備須申請許可。"
    named = {"國務院": COUNCIL, "國家發展改革委": NDRC}
    assert _run(approver_only_names, text, named) == {"state-council"}
    required = "標題\n國家發展改革委發布公告。出口兩類設備須經國務院批准。"
    assert _run(approver_only_names, required, named) == frozenset()


# -- 2. a company among an authority's listed entries -------------------------------------------


def test_a_company_after_qizhong_baokuo_is_a_listed_entry() -> None:
    text = "标题\n国家网信办通报一批违规应用。其中包括字节跳动旗下一款剪辑应用。"
    named = {"国家网信办": CAC, "字节跳动": BYTEDANCE}
    assert _run(listed_entries, text, named) == {"bytedance"}
    text = "标题\n国家网信办公布第五批备案名单，共40款产品。百度、字节跳动均有产品在列。"
    named = {"国家网信办": CAC, "百度": BAIDU, "字节跳动": BYTEDANCE}
    assert _run(listed_entries, text, named) == {"baidu", "bytedance"}


def test_no_listed_entry_without_an_authority_or_the_list_words() -> None:
    no_authority = "标题\n一家咨询公司公布应用榜单。其中包括字节跳动旗下一款剪辑应用。"
    assert _run(listed_entries, no_authority, {"字节跳动": BYTEDANCE}) == frozenset()
    absent = "标题\n国家网信办公布第五批备案名单。百度的产品未在列。"
    named = {"国家网信办": CAC, "百度": BAIDU}
    assert _run(listed_entries, absent, named) == frozenset()
    speaks = "标题\n国家网信办通报一批违规应用。字节跳动表示将配合整改。"
    named = {"国家网信办": CAC, "字节跳动": BYTEDANCE}
    assert _run(listed_entries, speaks, named) == frozenset()


def test_a_negation_anywhere_before_zailie_leaves_the_company_out() -> None:
    named = {"国家网信办": CAC, "百度": BAIDU}
    for negated in ("没有在列", "并没有在列", "无一在列", "也不会在列"):
        text = f"标题\n国家网信办公布第五批备案名单。百度的产品{negated}。"
        assert _run(listed_entries, text, named) == frozenset(), negated


def test_qizhong_baokuo_reads_a_list_only_beside_a_list_word() -> None:
    named = {"国家网信办": CAC, "字节跳动": BYTEDANCE}
    investors = "标题\n国家网信办发布算法备案指引。一家初创公司完成新一轮融资，其中包括字节跳动。"
    assert _run(listed_entries, investors, named) == frozenset()
    before = "标题\n国家网信办通报一批违规应用。其中有字节跳动旗下的剪辑工具。"
    assert _run(listed_entries, before, named) == {"bytedance"}


def test_a_company_among_a_regulators_listed_apps_is_main() -> None:
    text = (
        "国家网信办通报违规收集个人信息的移动应用\n\n"
        "国家互联网信息办公室近日组织检测，发现25款移动应用存在违规收集人脸信息等问题。"
        "其中包括字节跳动旗下一款照片编辑应用。相关应用须在10个工作日内完成整改，逾期将依法处置。"
    )
    main = main_of(text)
    assert "bytedance" in main  # missed on the code before: named only as a listed entry
    assert "cac" in main


# -- 3. an obituary's names ---------------------------------------------------------------------


def test_an_obituary_names_its_history_and_other_texts_name_none() -> None:
    named = {"Samsung": SAMSUNG}
    obituary = "Park Jin-ho, a memory designer, dies at 84\n\nHe joined Samsung in 1979."
    entities = {"samsung": SAMSUNG}
    assert obituary_names(obituary, named_mentions(obituary, named), entities) == {"samsung"}
    survived = "A designer at Samsung for 30 years. She is survived by a son."
    assert obituary_names(survived, named_mentions(survived, named), entities) == {"samsung"}
    news = "Samsung hires 84 engineers\n\nSamsung said its lab died at the planning stage."
    assert obituary_names(news, named_mentions(news, named), entities) == frozenset()


def test_a_death_at_a_time_a_count_or_an_address_is_no_obituary() -> None:
    at_a_time = (
        "Samsung contractor died at 11:40 pm at chip plant\n\n"
        "A contractor at Samsung's Pyeongtaek chip plant died at 11:40 pm on Monday after a gas "
        "leak, Samsung said. Samsung said it had halted the line and was investigating."
    )
    assert "samsung" in main_of(at_a_time)  # read as an obituary on the code before
    at_sites = (
        "Two workers died at 14 sites run by Samsung suppliers\n\n"
        "Two workers died at 14 sites run by Samsung suppliers last year, a union report said. "
        "Samsung said it audits its suppliers every year."
    )
    assert "samsung" in main_of(at_sites)
    at_an_address = (
        "Envoy on chips\n\n"
        "The envoy who died at 10 Downing Street was meeting TSMC executives, TSMC said. TSMC "
        "said its plans for a plant were unchanged."
    )
    assert "tsmc" in main_of(at_an_address)


def test_a_death_told_later_in_the_text_is_no_obituary() -> None:
    named = {"Samsung": SAMSUNG}
    entities = {"samsung": SAMSUNG}
    later = "Samsung opens a lab\n\nSamsung opened a lab. Its founder died in 2001 aged 84."
    assert obituary_names(later, named_mentions(later, named), entities) == frozenset()
    zh_later = "三星开设实验室\n\n三星开设新实验室。创始人已于2001年逝世。"
    named = {"三星": SAMSUNG}
    assert obituary_names(zh_later, named_mentions(zh_later, named), entities) == frozenset()
    zh_obituary = "某工程师逝世\n\n某工程师3月1日在首尔逝世，享年84岁。他曾在三星工作。"
    assert obituary_names(zh_obituary, named_mentions(zh_obituary, named), entities) == {"samsung"}


def test_an_obituarys_employers_are_not_main() -> None:
    text = (
        "Chen Weiming, who ran memory labs for two chipmakers, dies at 79\n\n"
        "Chen Weiming, an engineer who designed memory cells for Samsung in the 1990s and later "
        "ran a research lab for Huawei in Shenzhen, died on Tuesday. He was 79. Former colleagues "
        "recall the handwritten notebooks he kept for every tape-out. He is survived by his wife."
    )
    main = main_of(text)
    assert not main & {"samsung", "huawei"}  # the learned main added one on the code before


def test_an_obituary_that_also_tells_an_act_keeps_its_actor() -> None:
    text = (
        "MIIT issues rules on robot safety\n\n"
        "The Ministry of Industry and Information Technology on Monday issued rules requiring "
        "makers of industrial robots to register each model before sale. The rules take effect "
        "on 1 June. Their first draft was written by Wang Li, a ministry engineer who died on "
        "Friday aged 77."
    )
    assert "miit" in main_of(text)


# -- 4. a record's authority and party fields ---------------------------------------------------

FTC = WatchEntity(id="ftc", name="Fair Trade Commission", type="agency")


def test_the_names_opening_authority_and_party_fields_are_read() -> None:
    text = (
        "Register entry 41\n\nAuthority: Fair Trade Commission. Party: Samsung. "
        "Fine: 2 billion won."
    )
    named = {"Fair Trade Commission": FTC, "Samsung": SAMSUNG}
    spans = [(0, 17), (19, 51), (52, 67), (68, len(text))]
    sentences = split_sentences(text, spans)
    entities = {e.id: e for e in named.values()}
    assert field_names(sentences, named_mentions(text, named), entities) == {"ftc", "samsung"}


def test_a_name_later_in_a_field_or_outside_one_is_not_read() -> None:
    text = "Register entry 41\n\nNote: the party named by the Fair Trade Commission is Samsung."
    named = {"Fair Trade Commission": FTC, "Samsung": SAMSUNG}
    sentences = split_sentences(text, [(0, 17), (19, len(text))])
    entities = {e.id: e for e in named.values()}
    assert field_names(sentences, named_mentions(text, named), entities) == frozenset()


def test_the_fields_of_a_record_in_traditional_script_are_read() -> None:
    customs = WatchEntity(id="customs", name="海關", type="agency")
    named = {"海關": customs, "百度": BAIDU}
    entities = {e.id: e for e in named.values()}
    for authority, party in (("採購人", "當事人"), ("處罰機關", "當事人")):
        text = f"登記第41號\n\n{authority}：海關。{party}：百度。罰款：200萬元。"
        sentences = split_sentences(text, _spans_zh(text))
        assert field_names(sentences, named_mentions(text, named), entities) == {
            "customs",
            "baidu",
        }


def test_a_registers_fined_party_is_main() -> None:
    text = (
        "Enforcement register: SAMR decision 2029-031\n\n"
        "Authority: State Administration for Market Regulation. Party: Baidu. "
        "Conduct: failure to notify the purchase of a mapping firm before closing. "
        "Decision date: 3 March 2029. Penalty: 5 million yuan fine. Status: paid."
    )
    main = main_of(text)
    assert "baidu" in main  # missed on the code before: named only as the party field
    assert "samr" in main
