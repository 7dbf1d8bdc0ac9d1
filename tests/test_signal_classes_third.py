"""Reported actions by class of wording, third round: sentences written for these tests.

Each class below was found missing on the fourth and third held-out about sets (see
docs/decisions/2026-12-03-reported-signals-third-round.md); the articles here are new wording of
the same class (English and Chinese), so the rules are checked on text they were not written
from. The traps are business news, comparisons and background that must give no signal, or no
reported signal of the kind named. Run through the whole tagger (signals, salience, reported).
"""

from __future__ import annotations

import pytest

from bench.common import ROOT
from nlp.entities import load_tagger
from policywatch_core.config import load_watchlist
from tests.signal_support import assert_no_signal, assert_not_reported, assert_reports

#: (class, title, body, kinds that must be reported)
CLASSES: list[tuple[str, str, str, set[str]]] = [
    (
        "export curbs to a destination",
        "Seoul curbs memory-chip shipments to Russia",
        "South Korea's trade ministry on Tuesday widened its controls on high-bandwidth memory, "
        "barring domestic makers from shipping the parts to Russian buyers.",
        {"export-control", "restriction"},
    ),
    (
        "export curbs to a destination, a cap on sales",
        "Washington weighs a cap on AI accelerator sales to Indonesia",
        "The Commerce Department is drafting rules that would cap sales of advanced accelerators "
        "to Indonesia, two officials said.",
        {"export-control"},
    ),
    (
        "causative headline: make X seek approval",
        "Canberra to make cloud providers seek approval before moving health records offshore",
        "Australia's health minister said on Monday that providers would need the department's "
        "sign-off for each transfer from July.",
        {"approval-requirement"},
    ),
    (
        "causative headline: a plan to make X register",
        "Ottawa drops plan to make chatbot makers register their models",
        "Canada's industry minister said on Thursday the registry would not go ahead this year.",
        {"approval-requirement"},
    ),
    (
        "an authority approves a named company's request",
        "Seoul approves Hanwha plan to build drone-engine plant in Poland",
        "South Korea's trade ministry on Friday approved Hanwha's request to move the technology "
        "abroad, clearing the way for production from 2028.",
        {"approval-requirement"},
    ),
    (
        "the idiom of approval near an authority",
        "Chip designer gets Commerce Department nod to ship AI servers to Vietnam",
        "The company said on Monday it had been cleared to ship 4,000 servers to a data centre "
        "near Hanoi.",
        {"approval-requirement"},
    ),
    (
        "a court halts a law",
        "Judge halts Ohio's social media age-check law",
        "A federal judge on Tuesday blocked Ohio from enforcing a law that would have required "
        "platforms to verify the age of every user.",
        {"law-regulation"},
    ),
    (
        "approvals stopped",
        "Hanoi stops approving new crypto-mining farms",
        "Vietnam's industry ministry has stopped approving power connections for new mining farms"
        " until the grid is upgraded, an official said.",
        {"restriction"},
    ),
    (
        "the idiom of investment screening",
        "Berlin calls in Chinese bid for robot-arm maker",
        "Germany's economy ministry has opened an in-depth review of a Chinese group's offer for "
        "the Augsburg company, a spokesperson said.",
        {"investment-screening"},
    ),
    (
        "the earliest match of a kind in a sentence",
        "Tokyo signs off on Hitachi sensor deal",
        "Japan's government has cleared Hitachi's acquisition of a British sensor maker after a "
        "national security review, the finance ministry said.",
        {"investment-screening"},
    ),
    (
        "formal proceedings opened",
        "Brussels opens proceedings against Meta over ad targeting",
        "The European Commission on Monday opened formal proceedings against Meta over how it "
        "targets advertising at teenagers.",
        {"enforcement-fine"},
    ),
    (
        "a settlement of charges",
        "Drone-parts maker pays $3 million over shipments to Iran",
        "A Florida drone-parts maker has agreed to pay a 3 million dollar civil penalty to settle "
        "charges that it shipped motors to Iran, the Commerce Department said.",
        {"enforcement-fine"},
    ),
    (
        "an order to stop sending data",
        "Regulator orders ride-hailing app to stop sending rider data abroad",
        "Indonesia's communications ministry ordered the company to stop, within 60 days, sending "
        "the personal data of Indonesian riders to servers in Singapore.",
        {"data-security-rule"},
    ),
    (
        "pressure short of an order",
        "Regulators urge state banks to pause purchases of foreign AI servers - sources",
        "Chinese regulators have urged the largest state banks to pause new orders for foreign "
        "servers, two people familiar with the matter said.",
        {"restriction"},
    ),
    (
        "an order to give something up",
        "Provincial government orders hospitals to drop foreign-made servers",
        "Hospitals in the province must replace servers with foreign processors by 2028, the "
        "provincial health commission said.",
        {"restriction"},
    ),
    (
        "money for a named recipient, headline grammar",
        "Tokyo weighs another 200 billion yen for domestic AI chip designer",
        "Japan's industry ministry is considering further support for the designer, the Nikkei "
        "reported.",
        {"subsidy-funding"},
    ),
    (
        "an authority backs a fund",
        "State Council backs fund for industrial software, Xinhua says",
        "China's cabinet approved a fund of 30 billion yuan for makers of industrial software, "
        "the Xinhua news agency reported.",
        {"subsidy-funding"},
    ),
    (
        "a headline participle is the news",
        "Four drone makers blacklisted by Washington over military ties",
        "Four Chinese drone makers were added to the US entity list on Tuesday.",
        {"restriction", "export-control"},
    ),
    (
        "Chinese: the full name of the investment security review",
        "外商投资安全审查工作机制对一宗芯片企业收购启动安全审查",
        "国家发展改革委12月1日发布公告称，工作机制办公室决定对一家外国基金收购国内芯片企业一事进行审查。",
        {"investment-screening"},
    ),
    (
        "Chinese: a draft amendment read by the legislature",
        "个人信息保护法修正草案提请审议",
        "全国人大常委会会议12月1日首次审议了个人信息保护法修正草案，草案拟完善个人信息出境规则。",
        {"law-regulation"},
    ),
    (
        "Chinese: a ministry order by number",
        "工业和信息化部令第12号",
        "《工业互联网安全管理办法》已经部务会议审议通过，现予公布，自2027年1月1日起施行。",
        {"law-regulation"},
    ),
    (
        "Chinese: a regulator's bulletin of a campaign",
        "网信办通报专项整治典型案例 12款应用被下架",
        "国家网信办12月2日通报了第二批典型案例，各地网信部门依法下架违规应用12款。",
        {"enforcement-fine"},
    ),
    (
        "Chinese: a national research programme's call for projects",
        "科技部发布重点专项2027年度项目申报指南",
        "科技部12月1日发布通知，启动智能芯片重点专项2027年度项目申报。",
        {"subsidy-funding"},
    ),
]

#: (class, title, body, kinds that must NOT be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a power a law grants is no enforcement act",
        "Thailand's deepfake law takes effect",
        "Under the law, passed in June, the election commission can order platforms to remove "
        "unlabelled videos within a day.",
        {"enforcement-fine", "restriction"},
    ),
    (
        "a court blocking a government from enforcing a law restricts no one",
        "Court pauses Utah's app-store age law",
        "A federal judge blocked Utah from enforcing a law that would have made app stores check "
        "ages.",
        {"restriction"},
    ),
    (
        "Chinese: restrictive conditions of a merger clearance are no ban",
        "市场监管总局附加限制性条件批准一宗芯片企业并购",
        "市场监管总局12月1日发布公告，附加限制性条件批准该交易。",
        {"restriction"},
    ),
    (
        "Chinese: a call for projects is no guidance",
        "科技部发布重点专项项目申报指南",
        "科技部12月1日发布通知，启动重点专项项目申报。",
        {"guidance-standard"},
    ),
    (
        "the conduct a settlement answers is background",
        "Parts distributor pays $5 million to settle export charges",
        "A Texas distributor agreed to pay a 5 million dollar civil penalty to settle charges "
        "that it shipped chips to a company on the entity list without a licence, the Commerce "
        "Department said.",
        {"approval-requirement"},
    ),
    (
        "a buyer's bid is no subsidy",
        "Chinese-backed fund to buy stake in Ohio lidar maker",
        "The fund offered 420 million dollars for a 30% stake, the lidar maker said.",
        {"subsidy-funding"},
    ),
    (
        "a title's context goes on in a later sentence",
        "Chip-tool maker's orders climb to a record amid tighter US curbs",
        "Orders rose 30% in the quarter, the company said on Wednesday. Its finance chief told "
        "analysts that the latest US restrictions on equipment sales had delayed two shipments.",
        {"restriction"},
    ),
    (
        "a state dated from the past is history",
        "Drone maker's sales double in Europe",
        "The company's European sales doubled in the year to September, it said. The firm has "
        "been on the US entity list since 2020.",
        {"export-control"},
    ),
]

#: General business and other news that must give no signal at all.
QUIET: list[tuple[str, str]] = [
    (
        "Actress gets Oscar nod for war-drama role",
        "The actress was nominated on Tuesday for her role as a field nurse, her agent said.",
    ),
    (
        "Retailer's sales to Europe capped by weak demand",
        "Weak demand limited sales to Europe in the third quarter, the retailer said, and its "
        "shares fell 4%.",
    ),
    (
        "Tech giant plans $5 billion for share buybacks",
        "The company said it would spend 5 billion dollars on buybacks over two years.",
    ),
    (
        "Asset manager launches a fund for clean-energy start-ups",
        "The asset manager said its new fund of 300 million dollars would back young companies.",
    ),
    (
        "Shipping group beats rivals as container rates climb",
        "The group's profit rose 20%, ahead of larger rivals such as Maersk, it said on Friday.",
    ),
    (
        "芯片企业三季度营收同比增长三成",
        "公司表示，受益于数据中心需求，三季度营收同比增长三成，股价当日上涨5%。",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


@pytest.mark.parametrize(("name", "title", "body", "kinds"), CLASSES, ids=[c[0] for c in CLASSES])
def test_each_class_reports_its_action(tagger, name, title, body, kinds):
    assert_reports(tagger, title, body, kinds)


@pytest.mark.parametrize(("name", "title", "body", "kinds"), TRAPS, ids=[c[0] for c in TRAPS])
def test_traps_do_not_report_the_kind(tagger, name, title, body, kinds):
    assert_not_reported(tagger, title, body, kinds)


@pytest.mark.parametrize(("title", "body"), QUIET, ids=[q[0] for q in QUIET])
def test_general_news_gives_no_signal(tagger, title, body):
    assert_no_signal(tagger, title, body)
