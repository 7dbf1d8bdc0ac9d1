"""Reported actions by class of wording, seventh round: sentences written for these tests.

Each class below was found missing (or wrongly reported) on the eighth held-out about set (see
docs/decisions/2026-12-03-reported-signals-seventh-round.md); the articles here are new wording of
the same class, in English and Chinese, so the rules are checked on text they were not written
from. Each class has a positive case (``CLASSES``) and a distractor that must stay background,
report none of the kinds or give no signal (``TRAPS``, ``NO_SIGNAL``). Run through the whole
tagger (signals, salience, reported).
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
        "sensitive data handed on, as the object of a ban",
        "Oregon bans sale of drivers' location data",
        "Oregon's legislature passed a law that bars insurers from selling or sharing "
        "policyholders' location data with brokers, the governor's office said.",
        {"data-security-rule", "restriction"},
    ),
    (
        "an offence against a data rule, after 'fined for'",
        "Clinic chain fined over patient records",
        "A clinic chain was fined 2 million euros by the Dutch data protection authority for "
        "disclosing patients' health records to an insurer, the authority said.",
        {"data-security-rule", "enforcement-fine"},
    ),
    (
        "a later sentence's ban whose object is data",
        "Senate passes bill on foreign DNA labs",
        "The US Senate on Tuesday passed a bill that would bar federal agencies from hiring "
        "DNA labs owned by foreign adversaries. It would also bar universities from sending "
        "students' genetic data to such labs, lawmakers said.",
        {"data-security-rule", "restriction"},
    ),
    (
        "an authority's demand to pause (Chinese, a long object)",
        "知情人士：监管部门要求券商暂停相关业务",
        "据两位知情人士透露，证监会近期要求多家券商暂停与境外加密资产交易平台的引流合作。",
        {"restriction"},
    ),
    (
        "an application due first (Chinese)",
        "交通运输部发布自动驾驶测试新规",
        "交通运输部发布新规，企业在高速公路开展自动驾驶测试须事先申请并报送测试路线。",
        {"approval-requirement"},
    ),
    (
        "a licence with a qualifier between",
        "Japan weighs licences for robot arm exports",
        "Japan is considering requiring makers of industrial robot arms to obtain an individual "
        "licence for shipments to China, the trade ministry said.",
        {"approval-requirement"},
    ),
    (
        "a licence plan in a sentence that names a legislature as addressee",
        "Sweden shelves licence plan for drone parts",
        "Sweden has put on hold a plan to require export licences for drone motors, the trade "
        "minister told parliament on Wednesday.",
        {"approval-requirement"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a company's own conduct after 'fined for' is no ban",
        "Marketplace fined for blocking rival sellers",
        "The competition regulator fined the marketplace 5 million euros for blocking sellers "
        "who listed lower prices elsewhere.",
        {"restriction"},
    ),
    (
        "a step of law-making: an approval from the legislature",
        "EU drone rules head to a vote",
        "The proposal still needs approval from the European Parliament before it can apply.",
        {"approval-requirement"},
    ),
    (
        "a pause of sending data abroad is the data rule's, not a ban of its own",
        "知情人士：某平台被要求暂停向境外传输用户数据",
        "据知情人士透露，网信部门要求该平台暂停向境外总部传输用户数据，直至完成安全评估。",
        {"restriction"},
    ),
    (
        "a customer's approval named as its owner is a business decision",
        "Battery start-up wins airline's approval for cabin power packs",
        "The start-up said its packs passed the carrier's tests and will fly on 40 jets next year.",
        {"approval-requirement"},
    ),
    (
        "two triggers split by a comma are two clauses",
        "美国商务部将两家无人机企业列入实体清单",
        "美国商务部周二宣布将两家中国无人机企业列入实体清单，限制其获取美国技术。两家企业表示强烈反对。",
        {"data-security-rule"},
    ),
    (
        "a rule's requirement whose execution is paused is no order to halt an activity",
        "市场监管总局暂停执行充电桩标准中的年度检测要求",
        "市场监管总局表示，电动汽车充电桩国家标准中的年度检测要求暂停实施，其余条款继续有效。",
        {"restriction"},
    ),
]

#: (class, title, body): business news in policy words, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "earnings guidance on spending (Chinese)",
        "某互联网公司上调全年资本开支指引",
        "该公司周四发布季度业绩，营收同比增长9%，并上调全年资本开支指引，称将继续投入算力建设。",
    ),
    (
        "a company handing on its own data in a deal",
        "Fitness app sells its workout logs business",
        "The fitness app said it had sold its workout logs business to a rival for $40 million.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
