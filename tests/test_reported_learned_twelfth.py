"""The learned reading of the reported kinds, twelfth round: five gaps of the signal rules'
wording, each a class of reported pairs no rule found, with sentences written for these tests.

The classes were among held-out 32's missed pairs that had no candidate (see
docs/decisions/2026-12-06-reported-learned-reading-twelfth-round.md), counted on the read sets
before the cues were written:

1. data kept inside a country or bloc named by its name ("must keep the data inside China",
   "keep European users' data inside Europe"): the localisation tables named "the country" or
   "the territory" only; a data rule in 3 of 3 read articles of the form.
2. the -ing form of "order" before "to suspend | halt | stop ..." ("a notice ordering the firm
   to suspend registrations"): every other form of the verb was listed in the order tables.
3. a criminal charge of smuggling ("charges three with smuggling chips"): the charge table
   named breaching, violating and abuse, not smuggling.
4. the verb "bar" with what it stops as its object ("bars such exports to China", "a directive
   that bars the use of ..."): the tables read "bar ... from" only.
5. an authority's batch of games approved for sale ("approved 131 domestic online games"): found
   only as "regulator approved", the authority's word right before the verb.

A firm keeping its own data somewhere by choice is no rule, nor a console maker approving games
for its own store; shoppers ordering online and a
museum's exhibition on smugglers are no policy news, nor a confectioner's chocolate bar sales.

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
        "data kept inside a country named by its name: a central bank's rule for lenders",
        "Indonesia tells digital lenders to keep borrowers' files at home",
        "Bank Indonesia said on Tuesday that digital lenders must keep borrowers' data inside "
        "Indonesia from next year.",
        {"data-security-rule"},
    ),
    (
        "the -ing form of order before to suspend: a regulator's notice to a video app",
        "Media regulator issues notice ordering video app to suspend live streams",
        "The state media regulator on Monday issued a notice ordering a video app to suspend "
        "live-streaming for ten days over unlicensed broadcasts, the agency said.",
        {"restriction"},
    ),
    (
        "a criminal charge of smuggling: prosecutors and drone engines",
        "Prosecutors charge two traders with smuggling drone engines to Iran",
        "Federal prosecutors on Thursday charged two traders with smuggling 300 drone engines to "
        "Iran through a freight forwarder in Dubai, the Justice Department said.",
        {"enforcement-fine"},
    ),
    (
        "the verb bar with what it stops as its object: a ministry's directive on phones",
        "Ministry bars the use of foreign translation apps on officials' phones",
        "The interior ministry on Wednesday sent a directive to every department that bars the "
        "use of translation apps made abroad on phones issued to officials.",
        {"restriction"},
    ),
    (
        "an authority's batch of games approved for sale",
        "Press regulator approves 97 domestic games for March",
        "China's National Press and Publication Administration on Tuesday approved 97 domestic "
        "online games for March, including two titles from NetEase.",
        {"approval-requirement"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a firm's own choice of where its data lives: no authority, no rule",
        "Games studio moves its player servers to a new hall",
        "The games studio said on Friday it had moved its player servers to a new data hall "
        "near its office, where it keeps backups of its own source code.",
        {"data-security-rule"},
    ),
    (
        "a console maker approving games for its own store: no authority",
        "Console maker approves 40 indie games for its spring store showcase",
        "The console maker said on Monday it had approved 40 indie games for its spring showcase, "
        "picked from more than 600 entries.",
        {"approval-requirement"},
    ),
]

#: (class, title, body): general news, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "shoppers ordering online: no order of an authority",
        "Bakery chain says more customers are ordering online",
        "A bakery chain said on Wednesday that more customers were ordering cakes through its "
        "app, and that it would open two more shops this year.",
    ),
    (
        "bar as a noun before sales: a confectioner's chocolate bars",
        "Confectioner's chocolate bar sales to Asia jump",
        "Sales of the confectioner's chocolate bars rose 8% last quarter, and bar sales to Asia "
        "doubled, the company said on Tuesday.",
    ),
    (
        "a museum's exhibition on smugglers: no charge, no signal",
        "Harbour museum opens exhibition on old smuggling routes",
        "The harbour museum opened an exhibition on Saturday about the brandy smugglers who "
        "used the coves of the bay two centuries ago.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
