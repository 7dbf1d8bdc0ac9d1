"""The learned reading of the reported kinds, eighth round: two classes of reported pairs no signal
rule found (no candidate at all), with sentences written for these tests.

The classes were held-out 28's missed pairs that had no candidate (see
docs/decisions/2026-12-06-reported-learned-reading-eighth-round.md), each counted on the read
sets before a rule was written:

1. an order to buy or use only what is made at home, "only" after the verb and its object ("may
   buy AI services only from domestic suppliers", "to use only domestically made processors"):
   a restriction; a company's own choice of domestic suppliers is not.
2. the fines a law provides for ("penalties under the act apply from", "the first fine under
   the law", "fines under the regulation can reach 4 %"): enforcement; fines under a sports
   club's handbook name no authority.

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
        "domestic only: a city's offices told to buy only from domestic suppliers",
        "Lisbon council offices to buy cloud services only from domestic vendors",
        "The city government of Lisbon said on Thursday that its departments may buy cloud and "
        "AI services only from domestic suppliers from next March.",
        {"restriction"},
    ),
    (
        "domestic only: state-funded labs told to use only domestically made processors",
        "Ministry tells state-funded labs to use only domestically made processors",
        "The science ministry has told laboratories that receive public grants to use only "
        "domestically made processors in new computing clusters, two officials said.",
        {"restriction"},
    ),
    (
        "fines under a law: the penalties of an act apply from a day",
        "Penalties under Brazil's platform act start on Monday",
        "Penalties under Brazil's new platform act apply from Monday, the justice ministry said. "
        "Firms that ignore removal orders face fines of up to 2% of local revenue.",
        {"enforcement-fine"},
    ),
    (
        "fines under a law: the first fine under a regulation",
        "Dutch regulator issues first fine under chatbot rules",
        "The Dutch data protection authority said on Friday it had issued the first fine under "
        "the national chatbot regulation, against a customer-service software vendor.",
        {"enforcement-fine"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "domestic only: a company's own choice of domestic suppliers is no restriction",
        "Carmaker says it will buy batteries only from domestic makers",
        "The carmaker said on Tuesday it would buy battery cells only from domestic makers from "
        "next year, to shorten its supply chain.",
        {"restriction"},
    ),
]

#: (class, title, body): general news, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "fines under a club's handbook: no authority, no signal",
        "Coach tightens timekeeping at training",
        "Players who arrive late to training face fines under the club's handbook, the head "
        "coach told reporters on Thursday.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
