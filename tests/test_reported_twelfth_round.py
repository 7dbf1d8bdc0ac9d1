"""Reported actions by class, twelfth round: background in the act's own sentence, with sentences
written for these tests.

The classes here were the background pairs a blind set marked reported (see
docs/decisions/2026-12-04-reported-signals-twelfth-round.md), each in new wording, English and
Chinese:

1. the rule an enforcement or a block rests on, or the duty that was not met, named in the act's
   own sentence ("fined ... because they failed to obtain the required approval", "blocked under
   the screening act", 未依法履行备案手续……已责令整改, 未按规定办理……备案，被罚款): background,
   the act stays reported; a duty stated after a comma (根据……新规，……须履行备案手续) and an order
   after "in breach of the rules, and" are no basis.
2. rules named only by their issuing ("published a regulation that requires a licence", "issues
   rules on cross-border transfers of personal data") when the article reports their content's
   kind: the issuing is that kind's stage, not `law-regulation` as well; rules issued with nothing
   else reported stay `law-regulation`.
3. a company's launch or product said to meet a rule ("said the service meets the bloc's new law",
   "saying the part is fully compliant with American export controls"): background; a duty to
   meet a rule ("must meet the AI Act's rules") stays news.
4. a business body's own code or rules in the head (an association's self-discipline pledge with
   不得, a platform's rules for its developers) and a person's confirmation a product asks for
   (须经用户本人确认): no policy action; an authority's rules with 不得 stay news.
5. a long feature's setting and the legislature's procedure: the regime as it stands (目前……主要
   依靠……标准) and a step of law-making (按照立法程序……需经三次审议, "needs approval in three
   readings") are background; an authority's approval the adopted rules set (须经国家网信部门
   批准, in a sentence of a cabinet's 审议通过) stays news.

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
        "basis: the fine stays reported when the approval it rests on is background",
        "Health data watchdog fines two hospital booking apps",
        "The health data authority fined two hospital booking apps 400,000 euros each on Monday "
        "because they failed to obtain the required approval before launching AI triage tools.",
        {"enforcement-fine"},
    ),
    (
        "basis: the block stays reported when the act it rests on is background",
        "Cabinet stops satellite maker sale to Chinese fund",
        "The cabinet blocked the sale of a satellite maker to a Chinese fund on Tuesday. It was "
        "the fifth takeover the government has blocked under the investment screening act this "
        "year.",
        {"investment-screening"},
    ),
    (
        "basis (Chinese): the order stays reported when the filing not made is background",
        "市网信办通报5款应用违规上线深度合成功能",
        "市网信办12月2日通报，5款应用未依法履行算法备案手续即上线深度合成功能，已责令相关运营者限期整改。",
        {"enforcement-fine"},
    ),
    (
        "basis guard: a duty after a comma is the news, not a basis (根据……新规，……须履行备案手续)",
        "新规：大模型服务须依法备案",
        "根据网信办12月2日发布的新规，面向公众提供服务的大模型须履行备案手续。",
        {"approval-requirement"},
    ),
    (
        "basis guard: an order after 'in breach of the rules, and' is an act of its own",
        "Regulator fines crypto exchange over licensing",
        "The markets regulator fined a crypto exchange 2 million dollars on Wednesday for "
        "operating without a licence in breach of the securities rules, and ordered it to stop "
        "taking new customers.",
        {"enforcement-fine", "restriction"},
    ),
    (
        "issued rules: the content's kind is reported (a data rule)",
        "Jakarta issues rules on cross-border data transfers",
        "Indonesia has issued rules on cross-border transfers of personal data that require "
        "companies to keep a copy of customer records in the country, the communications "
        "ministry said.",
        {"data-security-rule"},
    ),
    (
        "issued rules: the content's kind is reported (a licence for exports)",
        "Seoul tightens licensing for drone engine exports",
        "South Korea's trade ministry published a regulation on Tuesday that requires a licence "
        "before companies ship military-grade drone engines to any foreign buyer.",
        {"approval-requirement", "export-control"},
    ),
    (
        "issued rules guard: rules with no other kind reported stay law-regulation",
        "Competition authority issues rules on surge pricing",
        "The competition authority has issued rules governing how ride-hailing apps set surge "
        "prices for long-standing customers, a spokesman said on Friday.",
        {"law-regulation"},
    ),
    (
        "compliance guard: a duty to meet a rule ('must meet') is news",
        "High-risk AI rules apply to cloud providers from January",
        "From January, cloud providers in the bloc must meet the AI Act's rules for high-risk "
        "systems, the European Commission said on Monday.",
        {"law-regulation"},
    ),
    (
        "own code guard: an authority's rules with 不得 are news",
        "监管部门发布AI陪伴应用管理规定",
        "国家网信办12月2日发布《人工智能陪伴服务管理规定》，要求服务提供者不得向未成年人提供情感陪伴类虚拟角色。",
        {"law-regulation", "restriction"},
    ),
    (
        "user's confirmation guard: the standard it sits in stays reported",
        "工信部拟出台智能手表AI助手安全标准",
        "工业和信息化部正在制定智能手表人工智能助手安全标准，标准将要求AI助手代用户下单或转账时必须经用户本人确认。",
        {"guidance-standard"},
    ),
    (
        "feature setting guard: the draft law the feature reports stays reported",
        "数据产权法草案提请全国人大常委会审议",
        "我国目前对数据要素的管理主要依靠行政法规和行业标准。12月3日，《数据产权法（草案）》首次提请全国人大"
        "常委会审议。按照立法程序，法律草案通常需经三次审议后才交付表决。",
        {"law-regulation"},
    ),
    (
        "procedure guard: an approval the adopted rules set, beside 审议通过, is news",
        "国务院常务会议审议通过数据出境新规",
        "国务院常务会议12月3日审议通过《数据出境安全管理条例》，规定重要数据出境须经国家网信部门批准。",
        {"approval-requirement", "data-security-rule"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "basis: an approval someone failed to obtain, in the fine's sentence",
        "Health data watchdog fines two hospital booking apps",
        "The health data authority fined two hospital booking apps 400,000 euros each on Monday "
        "because they failed to obtain the required approval before launching AI triage tools.",
        {"approval-requirement"},
    ),
    (
        "basis: the act a block was made under ('blocked under the ... act')",
        "Cabinet stops satellite maker sale to Chinese fund",
        "The cabinet blocked the sale of a satellite maker to a Chinese fund on Tuesday. It was "
        "the fifth takeover the government has blocked under the investment screening act this "
        "year.",
        {"law-regulation"},
    ),
    (
        "basis (Chinese): a filing not made (未依法履行备案手续), in the order's sentence",
        "市网信办通报5款应用违规上线深度合成功能",
        "市网信办12月2日通报，5款应用未依法履行算法备案手续即上线深度合成功能，已责令相关运营者限期整改。",
        {"approval-requirement"},
    ),
    (
        "basis (Chinese): a filing not made (未按规定办理……备案), in the fine's sentence",
        "监管部门对一家支付机构作出行政处罚",
        "中国人民银行上海分行12月2日公布，一家支付机构因违反反洗钱规定、未按规定办理跨境业务备案，"
        "被罚款300万元。",
        {"approval-requirement"},
    ),
    (
        "issued rules: 'issues rules' on data transfers is no second kind",
        "Jakarta issues rules on cross-border data transfers",
        "Indonesia has issued rules on cross-border transfers of personal data that require "
        "companies to keep a copy of customer records in the country, the communications "
        "ministry said.",
        {"law-regulation"},
    ),
    (
        "issued rules: 'published a regulation that requires a licence' is no second kind",
        "Seoul tightens licensing for drone engine exports",
        "South Korea's trade ministry published a regulation on Tuesday that requires a licence "
        "before companies ship military-grade drone engines to any foreign buyer.",
        {"law-regulation"},
    ),
    (
        "compliance: a launch said to meet a new law",
        "Zhipu begins selling its chatbot to European firms",
        "Zhipu AI began offering its chatbot to business customers in Europe on Monday and said "
        "the service meets the bloc's new law on artificial intelligence.",
        {"law-regulation"},
    ),
    (
        "compliance: a product said to be compliant with export controls",
        "AMD starts shipping cut-down accelerator to Chinese buyers",
        "AMD has started shipping a slower version of its data-centre accelerator to customers in "
        "China, saying the part is fully compliant with American export controls.",
        {"export-control"},
    ),
    (
        "own code: an association's self-discipline pledge (倡议……不得)",
        "行业协会发布AI陪伴应用自律公约",
        "中国互联网协会12月2日发布《AI陪伴应用自律公约》，倡议会员企业不得向未成年人提供情感陪伴类虚拟角色。",
        {"restriction"},
    ),
    (
        "own code: a company's rules for its developers, title and lead",
        "Tencent publishes rules for AI-made mini-games",
        "Tencent published rules on Wednesday for developers who sell AI-generated mini-games on "
        "WeChat, requiring them to label such content.",
        {"law-regulation"},
    ),
    (
        "user's confirmation: 须经用户本人确认 is no approval requirement",
        "工信部拟出台智能手表AI助手安全标准",
        "工业和信息化部正在制定智能手表人工智能助手安全标准，标准将要求AI助手代用户下单或转账时必须经用户本人确认。",
        {"approval-requirement"},
    ),
    (
        "feature setting: the regime as it stands (目前……主要依靠……标准)",
        "数据产权法草案提请全国人大常委会审议",
        "我国目前对数据要素的管理主要依靠行政法规和行业标准。12月3日，《数据产权法（草案）》首次提请全国人大"
        "常委会审议。按照立法程序，法律草案通常需经三次审议后才交付表决。",
        {"guidance-standard"},
    ),
    (
        "procedure (Chinese): 按照立法程序……需经三次审议 is a step of law-making",
        "数据产权法草案提请全国人大常委会审议",
        "我国目前对数据要素的管理主要依靠行政法规和行业标准。12月3日，《数据产权法（草案）》首次提请全国人大"
        "常委会审议。按照立法程序，法律草案通常需经三次审议后才交付表决。",
        {"approval-requirement"},
    ),
    (
        "procedure: a bill's readings are a step of law-making, no approval requirement",
        "Draft chatbot law clears cabinet in Warsaw",
        "Poland's cabinet approved a draft law on Tuesday that would require chatbot providers to "
        "label AI-generated replies. The bill needs approval in three readings in the Sejm before "
        "the president can sign it.",
        {"approval-requirement"},
    ),
]

#: (class, title, body): general news, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a contract's terms and a company's own approval process",
        "Chipmaker signs supply deal with carmaker",
        "A Taiwanese chipmaker signed a five-year supply deal with a German carmaker on Monday. "
        "Under the terms of the contract, prices will be reviewed every year.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
