"""Reported actions by class, eleventh round: the kind pair of export measures and two wording
families of kinds never detected, with sentences written for these tests.

An export ban, a listing on an entity list and a restriction of trade abroad are each two kinds
at once; the rules name one of them by the words they match, and the reading gives the other by
what the sentence's object and verb say (``nlp.signals.pair_kinds``; see
docs/decisions/2026-12-04-reported-signals-eleventh-round.md): a listing of parties (entity list,
end-user list, 实体清单) is a restriction too, an export stopped by its verb (ban, halt, 禁止出口)
is a restriction too, a restriction of exports, sales or servicing to a foreign country is an
export control too. Its distractors keep the other side: a company as the destination ("to
Huawei"), data sold abroad (a data rule), a listing told as context, a licence duty (未经许可不得
出口) that is no ban. Two wording families recurring in the read sets get cues: loans on terms a
state sets (a subsidy) and a rectification an authority demands (限期整改, 要求……整改); their
distractors are a bank's own credit line and a company's own 整改.
Run through the whole tagger (signals, salience, reported).
"""

from __future__ import annotations

import pytest

from bench.common import ROOT
from nlp.entities import load_tagger, tag_texts
from policywatch_core.config import load_watchlist
from tests.signal_support import round_tests

#: (class, title, body, kinds that must be reported)
CLASSES: list[tuple[str, str, str, set[str]]] = [
    (
        "a listing on the Entity List is a restriction too",
        "Commerce adds nine Chinese lidar makers to Entity List",
        "The Commerce Department on Wednesday added nine Chinese lidar makers to the Entity "
        "List, citing their ties to military programmes.",
        {"export-control", "restriction"},
    ),
    (
        "a removal from an end-user list (the listing's news) is a restriction too",
        "Japan removes two Chinese universities from its end-user list",
        "Japan's trade ministry on Monday removed two Chinese universities from its end-user "
        "list after a review of their research ties.",
        {"export-control", "restriction"},
    ),
    (
        "Chinese: 列入实体清单 is a restriction too",
        "美国将十二家中国无人机企业列入实体清单",
        "美国商务部12月3日宣布，将十二家中国无人机及零部件企业列入实体清单，即日起生效。",
        {"export-control", "restriction"},
    ),
    (
        "an export halted by its verb is a restriction too",
        "Laos to halt tungsten ore exports from June",
        "Laos will halt exports of unprocessed tungsten ore from June 1 to build up its own "
        "smelting industry.",
        {"export-control", "restriction"},
    ),
    (
        "Chinese: 禁止出口 is a restriction too",
        "商务部：禁止向美国出口三种稀有金属",
        "商务部12月2日发布公告，即日起禁止向美国出口镓、锗、锑三种稀有金属。",
        {"export-control", "restriction"},
    ),
    (
        "an order to stop servicing machines at a foreign country's plants is an export control",
        "Washington presses Tokyo over chip-tool servicing",
        "The United States has asked Japan to stop Tokyo Electron from servicing etching tools "
        "at Chinese chip plants, people familiar with the talks said on Thursday.",
        {"restriction", "export-control"},
    ),
    (
        "a cap on sales to a foreign country's customers is an export control",
        "Commerce drafts quarterly cap on AI chip sales",
        "The Commerce Department is drafting a rule to cap AMD's sales of accelerators to Chinese "
        "customers at a fixed number of units a quarter, two officials said.",
        {"restriction", "export-control"},
    ),
    (
        "loans on terms a state sets are a subsidy",
        "Japan opens cheap loans for power chip makers",
        "Japan's finance ministry on Monday opened applications for a 600 billion yen "
        "low-interest loan programme for makers of power semiconductors.",
        {"subsidy-funding"},
    ),
    (
        "a state lender's money is a subsidy",
        "Germany's KfW to lend battery makers 3 billion euros",
        "The German economy ministry said on Tuesday that the state lender KfW would lend 3 "
        "billion euros to battery cell makers that build plants in Germany.",
        {"subsidy-funding"},
    ),
    (
        "Chinese: 低息贷款 is a subsidy",
        "国家开发银行推出集成电路低息贷款",
        "国家开发银行12月3日宣布，向集成电路装备企业提供300亿元低息贷款，期限最长10年。",
        {"subsidy-funding"},
    ),
    (
        "Chinese: a rectification an authority demands is enforcement",
        "上海网信办要求五款AI应用整改",
        "上海市网信办12月3日通报，五款AI写作应用未落实未成年人保护要求，已要求其运营方对相关功能进行整改。",
        {"enforcement-fine"},
    ),
    (
        "Chinese: 限期整改 is enforcement",
        "工信部通报侵害用户权益的AI应用",
        "工业和信息化部12月2日通报，8款AI应用存在超范围收集个人信息问题，相关企业须在12月15日前限期整改。",
        {"enforcement-fine"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a company as the destination names no export regime",
        "US tells suppliers to stop shipments to Huawei's new fab",
        "US officials told two chip-tool suppliers on Monday to stop shipments to Huawei's new "
        "fab in Shenzhen, people familiar with the matter said.",
        {"export-control"},
    ),
    (
        "data sold abroad is a data rule, not an export control",
        "US rule bars location data sales to China",
        "A US rule that bars brokers from location data sales to China took effect on Monday.",
        {"export-control"},
    ),
    (
        "a ban on using a service, a comma before a foreign country",
        "Estonia bars ministries from a Chinese chatbot",
        "Estonia has banned ministries from using a Chinese chatbot's services, citing the risk of "
        "data flowing to China, the government said on Friday.",
        {"export-control"},
    ),
    (
        "a listing told as context is no news",
        "Huawei launches a new foldable phone",
        "Huawei launched a new foldable phone in Shenzhen on Tuesday. The company has been on the "
        "US Entity List since 2019, which cut it off from American chips.",
        {"export-control", "restriction"},
    ),
    (
        "a company's own 整改 without an authority's demand is none",
        "某AI应用上线青少年模式",
        "某AI应用12月2日上线青少年模式，公司表示此前已完成内部整改，用户反馈良好。",
        {"enforcement-fine"},
    ),
]

#: (class, title, body): business news in policy words, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a commercial bank's credit facility to a company",
        "Xiaomi signs $2bn syndicated loan with HSBC and Citi",
        "Xiaomi said on Monday it had signed a $2 billion syndicated loan with a group of banks "
        "led by HSBC and Citi to refinance its debt.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)


def test_a_paired_kind_is_a_reading_not_a_detection(tagger) -> None:
    """Detection keeps the kind the text names; the pair's second kind is marked ``paired``."""
    [(_, signals)] = tag_texts(
        [
            "US adds nine Chinese lidar makers to Entity List\n\nThe Commerce Department on "
            "Wednesday added nine Chinese lidar makers to the Entity List."
        ],
        tagger,
    )
    named = {s.kind for s in signals if not s.paired}
    paired = {s.kind for s in signals if s.paired}
    assert named == {"export-control"}, [(s.kind, s.paired, s.trigger) for s in signals]
    assert paired == {"restriction"}
