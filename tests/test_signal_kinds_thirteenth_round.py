"""Signal kinds no rule found, thirteenth round, with sentences written for these tests.

The classes are the kinds a blind set reported in wording no rule held (see
docs/decisions/2026-12-04-reported-signals-thirteenth-round.md), each in new wording:

1. revocations, removals and lifts as acts: a licence or a special status revoked by an
   authority (`restriction`), parties taken off an export list (`export-control` and
   `restriction`), a block or a ban lifted (`restriction`); a company revoking its own
   partner's licence stays no restriction;
2. law-making steps in new forms: a committee recommending a law, a court order stopping an
   agency from enforcing a rule, a draft decree withdrawn, a revision hinted at (the next
   revision, a proposal to the legislature; 适时修订 of a list stays no law);
3. Chinese forms: traditional script read by the same cues as simplified (須經, 實體清單, 投資審查),
   apps named for collecting personal information (`data-security-rule`), a rectification
   demanded with a long deadline between, a certificate's fee cancelled (合格证: an approval),
   an order to use domestic products only (只使用国产), a suspension from taking new projects
   (暂停……承接), rules on data trading (数据交易);
4. money and security wording: a fund by its amount, costs refunded and money awarded by an
   authority (`subsidy-funding`), security regulations (`data-security-rule`); damages a jury
   awards are none.

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
        "revocation: a licence revoked by a ministry is a restriction",
        "Canberra revokes drone maker's servicing licence",
        "Australia's defence ministry has revoked the licence that let a Perth drone maker repair "
        "flight controllers for buyers in the Gulf, the ministry said on Monday.",
        {"restriction"},
    ),
    (
        "revocation: a special status withdrawn by a bureau is a restriction",
        "US bureau to withdraw trusted-buyer status of two Korean fabs",
        "The Bureau of Industry and Security said on Tuesday it would withdraw the trusted-buyer "
        "status of two Korean-owned fabs in Wuxi, so each delivery of American tools will need a "
        "licence from June.",
        {"restriction"},
    ),
    (
        "removal: parties taken off an export list",
        "Washington takes eleven Chinese labs off Unverified List",
        "The Commerce Department took eleven Chinese laboratories off its Unverified List on "
        "Tuesday after completing checks on how they use American equipment.",
        {"export-control", "restriction"},
    ),
    (
        "lift: a block on an app lifted by a regulator",
        "Jakarta lifts block on Chinese video app",
        "Indonesia's communications ministry has lifted the block it placed on a Chinese short "
        "video app last year, after the company opened an office in the country.",
        {"restriction"},
    ),
    (
        "law-making: a committee recommends a law",
        "Senate committee urges law on age checks for chatbots",
        "In a report published on Thursday, a Senate committee recommended that the government "
        "bring forward legislation obliging chatbot providers to verify the age of their users.",
        {"law-regulation"},
    ),
    (
        "law-making: a court order stops an agency from enforcing a rule",
        "Court pauses drone registration rule",
        "A federal judge in Texas on Wednesday issued an order that stops the aviation agency from "
        "enforcing its new drone registration rule while the lawsuit goes on.",
        {"law-regulation"},
    ),
    (
        "law-making: a draft decree withdrawn",
        "Ministry pulls platform decree",
        "The Thai digital ministry has withdrawn the draft implementing decree for its platform "
        "act after complaints from online sellers, an official said on Friday.",
        {"law-regulation"},
    ),
    (
        "law-making: a revision hinted at, a proposal to the legislature",
        "Interview: Korea's science ministry on what follows the platform law",
        "The science ministry's director for AI policy said in an interview that the next "
        'revision of the platform law should cover app stores as well. "We hope to send a proposal '
        'to the National Assembly next year," she said.',
        {"law-regulation"},
    ),
    (
        "traditional script: an approval duty (須經) and an investment review (投資審查)",
        "經濟部：赴陸投資先進封裝須經投資審查",
        "經濟部今天公告，國內業者赴中國大陸投資先進封裝廠須經投資審查，新規定自下月起施行。",
        {"approval-requirement", "investment-screening"},
    ),
    (
        "traditional script: a listing on an entity list (實體清單)",
        "美國商務部將三家陸企列入實體清單",
        "美國商務部週二宣布，將三家中國大陸無人機零件業者列入實體清單。",
        {"export-control"},
    ),
    (
        "通报 of apps collecting personal information, a rectification demanded",
        "省通信管理局通报9款违规App",
        "省通信管理局今天通报了9款App，这些App存在违规收集个人信息、强制索取权限等问题。"
        "通信管理局要求相关运营企业在十五个工作日内完成全部整改。",
        {"data-security-rule", "enforcement-fine"},
    ),
    (
        "取消 of a certificate's fee: the approval regime",
        "民航局取消无人机型号合格证申请费",
        "中国民用航空局今天宣布，自下月起取消民用无人机型号合格证的申请费用。",
        {"approval-requirement"},
    ),
    (
        "an order to use domestic products only",
        "外媒：有关部门要求国有云平台只使用国产服务器",
        "据外媒报道，有关部门已口头要求国有云平台新建机房只使用国产服务器。",
        {"restriction"},
    ),
    (
        "a suspension from taking new projects",
        "市数据局暂停一家云服务商承接新项目",
        "市数据局今天通报，因安全检查不合格，决定暂停该云服务商承接新的政务项目。",
        {"restriction"},
    ),
    (
        "rules on data trading",
        "杭州市发布数据交易管理办法",
        "杭州市人民政府今天印发数据交易管理办法，明确数据交易场所和交易主体的责任。",
        {"data-security-rule"},
    ),
    (
        "money: a fund by its amount",
        "Madrid unveils chip push with 5 billion euro fund",
        "The Spanish government on Tuesday unveiled a chip push with a 5 billion euro fund aimed "
        "at design start-ups.",
        {"subsidy-funding"},
    ),
    (
        "money: costs refunded by a province",
        "Sichuan to refund start-ups' data centre bills",
        "The Sichuan provincial government will refund 40% of the data centre bills of AI "
        "start-ups registered in Chengdu from July, officials said.",
        {"subsidy-funding"},
    ),
    (
        "money: an award by a department",
        "Commerce Department awards chip packager $300 million",
        "The Commerce Department has awarded an Arizona chip packager $300 million to build a "
        "second plant, officials said.",
        {"subsidy-funding"},
    ),
    (
        "security wording: a security regulation by its title",
        "国务院通过工业软件安全条例草案",
        "国务院常务会议今天审议通过《工业软件安全条例（草案）》。",
        {"data-security-rule"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "revocation: a company revoking its partner's licence is no restriction",
        "Chatbot maker revokes reseller's licence",
        "A chatbot maker revoked the reseller licence of a partner that sold accounts without "
        "paying, a spokeswoman said on Friday.",
        {"restriction"},
    ),
    (
        "lift: a company lifting its own staff ban is no restriction",
        "Phone maker lifts internal chatbot ban",
        "A phone maker lifted its internal ban on staff using outside chatbots after it built its "
        "own assistant, a spokesman said.",
        {"restriction"},
    ),
    (
        "law-making: a patent injunction between two companies is no law",
        "Court bars rival from selling phones",
        "A court granted a phone maker an injunction that bars a rival from selling handsets using "
        "its patented camera module.",
        {"law-regulation"},
    ),
    (
        "money: damages a jury awards are no subsidy",
        "Jury awards inventor $3 million",
        "A federal jury awarded an inventor $3 million in damages on Monday after finding that a "
        "chipmaker had copied his design.",
        {"subsidy-funding"},
    ),
    (
        "law-making (Chinese): a list revised when the time is right is no law-making",
        "国家数据局：将适时修订数据目录",
        "国家数据局新闻发言人在今天的新闻发布会上表示，将根据企业反映的问题适时修订公共数据目录。",
        {"law-regulation"},
    ),
    (
        "revocation: a licence of a firm pulled as a sanction is no restriction",
        "Monetary authority to revoke payment firm's licence",
        "The monetary authority said on Monday it would revoke the e-money licence of a payment "
        "firm that failed anti-money-laundering checks.",
        {"restriction"},
    ),
    (
        "data trading: an exchange's business is no data rule",
        "数据交易所成交额创新高",
        "某数据交易所今天公布，上月成交额创下新高，交易所表示将继续扩大业务。",
        {"data-security-rule"},
    ),
]

NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a company's own fund and its revoked discount",
        "Games firm starts studio fund",
        "A games firm said on Monday it had set aside part of its cash to back small studios, and "
        "that it had ended a discount for older customers.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
