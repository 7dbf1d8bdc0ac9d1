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
        "某存储芯片公司回复交易所关注函：境外采购合规",
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


@pytest.mark.parametrize(
    "title",
    [
        # the letter sent or received: the exchange's act, whatever the reply after it
        "某算力公司收到关注函 需回复关注函",
        "某公司收到深交所关注函，已回复关注函",
        "某公司被下发关注函，回复关注函称影响有限",
        # the exchange demanding the reply is its act
        "交易所要求公司回复关注函",
        "深交所关注函要求公司回复",
        "上交所问询函要求公司回复",
        "深圳证券交易所要求公司回复关注函",
    ],
)
def test_the_exchanges_letter_itself_is_none(title: str) -> None:
    assert risk_disclosure(title) is None


@pytest.mark.parametrize(
    "title",
    [
        "某算力公司回复交易所关注函：服务器来源合法合规",
        # the ASCII colon after a Han character, as many Chinese titles write it
        "某算力公司回复交易所关注函:服务器来源合法合规",
        # the reply written 回覆, the letter and the reply joined by a conjunction
        "关于对某公司的关注函及公司回覆：影响有限",
        "某芯片公司回覆關注函:影響有限",
    ],
)
def test_a_reply_after_a_label_keeps_its_content_in_the_clause(title: str) -> None:
    assert risk_disclosure(title) == (0, len(title))


@pytest.mark.parametrize(
    ("title", "clause"),
    [
        ("风险提示:商务部将某公司列入出口管制管控名单", "风险提示"),
        ("风险提示：商务部将某公司列入出口管制管控名单", "风险提示"),
    ],
)
def test_a_label_ends_its_clause_at_either_colon(title: str, clause: str) -> None:
    # the ministry's act after the label is no part of the disclosure
    span = risk_disclosure(title)
    assert span is not None
    assert title[span[0] : span[1]] == clause


@pytest.mark.parametrize(
    "title",
    [
        # the reply announcement's standard title, the exchange named in full
        "关于对深圳证券交易所关注函的回复公告",
        "关于上海证券交易所问询函之回复",
        "某芯片公司回复上海证券交易所问询函",
        "某芯片公司回覆港交所問詢函",
        "某芯片公司回复北京证券交易所年报问询函",
    ],
)
def test_a_reply_names_the_exchange_in_any_form(title: str) -> None:
    assert risk_disclosure(title) is not None


@pytest.mark.parametrize("authority", ["工信部", "商务部", "财政部", "外汇局", "金融监管总局"])
def test_a_ministry_before_a_reply_is_an_authority(authority: str) -> None:
    # reached by the authority words (部, 局, 总局), not by the disclosure's own list
    assert risk_disclosure(f"{authority}要求公司回复问询函") is None


@pytest.mark.xfail(
    strict=True,
    reason="the authority word 部 is read inside a company's name (西部): an over-reach left open",
)
def test_a_company_named_with_an_authority_word_replies() -> None:
    assert risk_disclosure("西部某材料公司回复上交所问询函") is not None


def test_a_reply_to_a_letter_of_concern_reports_no_enforcement(tagger: Tagger) -> None:
    # the exchange's letter is the matter of the reply, not news: no enforcement, no curb
    assert_not_reported(
        tagger,
        "某算力公司回复交易所关注函：服务器采购合法合规",
        "某算力公司周二晚间回复交易所关注函称，公司采购的GPU均通过合法渠道取得，"
        "美国出口管制对公司经营的影响有限。",
        {"enforcement-fine", "export-control"},
    )
