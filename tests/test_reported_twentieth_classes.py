"""The twentieth reading round: a company's reply to an exchange's letter of concern.

A listed company's reply to an exchange's letter, whether the letter is one of enquiry
(问询函) or of concern (关注函), is the company's own disclosure: it names rules in place as
context to the business and changes none (``nlp.about.risk_disclosure``, the nineteenth round's
class, which read the enquiry letter only). The exchange's letter sent or received (发出关注函,
收到关注函) stays an act for the other rules. Taiwan and Hong Kong write the reply 回覆.
"""

from __future__ import annotations

import pytest

from nlp.about import risk_disclosure
from nlp.entities import Tagger
from tests.signal_support import assert_not_reported


@pytest.mark.parametrize(
    "title",
    [
        "某算力公司回复交易所关注函：GPU来源合法合规",
        "某芯片公司回复深交所关注函",
        "关于对某公司的关注函及公司回复",
        "深交所关注函：某公司回复关注函称影响有限",
        # the reply as Taiwan and Hong Kong write it
        "某芯片公司回覆交易所關注函：出口管制影響有限",
        "某芯片公司回覆問詢函",
    ],
)
def test_a_reply_to_an_exchanges_letter_of_concern_is_a_disclosure(title: str) -> None:
    assert risk_disclosure(title)


def test_the_exchanges_letter_of_concern_itself_is_none() -> None:
    # each paired with the company's reply above
    assert not risk_disclosure("深交所向某算力公司发出关注函")
    assert not risk_disclosure("某算力公司收到关注函 需回复关注函")
    assert not risk_disclosure("交易所要求公司回复关注函")
    assert not risk_disclosure("关注函")


def test_a_reply_after_a_label_keeps_its_content_in_the_clause() -> None:
    title = "某算力公司回复交易所关注函：GPU来源合法合规"
    assert risk_disclosure(title) == (0, len(title))


def test_a_reply_to_a_letter_of_concern_reports_no_enforcement(tagger: Tagger) -> None:
    # the exchange's letter is the matter of the reply, not news: no enforcement, no curb
    assert_not_reported(
        tagger,
        "某算力公司回复交易所关注函：GPU来源合法合规",
        "某算力公司周二晚间回复交易所关注函称，公司采购的GPU均通过合法渠道取得，"
        "美国出口管制对公司经营的影响有限。",
        {"enforcement-fine", "export-control"},
    )
