"""Reported signals, seventeenth round: acts told in other words, and words that are not the act.

Classes (see docs/decisions/2026-12-04-reported-signals-seventeenth-round.md), in English and
Chinese, every sentence written for these tests, with titles that name no kind of their own:

1. orders, probes and reviews as acts: a divestment ordered by its share, inspectors ordered to
   examine, a screening review of a purchase begun, an instruction to remove foreign chips, an
   authority's demand for a share of domestic chips (要求……采购国产);
2. law-making steps in other words: an amendment passed, a tax package signed, a proposal
   withdrawn, an enforcement decree expected;
3. licences and export words: an authorisation to ship revoked, servicing stopped, a licence
   extended in the passive, goods exported without a licence, a strategic goods list (Taiwan's,
   in traditional characters), a road-test permit (测试牌照), accelerators seized by customs.

Traps (4, precision): a money document's vehicle word (算力券管理办法), a penalty ceiling in a
draft law (罚款上限提高), a competition clearance read as investment screening, a think tank's
"should require", a rule as a risk in a modal of a Chinese results story; and the new patterns'
own traps: a company withdrawing its proposal to buy a rival, a club's members passing an
amendment to its statutes, a company removing foreign chips from its own phones.

Run through the whole tagger (signals, salience, reported).
"""

from __future__ import annotations

import pytest

from bench.common import ROOT
from nlp.entities import load_tagger
from policywatch_core.config import load_watchlist
from tests.signal_support import round_tests

#: (class, title, body, kinds that must be reported)
CLASSES: list[tuple[str, str, str, set[str]]] = [
    (
        "order: a divestment ordered by its share",
        "Sensor maker's owner given six months",
        "The economy ministry ordered the Shenzhen-based owner of the sensor maker to sell 75 % "
        "of the company on Tuesday, citing risks to national security.",
        {"investment-screening"},
    ),
    (
        "probe: inspectors ordered to examine",
        "Chip distributor under scrutiny",
        "The trade regulator has ordered its inspectors to examine the chip distributor's "
        "shipments to Russia, officials said on Monday.",
        {"enforcement-fine"},
    ),
    (
        "review: a screening review of a purchase begun",
        "Robot maker's sale in question",
        "The finance ministry has begun a review of a Chinese fund's purchase of the robot maker, "
        "officials said on Thursday.",
        {"investment-screening"},
    ),
    (
        "order: foreign chips to be removed",
        "Data centres face a deadline",
        "The ministry told state-backed data centres on Friday to remove foreign AI chips from "
        "their clusters by the end of next year.",
        {"restriction"},
    ),
    (
        "order (Chinese): a share of domestic chips demanded",
        "智算中心建设迎来新要求",
        "据知情人士透露，有关部门近日口头要求新建智算中心采购国产芯片的比例不低于50%。",
        {"restriction"},
    ),
    (
        "law-making: an amendment passed",
        "Island tightens chip secrets protection",
        "The island's legislature on Tuesday passed an amendment that raises penalties for leaking "
        "core chip technology.",
        {"law-regulation"},
    ),
    (
        "law-making: a tax package signed",
        "Chip plants keep their credits",
        "The president signed the year-end tax package on Friday, extending credits for chip "
        "plants until 2030.",
        {"law-regulation"},
    ),
    (
        "law-making: a proposal withdrawn",
        "Brussels changes course on AI liability",
        "The European Commission has withdrawn its proposal on liability for harm caused by AI "
        "systems, officials said on Wednesday.",
        {"law-regulation"},
    ),
    (
        "law-making: an enforcement decree expected",
        "AI basic act: details due soon",
        "The science ministry said on Monday that the enforcement decree of the AI basic act is "
        "expected next week.",
        {"law-regulation"},
    ),
    (
        "licence: an authorisation to ship revoked",
        "Memory maker's China plant faces tool squeeze",
        "The Commerce Department plans to revoke the authorisation that lets the memory maker ship "
        "American chipmaking tools to its plant in Xian, officials said.",
        {"export-control", "approval-requirement"},
    ),
    (
        "export: servicing stopped",
        "Lithography maker's China service business at risk",
        "The Dutch government will stop the lithography maker from servicing machines installed "
        "at Chinese chip plants, the trade minister said on Monday.",
        {"export-control"},
    ),
    (
        "licence: extended in the passive",
        "Relief for scanner maker",
        "The scanner maker's licences to service machines in China have been extended until the "
        "end of next year, the trade ministry said.",
        {"approval-requirement", "export-control"},
    ),
    (
        "export: parts exported without a licence",
        "Broker charged",
        "Prosecutors said on Tuesday that the broker had exported the parts to Iran without the "
        "required export licence.",
        {"export-control"},
    ),
    (
        "export (traditional script): the strategic high-tech commodities list",
        "兩家企業列入清單",
        "經濟部國際貿易署周五公告，將兩家中國企業新增至戰略性高科技貨品輸出管制清單。",
        {"export-control"},
    ),
    (
        "licence (Chinese): a road-test permit issued",
        "某自动驾驶企业获准上路",
        "市交通运输局昨日向某自动驾驶企业发放了无人驾驶道路测试牌照。",
        {"approval-requirement"},
    ),
    (
        "seizure: accelerators seized",
        "Airport haul",
        "Customs officers seized 900 data-centre accelerators at the airport on Monday, the "
        "customs department said.",
        {"enforcement-fine"},
    ),
]

TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a money document's vehicle word (Chinese, title without quotation marks)",
        "浙江出台算力券管理办法",
        "浙江省经信厅近日印发《浙江省算力券管理办法》，对租用算力的中小企业按费用的30%给予补贴。",
        {"law-regulation"},
    ),
    (
        "a penalty ceiling raised in a draft law",
        "人大常委会审议数据安全法修正草案",
        "全国人大常委会周二审议了数据安全法修正草案。草案拟将重要数据处理者违法行为的罚款上限提高"
        "至两千万元。",
        {"enforcement-fine"},
    ),
    (
        "a competition clearance is not investment screening",
        "Brussels clears chip merger with remedies",
        "The European Commission approved the acquisition of the chip designer by its US rival on "
        "Tuesday, subject to remedies on interoperability.",
        {"investment-screening"},
    ),
    (
        "a think tank's recommendation",
        "Think tank wants tougher rules on chip tools",
        "Washington should require licences for all exports of chip tools to China, a think tank "
        "said in a report on Monday.",
        {"approval-requirement"},
    ),
    (
        "a rule as a risk in a modal of a Chinese results story (a guard: passed before)",
        "某芯片公司三季度营收增长20%",
        "某芯片公司周四发布财报，三季度营收同比增长20%，公司表示出口管制可能影响明年的设备交付。",
        {"export-control"},
    ),
    (
        "a company withdraws its proposal to buy a rival",
        "Chipmaker walks away",
        "The chipmaker withdrew its proposal to buy the smaller rival on Monday after the "
        "competition regulator raised concerns.",
        {"law-regulation"},
    ),
    (
        "a club's members pass an amendment to its statutes",
        "Football club changes its statutes",
        "The club's members passed an amendment to its statutes on Sunday.",
        {"law-regulation"},
    ),
    (
        "a company removes foreign chips from its own phones",
        "Phone maker cuts costs",
        "The phone maker said it would remove foreign chips from its budget models to cut costs.",
        {"restriction"},
    ),
]

NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a company's package and its own decree of prices",
        "Retailer signs a sponsorship package",
        "The retailer signed a sponsorship package with the football club on Tuesday, and its "
        "chief executive extended the discount season by a week.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
