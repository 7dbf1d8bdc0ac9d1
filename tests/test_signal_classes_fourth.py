"""Reported actions by class of wording, fourth round: sentences written for these tests.

Each class below was found missing (or wrongly reported) on the fifth and fourth held-out about
sets (see docs/decisions/2026-12-03-reported-signals-fourth-round.md); the articles here are new
wording of the same class, in English and Chinese, so the rules are checked on text they were
not written from. The traps are background, business news in policy-sounding words and kinds
the annotation guide does not give that must not be reported. Run through the whole tagger
(signals, salience, reported).
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
        "a government's veto of a purchase",
        "Madrid vetoes Gulf fund's stake in Valencia battery maker",
        "Spain's cabinet on Tuesday vetoed the purchase of a 40% stake in Voltia by a fund "
        "based in Abu Dhabi, the economy ministry said.",
        {"investment-screening"},
    ),
    (
        "the sale of a company to an investor blocked",
        "Vienna stops sale of sensor maker to Chinese group",
        "Austria's government has blocked the sale of Linz-based sensor maker Optronik to a "
        "group controlled by Chinese investors, citing risks to defence supplies.",
        {"investment-screening"},
    ),
    (
        # a listing is an export control (the annotated passages of tests/fixtures/entities
        # read it so in four cases: no restriction of its own)
        "a trade blacklist is reported as an export control",
        "US puts five drone-parts distributors on entity list",
        "The Commerce Department placed five distributors in Hong Kong and Shenzhen on its "
        "entity list on Wednesday, cutting them off from American components.",
        {"export-control"},
    ),
    (
        "a licence requirement named by its noun",
        "Ottawa suspends licence rule for drone-engine parts",
        "The Canadian government has paused for a year the requirement that manufacturers "
        "obtain an export permit before shipping small turbine parts to allies.",
        {"approval-requirement"},
    ),
    (
        "a permit granted, the holder's long name between",
        "WeRide gets Singapore permit to run driverless shuttles",
        "Singapore's Land Transport Authority has granted WeRide's local autonomous shuttle "
        "unit a trial licence for routes around the Punggol district.",
        {"approval-requirement"},
    ),
    (
        "a licence for sales to a destination, a long product name between",
        "Washington denies plan to scrap licence rule on AMD chips",
        "The White House denied a report that it would drop the licence requirement for AMD's "
        "MI308 accelerator sales to China.",
        {"export-control"},
    ),
    (
        "a data rule named by the data it governs",
        "Canberra's health-data rule now in force",
        "The government's new regime on sensitive health data, in force since Monday, bars "
        "clinics from storing patient records with overseas cloud providers.",
        {"data-security-rule"},
    ),
    (
        "a proposed law withdrawn, named by its document type",
        "Brussels shelves AI copyright plan",
        "The European Commission has withdrawn its proposed regulation on training-data "
        "licensing after member states failed to agree on its scope.",
        {"law-regulation"},
    ),
    (
        "a bill on its way to the legislature",
        "Jakarta readies AI law",
        "Indonesia's communications ministry said its artificial intelligence bill would be "
        "sent to parliament in February.",
        {"law-regulation"},
    ),
    (
        "Chinese: a draft law submitted to the legislature",
        "网络数据安全法草案首次提请全国人大常委会会议审议",
        "草案共八章五十条，对重要数据的识别和保护作出规定。",
        {"law-regulation"},
    ),
    (
        "Chinese: a permit of any purpose suspended",
        "深圳暂停一家公司无人配送车道路测试许可",
        "深圳市交通运输局发布通报，即日起暂停该公司在南山区的无人配送车道路测试许可。",
        {"approval-requirement"},
    ),
    (
        "Chinese: data duties named by their classification",
        "工信部印发工业数据管理意见",
        "工业和信息化部近日印发意见，要求企业须落实数据分类分级保护要求，重要数据应当备份。",
        {"data-security-rule"},
    ),
    (
        "Chinese: a numeric threshold is a standard",
        "工信部拟要求新建智算中心能耗不得高于行业基准",
        "据悉，工业和信息化部正在研究新建智算中心能效要求，相关文件有望明年出台。",
        {"guidance-standard"},
    ),
    (
        "an authority's act on a main subject, further down under another title",
        "Tencent unveils handheld games console for Chinese market",
        "Tencent said on Tuesday its first handheld console would go on sale in March at 1,999 "
        "yuan. The device runs the company's own titles and those of partner studios. In a "
        "filing later that day, Tencent said the State Administration for Market Regulation had "
        "opened an investigation into its music unit's exclusive distribution deals.",
        {"enforcement-fine"},
    ),
    (
        "a phrase continuing the lead's export control also requires a licence",
        "Seoul tightens controls on memory exports to Russia",
        "South Korea's trade ministry on Monday widened its export controls on high-bandwidth "
        "memory bound for Russia. From March 1, exporters will need a licence to ship any module "
        "above a new speed threshold, the ministry said.",
        {"export-control", "approval-requirement"},
    ),
    (
        "market talk whose clause is the rumoured news",
        "Tokyo Electron dips on chatter of wider Japanese curbs",
        "Shares of Tokyo Electron fell 3% on Wednesday on talk that Japan could extend its ban "
        "on exports of etching tools to China to older models.",
        {"export-control"},
    ),
    (
        "a new bill that carries the news is no background ('under a bill ...')",
        "Canberra plans licences for large AI data centres",
        "Australia will require operators of data centres above 50 megawatts to obtain a "
        "government licence under a bill the industry department will submit to parliament "
        "in March, the minister said on Tuesday.",
        {"approval-requirement", "law-regulation"},
    ),
    (
        "a draft for comment still reports what it states",
        "Indian regulator floats draft rules on storing payment data",
        "The central bank published draft rules for comment on Monday that would require card "
        "networks to store all transaction data on servers located in India.",
        {"data-security-rule"},
    ),
]

#: (class, title, body, kinds that must NOT be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "blocking a bid screens an investment, it restricts no one",
        "Berlin weighs blocking Chinese-backed bid for laser maker",
        "The German government is preparing to block the takeover of Jena-based laser maker "
        "Photek by a consortium backed by Chinese investors, two people said.",
        {"restriction"},
    ),
    (
        "a rule named only by a generic noun is the vehicle of the kind it states",
        "Tokyo widens export licence demands for chip tools",
        "Japan will require chip-tool makers to obtain export licences for a wider range of "
        "etching machines from May, the trade ministry said on Friday. The new rules extend "
        "the licence requirement to some older deposition systems.",
        {"law-regulation"},
    ),
    (
        "Chinese: a ministry's draft for comment is the stage of the kind it states",
        "国家网信办就《车载语音数据安全管理规定（征求意见稿）》公开征求意见",
        "征求意见稿提出，车载语音数据应当在境内存储，确需向境外提供的，应当通过数据出境安全评估。",
        {"law-regulation"},
    ),
    (
        "a regulator's draft rules for comment are the stage of the kind they state",
        "Indian regulator floats draft rules on storing payment data",
        "The central bank published draft rules for comment on Monday that would require card "
        "networks to store all transaction data on servers located in India.",
        {"law-regulation"},
    ),
    (
        "a deal's standstill during a security review is the review's",
        "CFIUS opens review of Gulf fund's stake in Texas chip start-up",
        "The Committee on Foreign Investment in the United States has opened a review of a Gulf "
        "fund's 25% stake in Lone Star Photonics, and the parties are barred from completing "
        "the purchase pending the review, the Treasury Department said.",
        {"restriction"},
    ),
    (
        "Chinese: a deal's standstill during a security review is the review's",
        "国家发展改革委对一宗外资入股启动安全审查",
        "外商投资安全审查工作机制办公室决定对某外国基金入股国内一家芯片设计企业一事启动安全审查，"
        "审查期间该交易不得交割。",
        {"restriction"},
    ),
    (
        "a passive ban of earlier this year in a story about something else",
        "Baidu opens research centre in Shenzhen",
        "Baidu said on Monday it had opened a research centre in Shenzhen for its autonomous "
        "driving unit. The centre will employ 600 engineers. Baidu was banned from government "
        "tenders in two provinces earlier this year over data concerns.",
        {"restriction"},
    ),
    (
        "Chinese: a numeric threshold is no ban",
        "工信部拟要求新建智算中心能耗不得高于行业基准",
        "据悉，工业和信息化部正在研究新建智算中心能效要求，拟规定其能效指标不得低于二级。",
        {"restriction"},
    ),
    (
        "Chinese: an export barred without a licence is an export control, not a general ban",
        "商务部公告对部分稀土加工设备实施出口管制",
        "商务部发布公告，决定对部分稀土加工设备实施出口管制，出口经营者未经许可不得出口。",
        {"restriction"},
    ),
    (
        "a company's own ban on a rival's links",
        "Alibaba bars Meituan coupons from Taobao",
        "Alibaba has banned merchants on Taobao from posting coupons for Meituan's delivery "
        "service, saying they broke its marketplace policy on outside links.",
        {"restriction"},
    ),
    (
        "a company halting its own shipments, under a story of a licence granted",
        "US grants Nvidia licences for chip sales to Gulf buyers",
        "The US Commerce Department has granted Nvidia licences to sell accelerators to two "
        "data-centre operators in the Gulf. Nvidia halted shipments to the region in May while "
        "the applications were pending.",
        {"restriction"},
    ),
    (
        "a modal power of a regulator further down is no act",
        "Alibaba opens cloud region in Madrid",
        "Alibaba Cloud said on Monday it had opened a data-centre region in Madrid. The "
        "regulator can impose fines of up to 4% of annual sales on providers that break "
        "the rules.",
        {"enforcement-fine"},
    ),
]

#: General business and other news that must give no signal at all.
QUIET: list[tuple[str, str]] = [
    (
        "Shareholders veto packaging merger",
        "Investors in Nordpak voted down its planned merger with a Dutch rival on Thursday, "
        "leaving the company to look for other partners.",
    ),
    (
        "软件公司与高校签署专利许可协议",
        "双方将在三年内共同开发工业视觉算法，公司将支付一次性许可费用。",
    ),
    (
        "Streaming service cuts prices in Brazil",
        "The company lowered its monthly fee by a fifth to win back subscribers lost to rivals.",
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
