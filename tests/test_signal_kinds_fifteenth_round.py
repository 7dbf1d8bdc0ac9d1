"""Signal kinds by vocabulary class, fifteenth round, with sentences written for these tests.

Each class is a family of acts an authority reports that no cue read before this round (see
docs/decisions/2026-12-04-reported-signals-fifteenth-round.md), in English and Chinese:

1. authorities off the actor list: customs, courts, prosecutors, the securities regulator
   (海关, 法院, 检察院, 证监会), provinces and cities;
2. procurement and tender bans: a supplier excluded from public tenders or taken off an
   approved-supplier list, no longer allowed to bid, its bidding qualification cancelled
   (取消……投标资格) (`restriction`);
3. seizures and licences taken: goods seized or impounded by customs (查获, 扣押), a business
   licence revoked or a permit held back (吊销, 暂扣) (`enforcement-fine`);
4. licences refused, renewed and registrations made with a regulator (`approval-requirement`);
5. adequacy decisions on data flows (`data-security-rule`);
6. money in new forms: a government taking an equity stake, tax holidays, exemptions and
   deductions (免征, 加计扣除), vouchers named by what they buy (`subsidy-funding`);
7. bills voted down and executive orders rescinded or withdrawn (`law-regulation`);
8. Taiwan's words for a fine, a penalty and the investment review (罰鍰, 開罰, 投資審議),
   read through the mainland view of the traditional script.

Traps: a company's own tender, a bank's capital adequacy, a results story's tax rebate, a fund
ordered to sell the stake it bought (no state stake), shareholders voting down a pay package;
and the precision classes of `nlp.about` and `nlp.signals`: a rule named as a risk ("could hurt
its sales") or as a cause after a coordinated subject ("where export rules and pressure on
buyers have kept its products out"), a company's own 叫停 after a counted attribution
(据两位知情人士透露) with its own department (业务部门) named, no authority; the regulation a
fine rests on after a bare 依 (依《……条例》对其处以罚款), in both scripts.

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
        "actor: a securities regulator opens a case (证监会)",
        "某芯片公司涉嫌信息披露违规被立案调查",
        "证监会昨日晚间对某芯片设计公司涉嫌信息披露违法违规立案调查。",
        {"enforcement-fine"},
    ),
    (
        "procurement: suppliers excluded from public tenders by a province",
        "Province shuts Chinese camera makers out of school tenders",
        "The provincial government excluded two Chinese camera makers from public tenders for "
        "schools and hospitals on Monday, citing the risk of remote access to the footage.",
        {"restriction"},
    ),
    (
        "procurement: vendors no longer allowed to bid",
        "Chinese lidar makers out of city contracts",
        "Lidar makers headquartered in China may no longer bid for municipal traffic contracts, "
        "the city council decided on Tuesday.",
        {"restriction"},
    ),
    (
        "procurement: a supplier taken off an approved list",
        "Defence ministry drops drone maker from approved suppliers",
        "The defence ministry removed the drone maker from its list of approved suppliers on "
        "Wednesday after an audit of its flight-control software.",
        {"restriction"},
    ),
    (
        "procurement (Chinese): bidding qualification cancelled",
        "两家企业被取消政府采购投标资格",
        "省财政厅日前通报，两家软件企业因提供虚假材料，被取消一年内参加政府采购项目的投标资格。",
        {"restriction"},
    ),
    (
        "seizure: goods seized by customs",
        "Customs officers find graphics cards in a lorry",
        "Customs officers seized 1,800 graphics processors hidden under crates of fruit at the "
        "border crossing on Friday, the customs department said.",
        {"enforcement-fine"},
    ),
    (
        "seizure (Chinese): goods seized by customs (查获)",
        "口岸查获一批未申报的服务器芯片",
        "某海关日前在出境货运渠道查获一批未如实申报的服务器芯片，共计1200片。",
        {"enforcement-fine"},
    ),
    (
        "licence taken (Chinese): a business licence revoked (吊销)",
        "一家网络借贷平台营业执照被吊销",
        "市场监管部门依法吊销了一家网络借贷信息中介平台的营业执照。",
        {"enforcement-fine"},
    ),
    (
        "licence refused: a renewal refused by a regulator",
        "Ride-hailing app loses its operating licence",
        "The transport regulator refused to renew the ride-hailing app's operating licence on "
        "Tuesday, citing unresolved safety complaints from passengers.",
        {"approval-requirement"},
    ),
    (
        "licence renewed by a regulator",
        "Broadcaster keeps its UK channel",
        "The media regulator renewed the broadcasting licence of the state broadcaster's "
        "English-language channel for another five years on Monday.",
        {"approval-requirement"},
    ),
    (
        "registration with a regulator completed",
        "Two more chatbots open to everyone",
        "Two more generative AI services completed registration with the internet regulator on "
        "Friday and may now open to the public.",
        {"approval-requirement"},
    ),
    (
        "data: an adequacy decision",
        "Data can flow freely to Brazil, Commission says",
        "The European Commission adopted an adequacy decision for Brazil on Wednesday, so "
        "companies may send personal data there without extra contracts.",
        {"data-security-rule"},
    ),
    (
        "money: a government takes an equity stake",
        "Government to become chip foundry's largest shareholder",
        "The government will take a 12 percent stake in the domestic foundry in exchange for "
        "loans it made during the downturn, the finance minister said on Monday.",
        {"subsidy-funding"},
    ),
    (
        "money: a tax holiday",
        "Chip packaging plants get ten years without profit tax",
        "The finance ministry announced a ten-year tax holiday for chip packaging plants built "
        "before 2030.",
        {"subsidy-funding"},
    ),
    (
        "money (Chinese): a tax exemption (免征)",
        "符合条件的软件企业两年不缴所得税",
        "财政部、税务总局今天联合发布公告，对符合条件的新办软件企业免征两年企业所得税。",
        {"subsidy-funding"},
    ),
    (
        "money (Chinese): a higher deduction of research spending (加计扣除)",
        "人工智能企业研发投入可多抵税",
        "财政部宣布，人工智能企业研发费用加计扣除比例提高至120%。",
        {"subsidy-funding"},
    ),
    (
        "money: vouchers named by what they buy",
        "Start-ups to get free supercomputer time",
        "The science ministry will hand out compute vouchers to 300 AI start-ups next year, a "
        "spokesman said.",
        {"subsidy-funding"},
    ),
    (
        "Taiwan's words: a fine (處以罰鍰)",
        "雲端業者違反資安規定遭罰",
        "數位發展部依《資通安全管理法》對一家雲端服務業者處以罰鍰新台幣300萬元，並要求限期改善。",
        {"enforcement-fine"},
    ),
    (
        "Taiwan's words: a penalty imposed (開罰)",
        "主管機關對外送平台開罰",
        "公平交易委員會昨天對兩家外送平台開罰，合計新台幣1,200萬元。",
        {"enforcement-fine"},
    ),
    (
        "Taiwan's words: an outbound investment reviewed (投資審議司)",
        "晶片設備商赴美投資案獲准",
        "經濟部投資審議司今天核准一家半導體設備商赴美國投資設廠，金額約新台幣90億元。",
        {"investment-screening"},
    ),
    (
        "law: a bill voted down",
        "State AI safety bill fails",
        "The state senate voted down the frontier model safety bill on Thursday, 17 votes to 22.",
        {"law-regulation"},
    ),
    (
        "law: an executive order withdrawn",
        "Governor pulls chatbot order",
        "The governor withdrew an executive order on state agencies' use of chatbots on Friday, "
        "a month after signing it.",
        {"law-regulation"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a company's own tender",
        "Carmaker narrows battery suppliers",
        "The carmaker excluded two battery suppliers from its tender for next year's cells, "
        "people at the firm said.",
        {"restriction"},
    ),
    (
        "a bank's capital adequacy",
        "Lender's capital buffer grows",
        "The bank said its capital adequacy ratio rose to 14.2 percent at the end of September.",
        {"data-security-rule"},
    ),
    (
        "a results story's tax rebate",
        "Chipmaker's profit beats forecasts",
        "The chipmaker said quarterly profit rose 30 percent, helped by a one-off tax rebate and "
        "strong demand for memory.",
        {"subsidy-funding"},
    ),
    (
        "a fund ordered to sell the stake it bought",
        "Fund told to sell stake in sensor start-up",
        "The Treasury Department ordered the investment fund that bought a 30 percent stake in "
        "the sensor start-up last year to sell it within 120 days.",
        {"subsidy-funding"},
    ),
    (
        "a rule named as a risk in an annual report",
        "Server maker warns on China",
        "The server maker warned in its annual report that export restrictions could hurt its "
        "sales in China next year.",
        {"export-control"},
    ),
    (
        "a rule as the cause of a forecast, with a coordinated subject",
        "Chip designer raises outlook, leaves China out",
        "The chip designer raised its sales outlook for the year on Thursday. Its finance chief "
        "said the outlook counts no revenue from China, where US export rules and pressure on "
        "buyers have kept its products out.",
        {"export-control"},
    ),
    (
        "a company's own 叫停 after a counted attribution",
        "知情人士：腾讯叫停一款射击游戏项目",
        "据两位知情人士透露，腾讯已叫停一款研发中的射击游戏项目，相关团队将转入其他业务部门。",
        {"restriction"},
    ),
    (
        "the regulation a fine rests on, after a bare 依 (simplified)",
        "电商平台被罚50万元",
        "市场监管局依《电子商务平台管理条例》对一家电商平台处以罚款50万元。",
        {"law-regulation"},
    ),
    (
        "the regulation a fine rests on, after a bare 依 (traditional, 罰鍰)",
        "支付業者遭主管機關處分",
        "金融監督管理委員會依《電子支付機構管理條例》對一家支付業者處以罰鍰新台幣200萬元。",
        {"law-regulation"},
    ),
    (
        "shareholders vote down a pay package",
        "Investors reject chief executive's pay",
        "Shareholders voted down the chief executive's pay package at the annual meeting on "
        "Thursday.",
        {"law-regulation"},
    ),
]

NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a supplier tender and a capital ratio in business news",
        "Carmaker picks battery supplier",
        "The carmaker picked a Korean battery maker after a tender among four suppliers, and its "
        "lender said the deal would not change its capital adequacy ratio.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
