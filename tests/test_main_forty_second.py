"""Main subjects by class of wording, forty-second round, on sentences written for these tests.

1. A watched Chinese name that is only part of a longer word names nothing watched: a ministry's
   short name before 门 is the generic 部门 ("the departments", of any level: 商务部门, 工信部门),
   and the State Council written as the prefix of one of its bodies' names (国务院国资委,
   国务院新闻办公室) names that body, which is not on the watchlist.
2. A person's past employer ("a former official at the CAC", "former Samsung executive") tells
   no act of its own: the mention is minor, and a hire's old employer is not main.
"""

from __future__ import annotations

from nlp.about import _former_employer
from tests.main_subject_support import (
    linked_ids,
    linked_names,
    main_of,
    mention,
    sentence,
    tags_of,
)

# -- 1. a watched name inside a longer word ------------------------------------------------------


def test_a_ministrys_short_name_before_men_is_no_mention_of_it() -> None:
    assert "mofcom" not in linked_ids("出口企业应当向所在地商务部门申请许可证件。")
    assert "miit" not in linked_ids("各地工信部门将在年内开展专项检查。")
    assert "moe-china" not in linked_ids("各地教育部門須於開學前完成培訓。")  # traditional script


def test_the_ministry_itself_and_its_portal_are_still_named() -> None:
    assert "mofcom" in linked_ids("商务部12日发布公告，对两家企业实施出口管制。")
    assert "mofcom" in linked_ids("公告全文已在商务部门户网站公布。")  # 门户: the portal
    assert "miit" in linked_ids("工信部有关负责人表示，各地工信部门将开展抽查。")


def test_a_customs_notice_citing_licensing_departments_leaves_the_ministry_out() -> None:
    main = main_of(
        "海关总署公告：部分存储设备出口须提交许可证件\n\n"
        "海关总署5日发布公告，自下月起出口部分企业级存储设备时，出口人应当提交商务部门签发的"
        "出口许可证件。未按规定提交的，海关将依法处理。"
    )
    assert "gacc" in main
    assert "mofcom" not in main


def test_the_state_council_as_a_bodys_prefix_is_that_body() -> None:
    names = linked_names(tags_of("国务院国资委近日印发通知，要求中央企业提升数据安全水平。"))
    assert names.get("国务院国资委", "absent") is None  # widened to the body's name, unlinked
    assert "state-council" not in names.values()
    assert "state-council" not in linked_ids("國務院新聞辦公室今日舉行發布會。")  # traditional


def test_the_state_council_and_its_general_office_are_still_named() -> None:
    assert "state-council" in linked_ids("国务院办公厅印发意见，推动算力设施建设。")
    assert "state-council" in linked_ids("国务院常务会议审议通过了有关条例草案。")


def test_a_notice_of_an_unwatched_body_under_the_state_council_leaves_main_empty_of_it() -> None:
    main = main_of(
        "国资委要求中央企业加强大模型使用管理\n\n"
        "国务院国资委近日印发通知，要求中央企业使用大模型应当选择已完成备案的模型，"
        "并于6月底前报送自查情况。通知要求将落实情况纳入年度考核。"
    )
    assert "state-council" not in main


def test_a_briefing_by_the_information_office_keeps_the_council_that_adopted_it() -> None:
    main = main_of(
        "国新办举行发布会介绍数据要素若干措施\n\n"
        "国务院新闻办公室5日举行新闻发布会，介绍《关于促进数据要素流通的若干措施》。"
        "措施已经国务院常务会议审议通过，自印发之日起施行。"
    )
    assert "state-council" in main


# -- 2. a person's past employer ----------------------------------------------------------------


def _former(text: str, name: str) -> bool:
    return _former_employer(sentence(text, "body"), mention(text, name, "x", "ORG"))


def test_a_past_employer_after_former_is_read() -> None:
    assert _former("Huawei hires former Samsung engineer to lead its memory unit.", "Samsung")
    assert _former("Ma, a former section chief at the Ministry of Commerce, joins.", "Ministry")
    assert _former("The study's authors are two former Commerce Department lawyers.", "Commerce")
    assert _former("The start-up hired an ex-Alibaba manager.", "Alibaba")


def test_other_words_after_former_are_not_a_past_employer() -> None:
    assert not _former("Former staff have joined ByteDance and Baidu.", "ByteDance")
    assert not _former("A former Samsung engineer at Huawei leads the unit.", "Huawei")
    assert not _former("Samsung said its memory unit would expand.", "Samsung")


def test_a_hires_former_regulator_is_not_main() -> None:
    main = main_of(
        "Baidu hires former internet regulator official as its policy chief\n\n"
        "Baidu has appointed Zhang Wei, a former division director at the Cyberspace "
        "Administration of China, as its head of public policy, the company said on Monday. "
        "Zhang worked on data export rules during nine years at the regulator. He will report to "
        "Baidu's chief executive."
    )
    assert "baidu" in main
    assert "cac" not in main


def test_a_hires_former_employer_company_is_not_main() -> None:
    main = main_of(
        "Huawei hires former Samsung memory executive to run chip unit\n\n"
        "Huawei has named a former Samsung Electronics memory executive as head of its "
        "storage chip business, the company said. The appointment takes effect in May."
    )
    assert "huawei" in main
    assert "samsung" not in main
