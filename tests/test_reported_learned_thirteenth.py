"""The learned reading of the reported kinds, thirteenth round: six gaps of the signal rules'
wording, each a class of reported pairs no rule found, with sentences written for these tests.

The classes were among held-out 33's missed pairs that had no candidate (see
docs/decisions/2026-12-06-reported-learned-reading-thirteenth-round.md), counted on the read sets
before the cues were written:

1. a licence "of" an operator revoked by an authority ("revoked the operating licence of a
   broadband start-up"): the restriction table cancelled a match followed by "of"; the read sets
   report the restriction on five of the six authorities' revocations worded so.
2. investors kept from putting money into firms ("a final rule barring American investors from
   buying stakes in"): no investment-screening table read it; screening reported on all four
   read articles worded so.
3. a Chinese entity-list listing with the list's long name between the verb and 实体名单 (列入
   「战略性高科技货品出口实体名单」): the listing table's window was six characters.
4. an enforcement notice served on a firm ("served an enforcement notice on", 发出执行通知): no
   enforcement table named it.
5. new users or customers kept from signing up, the pause's object named without the order's
   verb (暂停该功能新用户注册, "new users can no longer sign up"): restriction reported on all nine
   read articles worded so.
6. Taiwan's investment commission named in English ("its investment commission said"): the
   table read 投审会 only; screening reported on all three read articles naming it.

A company revoking its franchisee's licence is no policy act; investors from a city backing a
bakery are no screening, nor a bakery's full bread club a restriction.

Run through the whole tagger (signals, salience, reported), with the shipped models.
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
        "a licence of an operator revoked by an authority: a telecoms regulator and a SIM reseller",
        "Telecoms regulator revokes operating licence of prepaid SIM reseller",
        "The national telecoms regulator on Monday revoked the operating licence of a prepaid SIM "
        "reseller, saying it had sold cards without checking buyers' identity documents.",
        {"restriction"},
    ),
    (
        "investors barred from buying stakes: a finance ministry's rule",
        "Finance ministry bars domestic investors from buying stakes in offshore casinos",
        "The finance ministry on Thursday issued a rule barring domestic investors from buying "
        "stakes in casino operators registered offshore, effective from July.",
        {"investment-screening"},
    ),
    (
        "an entity-list listing with the list's long name between: a trade agency's notice",
        "國貿署公告新增三家境外業者",
        "經濟部國際貿易署今日公告，將三家境外光電業者列入「戰略性高科技貨品出口實體名單」，"
        "自公告日起生效。",
        {"restriction"},
    ),
    (
        "an enforcement notice served on one firm: a privacy authority and a fitness app",
        "Privacy authority serves enforcement notice on fitness app maker",
        "The data protection authority on Tuesday served an enforcement notice on a fitness app "
        "maker over the location histories it kept on its users, the authority said.",
        {"enforcement-fine"},
    ),
    (
        "Taiwan's investment commission named in English: a screening decision",
        "Taiwan lets chip tester build plant in Texas",
        "Taiwan's economics ministry on Thursday allowed a chip-testing firm to spend 800 million "
        "dollars on a plant in Texas, its investment commission said.",
        {"investment-screening"},
    ),
    (
        "new customers kept from opening accounts: a banking regulator's review",
        "Regulator says new customers can no longer open accounts at online lender",
        "The banking regulator said on Monday it had found the online lender in breach of its "
        "capital rules and would review its books.",
        {"restriction"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a coffee chain revoking its franchisee's licence: no authority",
        "Coffee chain revokes franchise licence of a Leeds cafe",
        "The coffee chain said on Friday it had revoked the franchise licence of a cafe in Leeds "
        "that had been selling a rival's beans.",
        {"restriction"},
    ),
]

#: (class, title, body): general news, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "investors from a city backing a bakery: no bar, no screening",
        "Berlin angel investors back sourdough start-up",
        "Three angel investors from Berlin are funding a bakery start-up that sells sourdough by "
        "subscription, the founders said on Wednesday.",
    ),
    (
        "new customers kept out of a full bread club: no authority",
        "Village bakery's bread club is full",
        "New customers can no longer join the village bakery's bread club, which is full until "
        "spring, the owners said.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
