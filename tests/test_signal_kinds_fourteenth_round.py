"""Signal kinds no rule found, fourteenth round, with sentences written for these tests.

The classes are the kinds a blind set reported in wording no rule held (see
docs/decisions/2026-12-04-reported-signals-fourteenth-round.md), each in new wording:

1. licences, permits, certificates and approvals in new words, from authorities off the
   watchlist: a certificate granted, a permit issued, a service licensed by an authority, a
   firm entering a white list (入选……白名单), a certificate a rule requires (须取得……证); a
   company's own course certificate stays no approval;
2. orders, settlements and halts as acts: a settlement announced by an attorney general
   (`enforcement-fine`), a rule vacated by a court (`law-regulation`), a freeze ended
   (`restriction`); a settlement between two companies stays no enforcement;
3. precision: a transport safety regulation is no data rule.

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
        "approval: an operating certificate granted by an aviation authority",
        "Air taxi start-up cleared for paid flights",
        "Chile's civil aviation authority granted the Santiago air taxi start-up an operating "
        "certificate on Thursday, allowing paid flights between two helipads from March.",
        {"approval-requirement"},
    ),
    (
        "approval: a permit issued by a transport authority",
        "Robot delivery firm to start service in Muscat",
        "The city's transport authority issued the delivery company a commercial permit on "
        "Sunday, and its sidewalk robots will start carrying parcels next month.",
        {"approval-requirement"},
    ),
    (
        "approval: a service licensed by an authority",
        "Cloud provider opens region in Riyadh",
        "The kingdom's communications regulator said on Monday the cloud provider's new region "
        "has been licensed by the communications authority to host government workloads.",
        {"approval-requirement"},
    ),
    (
        "approval (Chinese): a firm placed on a white list",
        "三家企业入选第二批算力服务白名单",
        "省通信管理局今天公布，三家本地企业入选第二批算力服务白名单，可承接政务算力项目。",
        {"approval-requirement"},
    ),
    (
        "approval (Chinese): a certificate a rule requires",
        "智能康复设备管理办法公布",
        "省药监局公布的办法规定，智能康复设备上市前须取得二类医疗器械产品证书。",
        {"approval-requirement"},
    ),
    (
        "settlement: announced by an attorney general",
        "Fitness app to pay over location data",
        "The Ohio attorney general announced a $9 million settlement with a fitness app on "
        "Tuesday over the location data it sold to advertisers.",
        {"enforcement-fine"},
    ),
    (
        "rule vacated by a court",
        "Court throws out drone rule",
        "A federal appeals court vacated a Transportation Department rule on Friday that would "
        "have required remote identification for small delivery drones.",
        {"law-regulation"},
    ),
    (
        "freeze ended by a regulator",
        "Grid operator resumes connections for data centres",
        "The national energy regulator has now ended the freeze on new grid connections for data "
        "centres that it imposed in the spring.",
        {"restriction"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "approval: a company's own course certificate is no approval",
        "Software maker expands training courses",
        "The software maker granted 12,000 students a course certificate last year and said it "
        "would add courses in Spanish.",
        {"approval-requirement"},
    ),
    (
        "settlement: two companies settling a patent dispute is no enforcement",
        "Phone makers end patent fight",
        "The two phone makers announced a settlement of their patent dispute on Monday and agreed "
        "to license each other's radio patents.",
        {"enforcement-fine"},
    ),
    (
        "a transport safety regulation is no data rule",
        "无人货车运输安全管理条例公布",
        "国务院今天公布《无人货车运输安全管理条例》，对车辆上路测试和运营提出要求。",
        {"data-security-rule"},
    ),
]

NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a company's hiring freeze ended",
        "Retailer ends hiring freeze",
        "The retailer said on Monday it had ended the hiring freeze it began in January as sales "
        "recovered.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
