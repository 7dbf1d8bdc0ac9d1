"""Reported actions by class of wording, eighth round: sentences written for these tests.

Each class below was found missing (or wrongly reported) on the ninth held-out about set (see
docs/decisions/2026-12-04-reported-signals-eighth-round.md); the articles here are new wording
of the same class, in English and Chinese, so the rules are checked on text they were not written
from. Each class has a positive case (``CLASSES``) and, where the class has another side, a
distractor that must stay background, report none of the kinds or give no signal (``TRAPS``,
``NO_SIGNAL``). Run through the whole tagger (signals, salience, reported).
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
        "a relative clause on a list's members tells the list's content",
        "Seoul adds drone makers to its export list",
        "South Korea's trade ministry has added 14 drone makers to its list of companies that "
        "need a licence for shipments of flight controllers, the ministry said on Monday.",
        {"approval-requirement", "export-control"},
    ),
    (
        "the singular anaphora 'the measure'; a later clause's past dates only that clause",
        "Senators unveil bill on AI chip tracking",
        "Two senators unveiled a bill on Tuesday that would make chip designers log where their "
        "accelerators are installed. The measure would also oblige exporters to report any "
        "order that had been cancelled for security reasons.",
        {"law-regulation", "export-control"},
    ),
    (
        "a licence needed with a qualifier between",
        "Canada to tighten quantum sensor export rules",
        "Shipments of quantum sensors to China would need individual export licences from next "
        "year, the trade minister said on Monday.",
        {"approval-requirement"},
    ),
    (
        "a licence needed, in the passive",
        "Norway weighs export rules for subsea robots",
        "Norway's foreign ministry said on Friday that permits will be required for sales of "
        "deep-sea robots to buyers outside NATO.",
        {"approval-requirement"},
    ),
    (
        "China's unreliable entity list is a restriction",
        "商务部将两家外国无人机企业列入不可靠实体清单",
        "商务部12月5日发布公告，决定将两家外国无人机企业列入不可靠实体清单，公告自发布之日起施行。",
        {"restriction"},
    ),
    (
        "an authority paying a share of a project's costs is a subsidy",
        "Ontario to fund battery recycling plants",
        "The provincial government will bear a third of the construction costs of two battery "
        "recycling plants, the energy minister said on Tuesday.",
        {"subsidy-funding"},
    ),
    (
        "the list of sectors closed to foreign investors is screening",
        "海南自贸港发布新版外商投资准入特别管理措施",
        "海南省人民政府12月5日发布新版《海南自由贸易港外商投资准入特别管理措施》，明年起施行。",
        {"investment-screening"},
    ),
    (
        "a draft law named by its title, adopted in principle",
        "国务院常务会议原则通过数据产权相关法律草案",
        "国务院12月5日召开常务会议，原则通过《数据产权保护法（草案）》。",
        {"law-regulation"},
    ),
    (
        "a proposal to put rules off",
        "Commission proposes postponing platform labelling rules",
        "The European Commission on Monday proposed postponing the labelling obligations for "
        "online marketplaces by a year.",
        {"law-regulation"},
    ),
    (
        "a Chinese headline's two clauses split by a space; an investigation opened",
        "国家网信办：某出行平台涉嫌违反数据安全法 依法启动调查",
        "国家互联网信息办公室12月5日发布消息称，某出行平台涉嫌违反《数据安全法》，网信办已依法启动调查。",
        {"enforcement-fine"},
    ),
    (
        "a guide whose subject is data security",
        "Singapore regulator issues compliance guide on health data security",
        "Singapore's data protection commission issued a compliance guide on Wednesday on "
        "protecting patient data held by clinics.",
        {"guidance-standard", "data-security-rule"},
    ),
    (
        "guidance that helps firms meet a law's duties is the news",
        "EU issues guidelines for chatbot makers",
        "The European Commission published guidelines on Wednesday to help chatbot makers meet "
        "the disclosure and record-keeping obligations of the AI Act.",
        {"guidance-standard"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "the rule an offender broke is what the fine enforces",
        "Telecoms carrier fined 8 million euros",
        "The communications regulator found the carrier had violated the data protection rules "
        "and fined it 8 million euros on Thursday.",
        {"data-security-rule"},
    ),
    (
        "the rule an offender broke (Chinese)",
        "某市市场监管局对一家外卖平台处以罚款",
        "某市市场监管局12月5日公布，一家外卖平台违反《网络交易监督管理办法》，被处以50万元罚款。",
        {"law-regulation"},
    ),
    (
        "an entity list stays an export control, the unreliable entity list does not",
        "商务部将三家外国企业列入不可靠实体清单",
        "商务部12月5日发布公告，决定将三家外国企业列入不可靠实体清单。",
        {"export-control"},
    ),
    (
        "a law named as the source of duties someone meets",
        "EU issues guidelines for chatbot makers",
        "The European Commission published guidelines on Wednesday to help chatbot makers meet "
        "the disclosure and record-keeping obligations of the AI Act.",
        {"law-regulation"},
    ),
    (
        "a rule as the subject of what it did to a business",
        "Chipmaker guides below forecasts, leaves China out",
        "The chipmaker forecast revenue below estimates on Wednesday. Its finance chief said US "
        "export rules had cut the company's China business by half.",
        {"export-control"},
    ),
]

#: (class, title, body): business news in policy words, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a price war's subsidies are a business's",
        "Ride-hailing apps' subsidy war drags into a third month",
        "Two ride-hailing apps kept handing out discount coupons this week as their subsidy war "
        "dragged into a third month, analysts said.",
    ),
    (
        "a club's fine: 部 inside 俱乐部 names no authority",
        "电竞联赛对两家俱乐部作出处罚",
        "某电竞联赛12月5日发布公告，因两家俱乐部违反赛事规则，对其分别处以5万元罚款。",
    ),
    (
        "an insurer covering a share of costs",
        "Insurer to cover half of flood repair bills",
        "The insurer said it will cover half of the repair costs of homes damaged in the floods.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
