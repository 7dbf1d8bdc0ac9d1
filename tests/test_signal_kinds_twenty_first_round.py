"""Reported signals, twenty-first round: near forms of known acts and acts with no cue; acts read
as background in new shapes; over-reads.

Classes (see docs/decisions/2026-12-05-reported-signals-twenty-first-round.md), in English and
Chinese where the class has both, every sentence written for these tests:

1. near forms of known act classes and acts with no cue: a removal from app stores ordered
   (``restriction``: "take ... off app stores", 要求……下架); a filing to complete before a
   launch and a filing sent back (``approval-requirement``: "complete a filing", 退回……备案); an
   investigation weighed (``enforcement-fine``: "weighing an investigation into", 拟对……立案);
   a campaign (``enforcement-fine``: 专项行动, 严厉打击); an order to delete data
   (``data-security-rule``); sales stopped to a foreign destination (``restriction`` and
   ``export-control``); a draft amendment approved with the day between, and its duty to get
   approval far from the verb; people stopped from moving or taking jobs (``restriction``);
   "could be barred" in a draft's content;
2. acts read as background in new shapes: a listing in traditional script (將……列入……名單, the
   companies after 將 are its object, not its doer; the rule a list belongs to,
   「……辦法」的實體名單, is its basis); conduct rules in a relative clause ("The first rules,
   which take effect immediately, bar ..."); a passive duty on listed parties with a start to
   come ("are barred from ... from next year"); an easing ("no longer need", 不再需要); a
   court-halted law's content ("a law that would have barred"); a filing sent back (above);
6. over-reads: a state fund as a buyer (no ``subsidy-funding``); 叫停 of a subsidy (funding, no
   ``restriction``); an easing's measures taking effect (no new ``law-regulation``); licences
   no longer issued (the halt's restriction, no ``approval-requirement``);
and, for guide question 7, a stake or a buyer cleared by a screening body
(``approval-requirement``, the read sets' practice, 4 of 5 clearances).

Traps (precision): a company's own campaign, sales it stops to retailers, an app it takes off
the stores itself, data it deletes under its own policy, a fund weighing an investment; the
over-reads of class 6; rules that took effect years ago; a listing's ban whose start is past;
a halt of something that is no money (叫停……试点 stays a restriction).

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
        "removal from app stores ordered",
        "Regulator tells studio to pull dating game",
        "The Cyberspace Administration of China has told a Shanghai studio to take its dating "
        "game off app stores until it fixes its chat filter, the studio said.",
        {"restriction"},
    ),
    (
        "removal from app stores ordered (Chinese): 要求……下架",
        "应用商店被要求下架违规应用",
        "工业和信息化部通报称，已要求应用商店下架12款违规收集个人信息的应用程序。",
        {"restriction"},
    ),
    (
        "a filing to complete before a launch",
        "Regulator asks Xiaomi to file its assistant",
        "The Cyberspace Administration of China has asked Xiaomi to complete a filing for its "
        "voice assistant before releasing it nationwide, the company said.",
        {"approval-requirement"},
    ),
    (
        "a filing sent back for changes",
        "Regulator sends back translation app's filing",
        "The Cyberspace Administration of China sent the translation app's filing back for "
        "changes last month, asking for stronger filters, two people said.",
        {"approval-requirement"},
    ),
    (
        "a filing sent back (Chinese): 退回……备案",
        "网信办退回一批算法备案",
        "国家网信办近日退回某公司的算法备案申请，要求其补充安全评估材料。",
        {"approval-requirement"},
    ),
    (
        "an investigation weighed",
        "Brussels mulls probe of cloud licences",
        "The European Commission is weighing an investigation into whether Microsoft's cloud "
        "licences shut out smaller rivals, two officials said.",
        {"enforcement-fine"},
    ),
    (
        "an investigation prepared (Chinese): 拟对……立案",
        "市场监管总局拟对一家外卖平台立案调查",
        "市场监管总局表示，拟对一家外卖平台涉嫌滥用市场支配地位行为立案调查。",
        {"enforcement-fine"},
    ),
    (
        "a campaign (Chinese): 专项行动, 严厉打击",
        "市场监管总局开展直播带货专项行动",
        "市场监管总局部署开展为期三个月的专项行动，严厉打击网络直播虚假宣传行为。",
        {"enforcement-fine"},
    ),
    (
        "an order to delete data",
        "Privacy watchdog orders photo app to erase children's data",
        "Ireland's data protection commission ordered a photo app to delete data it had gathered "
        "from children without consent, the commission said.",
        {"data-security-rule"},
    ),
    (
        "an order to delete data (Chinese): 责令……删除",
        "一款翻译应用被责令删除违规收集的数据",
        "省通信管理局责令一款翻译应用删除违规收集的用户通讯录数据，并限期十日完成。",
        {"data-security-rule"},
    ),
    (
        "sales stopped to a foreign destination",
        "US weighs halting sales of AI chip to China",
        "The United States is weighing rules that would stop sales of a cut-down graphics "
        "processor for data centres to Chinese buyers, officials said.",
        {"restriction", "export-control"},
    ),
    (
        "a draft amendment approved with the day between, its duty far from the verb",
        "Japan's cabinet backs approval for cargo drone flights",
        "Japan's cabinet approved on Tuesday a draft amendment that would require pilots of heavy "
        "cargo drones flying over cities to get approval before each flight.",
        {"law-regulation", "approval-requirement"},
    ),
    (
        "people stopped from taking jobs",
        "Seoul moves to stop battery engineers from moving abroad",
        "South Korea's industry ministry proposed rules on Monday that would stop engineers who "
        "worked on solid-state batteries from taking jobs at foreign rivals for two years.",
        {"restriction"},
    ),
    (
        "could be barred, in a draft's content",
        "Britain publishes draft bill on AI testing",
        "Britain published a draft bill on Tuesday. Firms that ignore an order could be barred "
        "from selling the system in Britain.",
        {"restriction", "law-regulation"},
    ),
]

CLASSES += [
    (
        "a listing in traditional script: 將……列入……名單",
        "經濟部將深度求索、月之暗面列入出口管制實體名單",
        "經濟部國際貿易署8日公告，將深度求索、月之暗面等四家企業列入「戰略性高科技貨品輸出入管理辦法」的"
        "實體名單，即日起廠商出口相關貨品予上述企業須事先申請許可。",
        {"export-control", "restriction", "approval-requirement"},
    ),
    (
        "conduct rules in a relative clause after a designation",
        "UK regulator designates Google search",
        "Britain's competition regulator on Tuesday designated Google's search engine as having "
        "strategic market status. The first rules, which take effect immediately, bar Google "
        "from favouring its own shopping results.",
        {"restriction"},
    ),
    (
        "a passive duty on listed parties with a start to come",
        "Chinese battery makers added to Pentagon list",
        "Five Chinese battery makers were added on Monday to a list of companies the United "
        "States says work with China's military. Listed companies are barred from Defense "
        "Department contracts from next year.",
        {"restriction"},
    ),
    (
        "an easing of a duty: no longer need",
        "Easing of data-export checks for Hainan firms",
        "Beijing has eased the checks companies in Hainan must pass before sending customer "
        "records to Singapore, under measures the Cyberspace Administration of China issued on "
        "Friday. Firms that sign a standard contract will no longer need a security assessment "
        "for such data. The measures take effect on March 1.",
        {"data-security-rule"},
    ),
    (
        "an easing of a duty (Chinese): 不再需要",
        "数据出境新规放宽",
        "国家网信办周五发布新规。根据新规，签署标准合同的企业不再需要申报数据出境安全评估。",
        {"data-security-rule"},
    ),
    (
        "a court-halted law's content",
        "Judge blocks Ohio law on AI hiring",
        "A federal judge on Monday blocked Ohio from enforcing a law that would have barred "
        "employers from using facial analysis in job interviews.",
        {"law-regulation", "restriction"},
    ),
    (
        "a sale of a business an authority demands (Chinese): 要求……出售……业务",
        "某网约车平台被要求出售境外业务",
        "据报道，监管部门已要求该平台出售其部分境外业务，期限为六个月。",
        {"investment-screening"},
    ),
    (
        "a stake cleared by a screening body (guide question 7: the read sets' practice)",
        "CFIUS clears Norwegian fund's stake in Oregon sensor maker",
        "A Norwegian pension fund's purchase of a 6% stake in an Oregon sensor maker has been "
        "cleared by CFIUS, the sensor maker said on Wednesday.",
        {"approval-requirement", "investment-screening"},
    ),
    (
        "a halt of something that is no money stays a restriction (Chinese)",
        "有关部门叫停无人驾驶出租车夜间试点",
        "据多家媒体报道，有关部门近日叫停部分城市无人驾驶出租车夜间试点。",
        {"restriction"},
    ),
]

#: (trap, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a company's own sales stopped to retailers",
        "Graphics card maker ends sales of older model",
        "The graphics card maker said it would stop sales of an older gaming card to retailers "
        "in Europe next month.",
        {"restriction", "export-control"},
    ),
    (
        "an app a developer takes off the stores itself",
        "Studio pulls puzzle game to fix bug",
        "The developer said it would take the puzzle game off app stores next week to fix a bug.",
        {"restriction"},
    ),
    (
        "a company's marketing campaign (Chinese)",
        "手机厂商开展营销专项行动",
        "某手机厂商近日开展为期一个月的营销专项行动，推广新款折叠屏手机。",
        {"enforcement-fine"},
    ),
    (
        "data a start-up deletes under its own policy",
        "Start-up tidies user records",
        "The start-up said it had deleted the data of users who closed their accounts, as its own "
        "policy requires.",
        {"data-security-rule"},
    ),
]

TRAPS += [
    (
        "a demand to sell goods names no business (Chinese)",
        "药店被要求规范出售感冒药",
        "市场监管部门要求药店出售含麻黄碱的感冒药时登记购买人信息。",
        {"investment-screening"},
    ),
    (
        "the rule a list belongs to is the listing's basis, no new law (traditional script)",
        "經濟部將深度求索、月之暗面列入出口管制實體名單",
        "經濟部國際貿易署8日公告，將深度求索、月之暗面等四家企業列入「戰略性高科技貨品輸出入管理辦法」的"
        "實體名單，即日起廠商出口相關貨品予上述企業須事先申請許可。",
        {"law-regulation"},
    ),
    (
        "a state fund as a buyer",
        "Regulator clears Gulf fund's stake in Texas chip designer",
        "A Qatari state fund's purchase of a 7% stake in a Texas chip designer has been cleared by "
        "CFIUS, the designer said in a filing on Tuesday.",
        {"subsidy-funding"},
    ),
    (
        "叫停 of a subsidy (Chinese): funding, no restriction",
        "工信部：网传“叫停新能源车下乡补贴”消息不实",
        "针对近日网传“新能源汽车下乡补贴将被全面叫停”的说法，工信部有关负责人回应称，该消息不实，"
        "相关补贴政策将继续执行。",
        {"restriction"},
    ),
    (
        "an easing's measures taking effect are no new law",
        "Easing of data-export checks for Hainan firms",
        "Beijing has eased the checks companies in Hainan must pass before sending customer "
        "records to Singapore, under measures the Cyberspace Administration of China issued on "
        "Friday. Firms that sign a standard contract will no longer need a security assessment "
        "for such data. The measures take effect on March 1.",
        {"law-regulation"},
    ),
    (
        "licences no longer issued: the halt, no new licence duty",
        "Ministry dismisses talk of rare earth licence freeze",
        "China's commerce ministry said on Tuesday that reports it had stopped issuing export "
        "licences for two rare earths were not true. The metals have needed licences since 2023.",
        {"approval-requirement"},
    ),
    (
        "rules that took effect years ago",
        "UK regulator opens new review of Google",
        "Britain's competition regulator on Tuesday opened a review of Google's advertising "
        "tools. Rules that took effect in 2021 already bar Google from favouring its own "
        "shopping results.",
        {"restriction"},
    ),
    (
        "a listing's ban whose start is past",
        "Chinese battery makers sue over Pentagon list",
        "Two Chinese battery makers sued the Pentagon on Monday over their place on a list of "
        "companies said to work with China's military. Since 2024 listed companies have been "
        "barred from Defense Department contracts.",
        {"restriction"},
    ),
]

#: (name, title, body): general news with the new words, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a fund weighing an investment",
        "Fund weighs stake in chipmaker",
        "The pension fund is weighing an investment in the chipmaker, a person familiar said.",
    ),
    (
        "a club's board clearing a bid",
        "Club accepts offer for striker",
        "The club's board cleared a bid of 40 million pounds for its striker on Friday.",
    ),
    (
        "a club stopping sales of tickets",
        "Club stops ticket sales",
        "The football club said it would stop sales of season tickets to new members next week.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
