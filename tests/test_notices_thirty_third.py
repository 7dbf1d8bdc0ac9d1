"""Notices, thirty-third round: readings of a notice that held-out 37's misses showed wrong.

Each test proves one reading on texts of its own wording.
"""

from __future__ import annotations

from datetime import UTC, datetime

from nlp import crosslingual as cl
from nlp.status import document_form
from tests.status_support import change_days, report_on

#: a city bureau issuing rules on the reinstatement of permits: it names the penalty decision an
#: applicant must hand in, and makes none
_ISSUING = (
    "某市交通运输局关于印发《某市网约车平台许可恢复办法》的通知（某交规〔2029〕8号）。"
    "《某市网约车平台许可恢复办法》已经局务会议审议通过，现予印发，自2029年5月1日起施行。"
    "申请恢复许可的平台应当提交行政处罚决定书已履行完毕的证明材料。"
)
#: a bureau's own penalty decision
_DECISION = (
    "某市交通运输局行政处罚决定书（某交罚〔2029〕31号）。当事人：某出行科技有限公司。"
    "本局决定对当事人处以罚款人民币二十万元。"
)


def test_a_text_issuing_a_rule_is_no_penalty_decision() -> None:
    assert document_form(_ISSUING) == ""
    assert document_form("办法现予公布。当事人应当提交行政处罚决定书。") == ""
    # the decision itself is still one
    assert document_form(_DECISION) == "penalty"


def test_an_issued_rule_naming_a_penalty_decision_is_adopted_until_its_day() -> None:
    t0 = datetime(2029, 4, 10, 2, tzinfo=UTC)
    reports = (
        report_on(t0, 0, "adopted", "official", "official", _ISSUING),
        report_on(t0, 30, "in-force", "on-record", "news", "A platform said its licence was back."),
    )
    # adopted on its day of issue (not in force, confirmed, on the day it names a penalty
    # decision), in force once a report of the rule at work comes after its day
    assert change_days(t0, reports) == [("adopted", 0.0, True), ("in-force", 30.0, False)]


def _topics(text: str) -> frozenset[str]:
    return cl.read(text, [], [], published=datetime(2029, 6, 12, 2, tzinfo=UTC)).evidence.topics


def test_a_bills_second_and_third_readings_as_taiwan_and_hong_kong_write_them() -> None:
    # a third reading in traditional characters and its English news name one step of a bill
    passed = _topics("立法院會今日三讀通過「某某條例」部分條文修正案，施行日期由行政院定之。")
    news = _topics("Lawmakers passed the amendment on its third reading on Tuesday.")
    assert "legislative-reading" in passed & news
    assert "legislative-reading" in _topics("立法會恢復二讀辯論《某某（修訂）條例草案》。")
    # 一读 alone ends other words (逐一读取) and is not read
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
    found = cl.best_join(passed, [("bill", [news])])
    assert found is not None
    assert found.development_id == "bill"
