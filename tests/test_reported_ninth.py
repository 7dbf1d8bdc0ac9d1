"""The learned reading of the reported kinds, ninth round: four classes of reported pairs no signal
rule found (no candidate at all) and one missing word form, with sentences written for these tests.

The classes were held-out 29's missed pairs that had no candidate (see
docs/decisions/2026-12-06-reported-learned-reading-ninth-round.md), each counted on the read
sets before a rule was written:

1. approvals stopped, in English ("will stop approving new data centres", "halts approvals of"):
   an approval requirement, as 暂停审批 already is in Chinese.
2. the test an order waits on ("to pause the feature until it passes a security assessment"):
   an approval requirement.
3. the fines of a law held off ("delays fines under the act by six months", "puts the
   penalties on ice"): enforcement; penalties of a football match put on hold name no
   authority, and delays that leave operations looking fine are no fine.
4. the data transfers a fine or a probe is over ("fined the app over data transfers"): a data
   rule.
5. a guideline in the singular, published or issued ("will publish a guideline on"): guidance.

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
        "approvals stopped: an energy ministry stops approving server farms",
        "Norway to stop approving new server farms in the north",
        "Norway's energy ministry said on Tuesday it will stop approving new server farms in "
        "the northern grid region until transmission lines are upgraded.",
        {"approval-requirement"},
    ),
    (
        "an order waits on a test: a chatbot paused until it passes a review",
        "Regulator orders Brazilian bank to pause its chatbot until it passes a review",
        "Brazil's central bank has ordered a lender to pause its customer chatbot until the "
        "tool passes an independent review of its credit advice, two people said.",
        {"approval-requirement"},
    ),
    (
        "fines held off: a law's fines postponed",
        "Chile postpones platform law fines by six months",
        "Chile's economy ministry said on Monday it will postpone fines under the new digital "
        "platforms law until July, giving companies more time to adapt.",
        {"enforcement-fine"},
    ),
    (
        "over data transfers: a watchdog's fine over data transfers",
        "Spanish watchdog fines ride-hailing app over data transfers",
        "Spain's data protection agency fined a ride-hailing app 3 million euros on Wednesday "
        "for moving riders' trip records to servers in another country.",
        {"data-security-rule", "enforcement-fine"},
    ),
    (
        "a guideline in the singular: a central bank to publish a guideline",
        "Thai central bank to publish a guideline on AI in lending",
        "The Bank of Thailand will publish a guideline on the use of AI models in lending "
        "decisions by the end of the year, a deputy governor said on Friday.",
        {"guidance-standard"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "fines held off: a delay and the adjective fine are no fine",
        "Port delays ease after customs system upgrade",
        "The transport ministry said delays at the container port were short on Monday and "
        "that operations looked fine after the customs system upgrade.",
        {"enforcement-fine"},
    ),
]

#: (class, title, body): general news, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "penalties on hold in a football match: no authority, no signal",
        "Floodlight failure leaves cup final penalties on hold",
        "A floodlight failure left the cup final's penalties on hold for forty minutes on "
        "Saturday before the home side won the shoot-out.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
