"""The learned reading of the reported kinds, eleventh round: an order to delete biometric
records named as what they are (scans, fingerprints, voiceprints), a class of reported pairs no
signal rule found (no candidate at all), with sentences written for these tests.

The class was among held-out 31's missed pairs that had no candidate (see
docs/decisions/2026-12-06-reported-learned-reading-eleventh-round.md), counted on the read sets
before the cue was written: an authority's order to delete, erase or destroy personal records is
a data rule in 8 of 9 read articles (background in the ninth); the cue's older form named the
records "data", "records", "images" and the like, not "iris scans" or "face scans". A clinic's
own clean-up of old scans and a hospital buying scanners order nothing.

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
        "an order to delete biometric scans: a data regulator and a gym chain",
        "Spain's data watchdog orders gym chain to delete members' palm scans",
        "Spain's data protection agency on Wednesday ordered a gym chain to delete the palm "
        "scans of 300,000 members that it used to open its turnstiles, saying the firm had no "
        "legal basis to keep them.",
        {"data-security-rule"},
    ),
    (
        "an order to erase fingerprints kept after staff left",
        "Regulator tells logistics group to erase former workers' fingerprints",
        "Poland's personal data office told a logistics group on Monday to erase the "
        "fingerprints of former warehouse workers within 60 days, the office said in a "
        "statement.",
        {"data-security-rule"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a firm deleting old scans on its own: no authority, no order",
        "Dental chain clears out old X-ray scans in storage upgrade",
        "A dental chain said on Tuesday it would delete old X-ray scans from its servers as it "
        "moves patient files to a new storage system next year.",
        {"data-security-rule"},
    ),
]

#: (class, title, body): general news, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a hospital buying scanners: no order, no signal",
        "Hospital buys two new scanners for its cancer ward",
        "A hospital in the north of the city bought two new scanners for its cancer ward, its "
        "director told reporters on Thursday.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
