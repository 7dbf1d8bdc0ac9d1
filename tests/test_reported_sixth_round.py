"""Reported actions by class of wording, sixth round: sentences written for these tests.

Each class below was found missing (or wrongly reported) on the seventh held-out about set (see
docs/decisions/2026-12-03-reported-signals-sixth-round.md); the articles here are new wording of
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
        "a headline's participle under its attribution",
        "EU probing Alibaba's marketplace sellers, officials say",
        "The European Commission is looking at whether sellers on the marketplace break the "
        "bloc's product safety rules, two officials said.",
        {"enforcement-fine"},
    ),
    (
        "a ban dated from now on, not from long ago",
        "Drone maker moves test flights to Hokkaido",
        "Flights of heavy drones over Japanese cities will be banned from next April, so the "
        "maker is moving its tests to a field in Hokkaido, the transport ministry said.",
        {"restriction"},
    ),
    (
        "a licence that is the news (no offence in the sentence)",
        "Korea to require licences for drone motor exports",
        "South Korea's trade ministry said exporters of drone motors will need a licence from May.",
        {"approval-requirement"},
    ),
    (
        "a document referred back to by its type alone (《意见》)",
        "两部门印发关于推动工业数据开发利用的意见",
        "工业和信息化部、国家数据局近日联合印发《关于推动工业数据开发利用的指导意见》。"
        "《意见》要求，企业应当落实数据安全保护责任，建立数据分类管理制度。",
        {"guidance-standard", "data-security-rule"},
    ),
    (
        "kept off a network by an authority",
        "FCC moves to keep routers with Chinese chips off US networks",
        "The Federal Communications Commission on Monday proposed a rule that would keep home "
        "routers built around Chinese modems off American broadband networks.",
        {"restriction"},
    ),
    (
        "a cap on how much people may spend",
        "Beijing to cap how much minors can tip livestreamers",
        "China's internet regulator said it would cap how much users under 18 can spend on "
        "tips to livestream hosts each month.",
        {"restriction"},
    ),
    (
        "an after-sale service curbed",
        "Japan to curb servicing of chip tools in China, Nikkei says",
        "Japan plans to require licences for repairs and maintenance of lithography machines "
        "installed at Chinese plants, the Nikkei reported.",
        {"restriction", "export-control"},
    ),
    (
        "a ban on a long coordinated object",
        "Bill would stop city agencies buying Chinese drones",
        "Two state senators introduced a bill that would bar city councils, school boards and "
        "police forces from buying drones made in China.",
        {"restriction", "law-regulation"},
    ),
    (
        "a prohibition with a modal and a trade verb",
        "Seoul tightens rules on drone parts exports",
        "Exporters of flight controllers may not ship them to military buyers abroad from "
        "June, the trade ministry said.",
        {"restriction"},
    ),
    (
        "a licence taken away as a sanction",
        "Singapore regulator to revoke crypto broker's licence",
        "The Monetary Authority of Singapore will revoke the payment licence of a crypto "
        "broker that failed to check its customers, the authority said.",
        {"enforcement-fine"},
    ),
    (
        "a data rule named by the data it governs",
        "Washington bans sales of Americans' location data to foreign brokers",
        "The Commerce Department on Friday banned sales of Americans' location and biometric "
        "data to brokers controlled from abroad.",
        {"data-security-rule", "restriction"},
    ),
    (
        "data sent abroad with a recipient named",
        "Ministry fines clinic chain over patient scans sent abroad",
        "China's health ministry said a clinic chain had transferred patients' imaging data to "
        "an overseas research partner, and fined it 1 million yuan.",
        {"data-security-rule", "enforcement-fine"},
    ),
    (
        "an authority rejecting a deal",
        "Canberra rejects Chinese-backed bid for lithium refiner",
        "Australia's treasury department rejected a Hong Kong fund's plan to buy a 40 percent "
        "stake in a lithium refiner in Western Australia, citing national interest.",
        {"investment-screening"},
    ),
    (
        "a law proposed with its scope named between",
        "Commission proposes EU drone act",
        "The European Commission on Tuesday proposed an EU drone law that would require "
        "operators of delivery drones to obtain authorisation before flying over towns.",
        {"law-regulation", "approval-requirement"},
    ),
    (
        "a guide to filing for a security assessment (申报指南) is guidance",
        "网信办发布个人信息保护认证申报指南",
        "国家互联网信息办公室近日发布《个人信息保护认证申报指南》，明确申报材料和办理流程。",
        {"guidance-standard"},
    ),
]

#: (class, title, body, kinds that must not be reported): background and kind confusions.
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a participle in a body sentence is no headline",
        "Game studio opens office in Montreal",
        "The studio opened an office in Montreal on Monday. Executives of the publisher being "
        "investigated by the regulator met staff there.",
        {"enforcement-fine"},
    ),
    (
        "a state dated from long ago ('since' an earlier year)",
        "Seoul lawmakers pass bill on e-scooter rentals",
        "South Korea's parliament on Thursday passed a bill that would make rental firms check "
        "riders' driving licences. Riding e-scooters on pavements has been banned since 2014, "
        "but the police rarely enforced it.",
        {"restriction"},
    ),
    (
        "the time before an earlier ban",
        "Korean regulator fines bank over call recordings",
        "The Financial Supervisory Service fined a bank 300 million won for keeping customer "
        "calls on a foreign cloud. The bank said it had moved the files abroad before the ban "
        "and would bring them back.",
        {"restriction"},
    ),
    (
        "a missing licence is the offence a fine answers",
        "Customs fines drone parts exporter",
        "Customs officers fined an exporter 2 million yuan for shipping drone motors to Russia "
        "without a licence.",
        {"approval-requirement"},
    ),
    (
        "a missing licence is the offence, Chinese",
        "海关通报违规出口案件",
        "海关总署通报，今年以来共查获未经许可出口无人机电机案件12起，对涉案企业处以罚款。",
        {"approval-requirement"},
    ),
    (
        "a company's own ban, Chinese, under an attribution",
        "知情人士：百度禁止员工使用外部代码助手",
        "据知情人士透露，百度近日在内部发布通知，禁止员工在工作电脑上使用外部代码助手。",
        {"restriction"},
    ),
    (
        "a board's approval is a company's decision",
        "阿里巴巴董事会批准新一轮股份回购",
        "阿里巴巴集团周五表示，董事会已批准一项规模为100亿美元的股份回购计划。",
        {"approval-requirement"},
    ),
    (
        "a document's full title in a later sentence refers back to nothing",
        "网信办通报三款违规收集个人信息的应用",
        "国家互联网信息办公室通报三款应用违规收集个人信息，责令限期整改。"
        "《移动互联网应用程序信息服务管理规定》要求，应用提供者应当履行信息安全管理责任。",
        {"law-regulation"},
    ),
    (
        "a sales ban in a market is no export control",
        "Indonesia lifts ban on phone sales",
        "Indonesia's industry ministry lifted a ban on sales of a foreign phone model after its "
        "maker agreed to build a plant on Batam.",
        {"export-control"},
    ),
    (
        "the guide of a call for funding projects (项目申报指南) is no guidance",
        "某市发布科技企业项目申报指南",
        "该市科技局发布年度科技企业项目申报指南，企业可于下月起提交材料。",
        {"guidance-standard"},
    ),
    (
        "a power to revoke is no act",
        "Thailand's new crypto law",
        "Under the law, the regulator can revoke the licence of a broker that misleads its "
        "customers.",
        {"enforcement-fine"},
    ),
]

#: General news in policy-sounding words: no signal at all.
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a company keeping its own servers off a network (no authority)",
        "Bank keeps backup servers off the public internet",
        "The bank keeps its backup servers off public networks, its technology chief said.",
    ),
    (
        "a parent's cap in an app (no authority)",
        "App lets parents cap how much children spend",
        "Parents can now cap how much their children spend in the game each week, the "
        "developer said.",
    ),
    (
        "a carmaker curbing its servicing costs (no authority)",
        "Carmaker to curb servicing costs",
        "The carmaker will curb servicing costs by training more mechanics, its chief said.",
    ),
    (
        "an airline barring items from its cabins (no authority)",
        "Airline bars scooters, hoverboards and large bags from cabins",
        "The airline said it bars scooters, hoverboards, heavy bags and large instruments from "
        "its cabins.",
    ),
    (
        "shareholders rejecting a bid (no authority)",
        "Shareholders reject takeover bid for brewer",
        "Shareholders of the brewer rejected a takeover bid from a rival on Thursday.",
    ),
    (
        "a platform's subsidy campaign (补贴活动, 补贴规模)",
        "外卖平台缩减补贴规模",
        "多家外卖平台表示，将合理控制补贴规模，暂停部分补贴活动。",
    ),
    (
        "earnings guidance on growth (增长指引)",
        "某电商公司下调全年收入增长指引",
        "公司将全年收入增长指引下调至8%。",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
