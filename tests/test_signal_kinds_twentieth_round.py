"""Reported signals, twentieth round: acts with no known duty verb, by head noun; money and
conditions planned; a wire factbox's rules; over-reads of a trade body's letter and of a ban
that goes on.

Classes (see docs/decisions/2026-12-05-reported-signals-twentieth-round.md), in English and
Chinese where the class has both, every sentence written for these tests:

1. acts by head noun or construction: an age check in a Chinese rule (``restriction``); a
   registration with an authority (``approval-requirement``); a certificate a scheme requires or
   grants (``approval-requirement``); graded protection, 等级保护 (``data-security-rule``); an
   audit ordered (``enforcement-fine``); guidance withdrawn (``guidance-standard``); a grant
   clawed back (``subsidy-funding``); a takedown order (``restriction``); an investigation
   suspended, 中止调查 (``enforcement-fine``); support given, 给予支持 (``subsidy-funding``); a
   binding target, 约束性指标 (``guidance-standard``);
2. money and conditions planned: "plans to spend ... on", "set aside in ... budget", conditions
   attached to state aid, grants cut (``subsidy-funding``), conditions on licences
   (``approval-requirement``); and near forms of the same misses: a limit ordered ("told ... to
   limit", ``restriction``), a bill vetoed (``law-regulation``), a prosecutors' probe and a
   search of offices (``enforcement-fine``);
3. a wire factbox: the rules it lists are reported, whatever their dates.

Traps (precision): a company's profit guidance withdrawn, a firm recovering from a fire, thanks
for support (给予的支持), a company's own spending or provision, a firm's own audit, a
registration done, a certificate named in passing with a past date, an English age-check duty
(the read sets give it the law's kind), a trade body urging a government not to act (no act), a
ban that goes on ("still bar"), a factbox's fines and its ban word used as an adjective.

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
        "age check (Chinese): a notice requires it",
        "网络游戏将严格年龄核验",
        "国家新闻出版署发布通知，要求网络游戏企业对所有新注册用户进行年龄核验。",
        {"restriction"},
    ),
    (
        "registration: brokers must register with the regulator",
        "Crypto brokers face a registry",
        "The finance ministry published rules on Tuesday requiring crypto brokers to register "
        "with the securities regulator before they take client money.",
        {"approval-requirement"},
    ),
    (
        "registration (Chinese): 向……部门登记",
        "跨境电商平台须登记",
        "商务部发布办法，要求跨境电商平台向所在地商务主管部门登记。",
        {"approval-requirement"},
    ),
    (
        "certificate: needed under a scheme",
        "Chatbots for schools need a certificate",
        "From March, vendors selling chatbots to schools will need a certificate under the "
        "education ministry's new safety scheme, the ministry said.",
        {"approval-requirement"},
    ),
    (
        "certificate: won from an agency",
        "Alibaba Cloud wins Singapore security certificate",
        "Alibaba Cloud has obtained a security certificate from Singapore's cyber agency for its "
        "local data centre, the company said.",
        {"approval-requirement"},
    ),
    (
        "graded protection (Chinese): a test required",
        "医院网络安全迎来新要求",
        "国家卫生健康委印发通知，要求三级医院在年底前完成网络安全等级保护测评。",
        {"data-security-rule"},
    ),
    (
        "audit: ordered by a regulator",
        "Regulator orders audit of bank's AI lending model",
        "The banking regulator has ordered an external audit of the lender's credit-scoring "
        "algorithm, it said on Tuesday.",
        {"enforcement-fine"},
    ),
    (
        "audit (Chinese): 要求……开展审计",
        "网信办要求平台开展算法审计",
        "国家网信办要求某电商平台在两个月内委托第三方对其定价算法开展安全审计。",
        {"enforcement-fine"},
    ),
    (
        "guidance withdrawn",
        "Regulator scraps its chatbot guidance",
        "The data protection authority has withdrawn its guidance on training chatbots with "
        "scraped data, it said on Wednesday.",
        {"guidance-standard"},
    ),
    (
        "guidance withdrawn (Chinese): 废止……指引",
        "监管部门废止算法指引",
        "市场监管总局宣布废止2021年发布的平台算法合规指引。",
        {"guidance-standard"},
    ),
    (
        "clawback: part of a grant recovered",
        "Ministry wants its money back",
        "The industry ministry said it would recover 40 million euros of the grant paid to the "
        "battery maker after the plant was delayed.",
        {"subsidy-funding"},
    ),
    (
        "clawback (Chinese): 追回……资金",
        "工信部追回车企资金",
        "工业和信息化部决定追回一家车企骗取的推广应用资金。",
        {"subsidy-funding"},
    ),
    (
        "takedown: platforms directed to take down clips",
        "Regulator acts on fake clips",
        "The media regulator directed three video platforms to take down the doctored clips of "
        "the minister within a day.",
        {"restriction"},
    ),
    (
        "takedown (Chinese): 通知……移除",
        "网信办出手处置虚假视频",
        "广东省网信办已通知两家短视频平台在十二小时内移除涉事虚假视频。",
        {"restriction"},
    ),
    (
        "investigation suspended (Chinese): 中止……调查",
        "市场监管总局中止调查",
        "市场监管总局决定中止对一家外卖平台涉嫌垄断行为的调查。",
        {"enforcement-fine"},
    ),
    (
        "support given (Chinese): 给予支持",
        "工信部支持中小企业上云",
        "工信部印发方案，对中小企业购买云计算服务给予支持。",
        {"subsidy-funding"},
    ),
    (
        "binding target (Chinese): 约束性指标",
        "规划首设能耗新指标",
        "国家发展改革委印发规划，将数据中心能耗强度下降列为约束性指标。",
        {"guidance-standard"},
    ),
    (
        "money planned: plans to spend on",
        "Spain to build a quantum computer",
        "Spain plans to spend about 200 million euros on a quantum computer for its "
        "universities, the science ministry said.",
        {"subsidy-funding"},
    ),
    (
        "money planned: set aside in a budget",
        "Chip courses for students",
        "The government will set aside 50 million pounds in next year's budget for chip design "
        "courses, officials said.",
        {"subsidy-funding"},
    ),
    (
        "conditions attached to state aid",
        "Rome weighs strings on battery plants",
        "The Italian government said a local hiring condition would be attached to state aid "
        "for new battery plants.",
        {"subsidy-funding"},
    ),
    (
        "conditions on licences",
        "Washington weighs new terms for AI chips",
        "Commerce Department officials are weighing new conditions on licences for AI "
        "accelerators shipped to Southeast Asia.",
        {"approval-requirement"},
    ),
    (
        "a limit ordered: told to limit users",
        "Central bank acts on online lenders",
        "The banking regulator has told online lenders to limit borrowers who have not verified "
        "their income to loans of 20,000 yuan, according to a notice seen by reporters.",
        {"restriction"},
    ),
    (
        "grants cut by the government that gives them",
        "Seoul to trim chip aid",
        "South Korea's industry ministry plans to cut the grants promised for two memory plants, "
        "officials said.",
        {"subsidy-funding"},
    ),
    (
        "a bill vetoed is the law it would have been",
        "Governor rejects data broker measure",
        "The governor vetoed a bill on Friday that would have required data brokers to delete "
        "records on request.",
        {"law-regulation"},
    ),
    (
        "a prosecutors' probe and a search of offices",
        "Drone maker in trouble",
        "Prosecutors are investigating whether a drone maker sold parts to a sanctioned buyer in "
        "breach of export rules, people familiar said. Investigators searched the company's "
        "offices on Monday.",
        {"enforcement-fine"},
    ),
    (
        "audit (Chinese): an order with a long object",
        "视频平台推荐算法受关注",
        "周三，国家网信办通知某视频平台，要求其在两个月内委托第三方机构对推荐算法开展安全审计。",
        {"enforcement-fine"},
    ),
    (
        "factbox: the rules it lists, dated or not",
        "FACTBOX-India's rules for online gaming",
        "India has layered several rules on online gaming. Here are the main ones. Real-money "
        "games were banned by a law passed in August 2025. Operators have had to register with "
        "the sports ministry since 2024.",
        {"restriction", "law-regulation", "approval-requirement"},
    ),
]

#: (trap, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a company's profit guidance withdrawn",
        "Retailer pulls forecast",
        "The retailer withdrew its full-year profit guidance on Thursday as state sales slowed.",
        {"guidance-standard"},
    ),
    (
        "a firm recovering from a fire keeps its grant",
        "Battery maker back on track",
        "The ministry said the battery maker had recovered from last year's fire and its grant "
        "remained in place.",
        {"subsidy-funding"},
    ),
    (
        "thanks for support (Chinese)",
        "公司致谢",
        "公司在年报中感谢各级政府部门给予的支持。",
        {"subsidy-funding"},
    ),
    (
        "a company's own provision",
        "Legal costs weigh on results",
        "The company set aside 200 million dollars for legal costs after a court ruling.",
        {"subsidy-funding"},
    ),
    (
        "a firm's own audit of its accounts",
        "Bank results",
        "KPMG completed its audit of the lender's accounts in March, the bank said, and the "
        "regulator raised no concerns.",
        {"enforcement-fine"},
    ),
    (
        "a registration done (Chinese)",
        "公司完成登记",
        "该公司已于去年向所在地市场监管部门办理登记。",
        {"approval-requirement"},
    ),
    (
        "an English age-check duty reports the law's kind, not a restriction",
        "State passes app store age law",
        "The state legislature on Tuesday passed a law requiring app stores to verify users' "
        "ages before they download apps rated for adults.",
        {"restriction"},
    ),
    (
        "a trade body urging a government not to act",
        "Carmakers' association urges Brussels not to extend battery curbs",
        "The carmakers' association wrote to the Commission on Tuesday asking it to keep battery "
        "imports open.",
        {"restriction"},
    ),
    (
        "a ban that goes on is the setting of a certificate's news",
        "Huawei cloud wins Dutch security certificate",
        "Huawei Cloud has won a security certificate from the Dutch cyber agency, the company "
        "said. Several Dutch cities still bar Huawei from their networks.",
        {"restriction"},
    ),
    (
        "a factbox's fines and its ban word as an adjective",
        "FACTBOX-Europe's rules for AI models",
        "Here are the main rules. The AI Act took effect in August 2024. A code of practice sets "
        "out how providers filter banned content. Breaches can bring fines under the act.",
        {"enforcement-fine", "restriction"},
    ),
]

#: (name, title, body): general news with the new words, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a pupil's certificate and a club's budget",
        "Prize day at the school",
        "The pupil won a certificate of merit, and the chess club set aside 300 pounds in its "
        "budget for new boards.",
    ),
    (
        "a carmaker cutting its own costs",
        "Carmaker trims costs",
        "The carmaker said it would cut the bonus pool, freeze hiring and limit travel to two "
        "trips a year.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
