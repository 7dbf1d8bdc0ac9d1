"""Notices, thirty-third round: readings of a notice that held-out 37's misses showed wrong.

Each test proves one reading on texts of its own wording.
"""

from __future__ import annotations

from datetime import UTC, datetime

from nlp import crosslingual as cl
from nlp.status import document_form
from tests.status_support import change_days, report_on

#: a provincial office publishing its rules on drone delivery routes, whose article on
#: appeals names the penalty decision an operator appeals against: it makes no decision
_ISSUING = (
    "某省邮政管理办公室关于发布《无人机配送航线备案规则》的公告。"
    "备案规则共二十四条，自2029年5月1日起执行。"
    "对行政处罚决定书不服的运营企业，可以依法申请复议。"
)
#: a bureau's own penalty decision
_DECISION = (
    "某市交通运输局行政处罚决定书（某交罚〔2029〕31号）。当事人：某出行科技有限公司。"
    "本局决定对当事人处以罚款人民币二十万元。"
)


def test_a_text_issuing_a_rule_is_no_penalty_decision() -> None:
    assert document_form(_ISSUING) == ""
    assert document_form("办法现予公布。当事人应当提交行政处罚决定书。") == ""
    # the forms an issuing heading takes: 予以, 印发给你们, no title marks, Taiwan's 茲訂定
    assert document_form("规则经审议通过，现予以公布。当事人须附行政处罚决定书复印件。") == ""
    assert document_form("各单位：现将《复核办法》印发给你们。复核须附行政处罚决定书。") == ""
    assert document_form("关于印发某区网格巡查工作办法的通知。巡查应核对行政处罚决定书。") == ""
    assert document_form("茲訂定「船舶巡檢作業要點」。受檢人應出示行政處罰決定書。") == ""
    # the traditional script's issuing heading
    assert document_form("某縣政府關於印發《攤販管理辦法》的通知。申請人應附行政處罰決定書。") == ""
    # the decision itself is still one
    assert document_form(_DECISION) == "penalty"


def test_a_penalty_decision_that_publishes_itself_or_cites_an_issuing_notice_is_one() -> None:
    # issuing words after the heading: the decision published as the rules on publicity ask
    assert (
        document_form(
            "某区市场监督管理局行政处罚决定书（某区监罚〔2029〕7号）。本局决定对当事人处以罚款"
            "人民币八万元。依据《市场监督管理行政处罚信息公示规定》，现予公布。"
        )
        == "penalty"
    )
    # its own decision clause, whatever issuing notice it cites as its ground
    assert (
        document_form(
            "根据《某区人民政府关于印发《共享单车停放管理办法》的通知》第九条，本局决定对当事人"
            "处以罚款人民币一万元。"
        )
        == "penalty"
    )


def test_a_call_for_comment_naming_penalty_decisions_is_a_draft() -> None:
    assert (
        document_form(
            "关于公开征求《某县行政处罚决定书公示细则（征求意见稿）》意见的通知。"
            "意见反馈截止时间为2029年8月15日。"
        )
        == "draft"
    )


def test_those_fined_under_a_rule_are_named_not_fined() -> None:
    assert (
        document_form(
            "The agency published its guidance on licence renewals. Carriers fined under the "
            "guidance can reapply a year after they paid."
        )
        == ""
    )
    assert document_form("The carrier was fined under the Transport Act on Monday.") == "penalty"
    assert document_form("The regulator fined the carrier 2 million euros.") == "penalty"


def test_an_issued_rule_naming_a_penalty_decision_is_adopted_until_its_day() -> None:
    t0 = datetime(2029, 4, 10, 2, tzinfo=UTC)
    reports = (
        report_on(t0, 0, "adopted", "official", "official", _ISSUING),
        report_on(t0, 30, "in-force", "on-record", "news", "Drone couriers filed their routes."),
    )
    # adopted on its day of issue (not in force, confirmed, on the day it names a penalty
    # decision), in force once a report of the rule at work comes after its day
    assert change_days(t0, reports) == [("adopted", 0.0, True), ("in-force", 30.0, False)]


def _topics(text: str) -> frozenset[str]:
    return cl.read(text, [], [], published=datetime(2029, 6, 12, 2, tzinfo=UTC)).evidence.topics


def test_a_bills_readings_as_taiwan_and_hong_kong_write_them() -> None:
    # a third reading in traditional characters and its English news name one step of a bill
    passed = _topics("立法院會今日三讀通過「某某條例」部分條文修正案，施行日期由行政院定之。")
    news = _topics("Lawmakers passed the amendment on its third reading on Tuesday.")
    assert "legislative-reading" in passed & news
    assert "legislative-reading" in _topics("立法會恢復二讀辯論《某某（修訂）條例草案》。")
    # Hong Kong's first reading, Taiwan's first reading passed or sent to committee
    assert "legislative-reading" in _topics("《某某（修訂）條例草案》今日於立法會首讀。")
    assert "legislative-reading" in _topics("行政院版草案昨日一讀付委，交由交通委員會審查。")
    assert "legislative-reading" in _topics("草案一读通过后将送委员会审查。")


def test_words_holding_a_reading_are_no_reading() -> None:
    # 再三读 is reading again and again; 一读 alone ends other words (逐一读取)
    assert "legislative-reading" not in _topics("他再三读了这份通知才签字。")
    assert "legislative-reading" not in _topics("她再三讀過合約條款。")
    assert "legislative-reading" not in _topics("系统逐一读取设备日志并上报。")


def test_a_third_reading_and_its_news_of_the_next_day_join() -> None:
    passed = cl.read(
        "立法院會三讀通過「某某條例」部分條文修正案。立法院會今日三讀通過修正案，施行日期由行政院定之。",
        [],
        [],
        published=datetime(2029, 6, 12, 8, tzinfo=UTC),
    )
    news = cl.read(
        "Taiwan passes amendment on its third reading. Lawmakers passed the amendment on its "
        "third reading on Tuesday, June 12, leaving the date it takes effect to the cabinet.",
        [],
        [],
        published=datetime(2029, 6, 13, 1, tzinfo=UTC),
    )
    # both read the step, so the pair shares it, whatever else joins them (the day they share)
    assert "legislative-reading" in passed.evidence.topics
    assert "legislative-reading" in news.evidence.topics
    found = cl.best_join(passed, [("bill", [news])])
    assert found is not None
    assert found.development_id == "bill"
