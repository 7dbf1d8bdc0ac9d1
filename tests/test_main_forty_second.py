"""Main subjects by class of wording, forty-second round.

The texts are written for these tests in wordings and on bodies other than the read-set
articles the readings were fitted on (other ministries, other companies, other offices).

1. A watched Chinese name that is only part of a longer word names nothing watched: a ministry's
   short name before 门 is the generic 部门 ("the departments", of any level: 公安部门, 文旅部门),
   not before 门户 / 门口 / 门前 (its portal, its gate); and the State Council written as the
   prefix of one of its bodies' names (国务院国资委, 国务院新闻办公室) names that body, which
   is not on the watchlist, or the body's own entry where the watchlist has one.
2. A person's past employer ("a former official at the CAC", "former Samsung executive") tells
   no act of its own: the mention is minor, and a hire's old employer is not main. Only the cue
   is read in either case (a capitalised word after "ex-" is a name, not a title), a person must
   be named, and Latin "ex-" words (ex-ante, ex-officio) are no past.
"""

from __future__ import annotations

from nlp.entities import load_tagger, tag_text
from policywatch_core.config import load_watchlist
from policywatch_core.models import WatchEntity
from tests.main_subject_support import (
    ROOT,
    linked_ids,
    linked_names,
    main_of,
    mention,
    sentence,
    tags_of,
)

# -- 1. a watched name inside a longer word ------------------------------------------------------


def test_a_ministrys_short_name_before_men_is_no_mention_of_it() -> None:
    assert "mps" not in linked_ids("节假日期间，各地公安部门将加强对重点场所的巡查。")
    assert "mct" not in linked_ids("多地文旅部门发布提示，提醒游客错峰出行。")
    assert "mot-china" not in linked_ids("各地交通运輸部門須於月底前上報檢查結果。")  # traditional


def test_the_ministry_itself_its_portal_and_its_gate_are_still_named() -> None:
    assert "mps" in linked_ids("公安部3日通报了一批电信诈骗典型案例。")
    assert "mct" in linked_ids("通知全文可在文旅部门户网站查阅。")  # 门户: the portal
    assert "mps" in linked_ids("记者在公安部门口看到，前来办事的群众排起长队。")  # 门口: its gate
    assert "mps" in linked_ids("公安部門前設有諮詢台。")  # 門前 (traditional): before its gate


def test_a_notice_citing_local_departments_leaves_the_ministry_out() -> None:
    main = main_of(
        "工信部部署无人机生产企业自查\n\n"
        "工信部近日印发通知，要求无人机生产企业在6月底前完成产品身份码自查，"
        "并将自查结果报送所在地公安部门备案。逾期未报的企业将被约谈。"
    )
    assert "miit" in main
    assert "mps" not in main


def test_the_state_council_as_a_bodys_prefix_is_that_body() -> None:
    names = linked_names(tags_of("国务院国资委召开专题会议，部署中央企业网络安全工作。"))
    assert names.get("国务院国资委", "absent") is None  # widened to the body's name, unlinked
    assert "state-council" not in names.values()
    assert "state-council" not in linked_ids("國務院新聞辦公室將於週四舉行記者會。")  # traditional


def test_the_state_council_and_its_general_office_are_still_named() -> None:
    assert "state-council" in linked_ids("国务院办公厅转发了关于加快充电设施建设的意见。")
    assert "state-council" in linked_ids("国务院常务会议研究了稳外贸的政策措施。")


def test_the_tariff_commission_decides_as_in_english() -> None:
    """Its table holds only the bodies the read sets show: the Tariff Commission, which issues
    China's retaliatory tariffs, links as 国务院 in Chinese as "China's State Council" does in
    English (whether it should be a watchlist body of its own is not decided here)."""
    zh = linked_ids("国务院关税税则委员会决定，对原产于加拿大的部分商品加征关税。")
    en = linked_ids("China's State Council Tariff Commission said it would raise duties on goods.")
    assert "state-council" in zh
    assert "state-council" in en


def test_a_watched_body_under_the_state_council_is_linked_once() -> None:
    council = next(e for e in load_watchlist(ROOT / "config").items if e.id == "state-council")
    sasac = WatchEntity("sasac", "SASAC", "agency", ("国资委",), parent="state-council")
    mentions, _ = tag_text("国务院国资委近日印发通知。", load_tagger((council, sasac), None))
    assert [(m.text, m.entity_id) for m in mentions] == [("国资委", "sasac")]


def test_a_meeting_of_an_unwatched_body_under_the_state_council_leaves_it_out_of_main() -> None:
    main = main_of(
        "国资委部署央企数据出境合规检查\n\n"
        "国务院国资委日前召开专题会议，要求中央企业在年内完成数据出境合规自查，"
        "重点检查跨境传输个人信息的业务。会议要求各企业明确专人负责。"
    )
    assert "state-council" not in main


def test_a_press_conference_of_the_information_office_keeps_the_council_that_adopted_it() -> None:
    main = main_of(
        "国新办介绍低空经济发展措施\n\n"
        "国务院新闻办公室12日举行发布会，介绍《关于推动低空经济发展的若干措施》。"
        "措施已经国务院常务会议审议通过，将于下月起实施。"
    )
    assert "state-council" in main


# -- 2. a person's past employer ----------------------------------------------------------------


def _former(text: str, name: str) -> bool:
    from nlp.about import _former_employer, load_cues  # here: the file imports on older code

    found = mention(text, name, "x", "ORG")
    return _former_employer(sentence(text, "body"), found, load_cues().former_persons)


def test_a_past_employer_after_former_is_read() -> None:
    assert _former("Xiaomi poached a former Huawei designer for its phone unit.", "Huawei")
    assert _former("Li, a former deputy head at the Ministry of Transport, spoke.", "Ministry")
    assert _former("The letter was signed by three former Tencent employees.", "Tencent")
    assert _former("The fund hired an ex-Alibaba manager.", "Alibaba")  # kept from the round
    assert _former("Meanwhile the ex-chief of SMIC said the plant would open.", "SMIC")


def test_a_capitalised_word_after_ex_is_a_name_not_a_title() -> None:
    assert not _former("Three ex-OpenAI researchers at Anthropic built the model.", "Anthropic")
    assert not _former("An ex-Samsung executive at Huawei leads the unit.", "Huawei")
    assert not _former("Ex-Huawei staff at SMIC wrote the design tools.", "SMIC")


def test_a_past_without_a_person_is_not_a_past_employer() -> None:
    assert not _former("The ex-ante obligations of the European Commission apply.", "European")
    assert not _former("Nvidia cut its former partnership with Huawei last year.", "Huawei")
    assert not _former(
        "The court reversed the former policy of the Commerce Department.", "Commerce"
    )
    assert not _former("He sat as an ex-officio member of the State Council.", "State")


def test_other_words_after_former_are_not_a_past_employer() -> None:
    assert not _former("Former engineers have joined Xiaomi and Oppo.", "Xiaomi")
    assert not _former("A former Tencent manager at Baidu runs the team.", "Baidu")
    assert not _former("Tencent said its cloud unit would expand.", "Tencent")


def test_a_hires_former_regulator_is_not_main() -> None:
    main = main_of(
        "Alibaba names ex-regulator to lead its compliance team\n\n"
        "Alibaba has hired Chen Jing, a former division chief at the Ministry of Industry and "
        "Information Technology, to run compliance for its cloud business, the company said on "
        "Tuesday. Chen spent seven years drafting rules for data centres. She will report to "
        "Alibaba's president."
    )
    assert "alibaba" in main
    assert "miit" not in main


def test_a_hires_former_employer_company_is_not_main() -> None:
    main = main_of(
        "Tencent hires former Huawei chip executive for its silicon unit\n\n"
        "Tencent has appointed a former Huawei chip design executive to head its in-house "
        "processor team, the company said. He starts next month."
    )
    assert "tencent" in main
    assert "huawei" not in main
