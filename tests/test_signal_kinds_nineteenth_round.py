"""Reported signals, nineteenth round: new forms' nouns as classes of act, duties inside lists
and quotas, over-reads of duty verbs.

Classes (see docs/decisions/2026-12-05-reported-signals-nineteenth-round.md), in English and
Chinese, every sentence written for these tests:

1. classes of act by their head nouns: a duty to report incidents or breaches
   (``data-security-rule``); a criminal offence or a judicial interpretation (``law-regulation``,
   ``restriction``); an enforcement letter or an order to a named firm to change its conduct
   (``enforcement-fine``); equipment to be removed or replaced (``restriction``); an energy-
   efficiency standard (``guidance-standard``); grants and rewards (``subsidy-funding``); an
   entity list in Chinese (``restriction``); guidelines being prepared (``guidance-standard``);
2. a document's own sentences: a list's or a quota's duties and a plan's funds are reported
   with the document the title names.

Traps (precision): "approved" a plan or money, a failure to report (the conduct of a fine),
guidance on how to report, a data centre's own efficiency figure, an approval practice that
continues (继续……审查), a price's filing (收费标准……备案), an order to suspend until a check is
passed (no fine), data sold (no export).

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
        "incident duty: breaches reported within hours",
        "Banks face a tighter clock",
        "The central bank published rules on Wednesday requiring lenders to report any data "
        "breach within 72 hours.",
        {"data-security-rule"},
    ),
    (
        "incident duty: reporting rules by name",
        "Hospitals get a new deadline",
        "The health ministry said its incident reporting rules for hospital networks take effect "
        "in May.",
        {"data-security-rule"},
    ),
    (
        "incident duty (Chinese): hours to report",
        "银行业迎来新规",
        "国家金融监督管理总局发布通知，银行发生重大网络安全事件后，须在2小时内向监管部门报告。",
        {"data-security-rule"},
    ),
    (
        "offence: a new crime",
        "Stalkerware sellers face prison",
        "Selling stalkerware apps became a criminal offence in Ireland on Monday under an amended "
        "law passed by parliament.",
        {"law-regulation", "restriction"},
    ),
    (
        "offence (Chinese): 入刑",
        "人脸数据买卖将受严惩",
        "全国人大常委会12月表决通过刑法修正案，将非法买卖人脸数据的行为入刑。",
        {"law-regulation", "restriction"},
    ),
    (
        "offence (Chinese): a judicial interpretation",
        "两高出手",
        "最高人民法院、最高人民检察院联合发布司法解释，明确利用AI伪造他人声音实施诈骗的定罪处罚规则。",
        {"law-regulation"},
    ),
    (
        "letter: a regulator's warning letter",
        "Chipmaker rebuked over AI claims",
        "The securities regulator sent a warning letter to the chipmaker on Friday over "
        "statements about orders it could not support.",
        {"enforcement-fine"},
    ),
    (
        "letter (Chinese): an exchange's letter",
        "深交所就大额订单发函",
        "深圳证券交易所12月3日向一家芯片设计公司发出关注函，要求其说明大额订单的真实性。",
        {"enforcement-fine"},
    ),
    (
        "order: a named firm told to change its conduct",
        "Search giant must alter its results",
        "The competition authority ordered Google to change how it ranks rival shopping services "
        "within 90 days.",
        {"enforcement-fine"},
    ),
    (
        "equipment: replacement ordered",
        "Banks told to swap cameras",
        "The interior ministry ordered state-owned banks to replace surveillance cameras made by "
        "two foreign firms by next year.",
        {"restriction"},
    ),
    (
        "equipment (Chinese): removal demanded",
        "电网设备更新提速",
        "国家能源局要求电力企业在两年内拆除境外厂商生产的监控设备。",
        {"restriction"},
    ),
    (
        "energy standard: an efficiency duty",
        "Server halls must run leaner",
        "New server halls in Ireland must run at a power usage effectiveness of 1.2 or better "
        "from 2027, the energy ministry said.",
        {"guidance-standard"},
    ),
    (
        "energy standard (Chinese): a ceiling",
        "枢纽节点数据中心能效门槛明确",
        "国家发展改革委明确，枢纽节点新建数据中心的电能利用效率一律不超过1.2。",
        {"guidance-standard"},
    ),
    (
        "grants won",
        "Robot start-ups funded",
        "The state government said three robotics start-ups had won research grants under its "
        "innovation scheme.",
        {"subsidy-funding"},
    ),
    (
        "grants (Chinese): a reward from the treasury",
        "攻关项目重奖",
        "科技部表示，对验收通过的攻关项目，中央财政给予最高3000万元奖励。",
        {"subsidy-funding"},
    ),
    (
        "entity list (Chinese)",
        "八家企业受限",
        "经济部12月5日公告，将8家企业列入实体名单，厂商向其出口须事先取得许可。",
        {"restriction"},
    ),
    (
        "draft: guidelines being prepared",
        "Chatbot makers may have to disclose training data",
        "The commission is preparing guidelines that would oblige chatbot makers to disclose "
        "their training data, officials said.",
        {"guidance-standard"},
    ),
    (
        "list content (Chinese): a catalogue's duty",
        "产业结构调整目录发布",
        "国家发展改革委12月发布新版产业结构调整目录。列入淘汰类目录的项目，各地不得新增产能。",
        {"restriction"},
    ),
    (
        "plan content: a plan's funds",
        "Cabinet backs rural broadband plan",
        "The cabinet adopted a five-year plan to connect remote villages on Tuesday. The plan "
        "sets aside funds for subsidies to operators that build towers in mountain areas.",
        {"subsidy-funding"},
    ),
]

#: (trap, title, body, kinds that must NOT be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a plan approved is no approval duty",
        "Cabinet approves plan to link research networks",
        "The cabinet has approved a plan to link university research networks by 2029, the "
        "state broadcaster reported.",
        {"approval-requirement"},
    ),
    (
        "money approved is no approval duty",
        "Battery plants to get state money",
        "The industry ministry has approved 2 billion euros in grants for three battery plants.",
        {"approval-requirement"},
    ),
    (
        "a failure to report is the conduct of a fine",
        "Hospital group fined",
        "The data regulator fined the hospital group 400,000 euros for failing to report a data "
        "breach last year.",
        {"data-security-rule"},
    ),
    (
        "guidance on how to report is guidance",
        "Insurers get reporting guidance",
        "The insurance regulator published draft guidelines telling insurers how to report cyber "
        "incidents.",
        {"data-security-rule"},
    ),
    (
        "a data centre's own figure (Chinese)",
        "腾讯云天津数据中心能效再提升",
        "腾讯云表示，其天津数据中心全年平均电能利用效率已降至1.15。",
        {"guidance-standard"},
    ),
    (
        "an approval practice that continues (Chinese)",
        "商务部回应出口传闻",
        "商务部新闻发言人表示，相关传闻不实，商务部将继续依法依规审查出口许可申请。",
        {"approval-requirement"},
    ),
    (
        "a price's filing (Chinese)",
        "停车收费有了新规矩",
        "市发展改革委印发停车服务收费管理办法，经营者的收费标准须报价格主管部门备案。",
        {"approval-requirement"},
    ),
    (
        "an order to suspend until a check is passed",
        "Voice feature paused",
        "Regulators ordered the chatbot maker to suspend its voice feature until it passes a "
        "safety review.",
        {"enforcement-fine"},
    ),
    (
        "data sold is no export",
        "Broker barred",
        "The consumer protection agency finalised an order barring a broker from selling health "
        "data about patients to advertisers.",
        {"export-control"},
    ),
]

#: (name, title, body): general news with the new words, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a studio's refit and a student's grant",
        "Studio gets a refit",
        "The band's drummer said he would rip out the old carpet, and his sister won a travel "
        "grant from her college to study in Kyoto.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
