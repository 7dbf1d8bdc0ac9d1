"""The learned reading of the reported kinds, tenth round: licences for exports with a date or a
scope between, a class of reported pairs no signal rule found (no candidate at all), with
sentences written for these tests.

The class was among held-out 30's missed pairs that had no candidate (see
docs/decisions/2026-12-06-reported-learned-reading-tenth-round.md), counted on the read sets
before the rule was written: "licence(s) ... for exports" is an export control ("will require
licences from 1 March for exports of", "paused a rule requiring licences for exports of"); the
cue's older form wanted the verb ("licences for exporting") or the noun before the licence
("export licences"). A licence fee raised before a holiday and a driving licence name no export.

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
        "licences for exports, a date between: a trade ministry's new requirement",
        "Korea to require licences for exports of wafer-bonding machines",
        "South Korea's trade ministry said on Thursday it will require licences from 1 March "
        "for exports of wafer-bonding machines to nine countries.",
        {"export-control", "approval-requirement"},
    ),
    (
        "licences for exports: a requirement paused by a court",
        "Court halts Swiss rule on laser tool sales abroad",
        "Switzerland has paused a rule requiring licences for exports of precision laser tools "
        "after a federal court ruled it lacked a legal basis, the economy ministry said.",
        {"export-control"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a licence with no export: the fee of a taxi licence",
        "Lisbon raises taxi licence fees for the summer",
        "Lisbon's city council said on Monday that licences for taxis will cost more from June, "
        "the first rise in ten years.",
        {"export-control"},
    ),
]

#: (class, title, body): general news, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a fishing licence before a holiday: no export, no signal",
        "Anglers queue for fishing licences before the holiday",
        "Anglers queued on Friday to buy fishing licences before the long weekend, shop owners "
        "in the harbour town said.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
