"""Reported actions by class, ninth round: the classes that recur across sets written by different
people, with sentences written for these tests.

Each class below was missed (or wrongly reported) in three or more annotated about sets (see
docs/decisions/2026-12-04-reported-signals-ninth-round.md); the articles here are new wording of
the same class, in English and Chinese, so the rules are checked on text they were not written
from. Each class has a positive case (``CLASSES``) and a distractor for its other side that
must stay background or report none of the kinds (``TRAPS``). Run through the whole tagger
(signals, salience, reported).
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
        "a listing on an end-user list, the listed parties in a long phrase",
        "Tokyo puts six Chinese research institutes on its end-user list",
        "Japan's trade ministry on Friday added six Chinese research institutes to its end-user "
        "list over weapons development.",
        {"export-control"},
    ),
    (
        "a listing on an export entity list (Chinese, 实体名单)",
        "韩国产业部将四家企业列入战略物资出口实体名单",
        "韩国产业通商资源部12月5日公告，将四家外国企业列入战略物资出口实体名单，即日起生效。",
        {"export-control"},
    ),
    (
        "an authority's act on 'the company' in a later sentence, under a results headline",
        "Chip designer's revenue beats forecasts on data-centre demand",
        "The chip designer reported a 20% rise in quarterly revenue on Wednesday, helped by "
        "orders from cloud providers. Its margins widened for a third quarter. On the call, the "
        "finance chief confirmed that the competition regulator had opened an investigation into "
        "the company's licensing terms in September.",
        {"enforcement-fine"},
    ),
    (
        "a fine on 'the firm' told in a later sentence of a feature",
        "How a Boston fund ran foul of Washington's outbound regime",
        "The fund was set up in 2018 by three former bankers. It backed a dozen start-ups in Asia, "
        "two of them in Shenzhen. On Monday the US Treasury said it had fined the firm $900,000 "
        "for failing to notify it of one of those deals.",
        {"enforcement-fine"},
    ),
]

#: (class, title, body, kinds that must not be reported)
TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a summons's demands are the enforcement's content, not a ban",
        "市场监管总局约谈三家直播平台",
        "市场监管总局12月5日约谈三家直播平台企业负责人，要求其立即整改，不得诱导未成年人打赏。",
        {"restriction"},
    ),
    (
        "a summons's demands (English)",
        "Regulator summons food delivery platforms over fees",
        "The market regulator summoned three food delivery platforms on Friday and told them to "
        "stop forcing restaurants to join discount campaigns.",
        {"restriction"},
    ),
    (
        "a listing given as context stays background",
        "Drone maker's sales fall for a second year",
        "The drone maker's revenue fell 12% in the third quarter. The company has been on the US "
        "entity list since 2020 and buys its chips at home.",
        {"export-control", "restriction"},
    ),
    (
        "an authority's power over 'the company', not an act",
        "Chip designer's revenue beats forecasts on data-centre demand",
        "The chip designer reported a 20% rise in quarterly revenue on Wednesday. Analysts said "
        "the competition regulator could open an investigation into the company's licensing "
        "terms next year.",
        {"enforcement-fine"},
    ),
]

#: (class, title, body): business news in policy words, no policy signal at all
NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a company's own supplier list",
        "Carmaker drops two battery suppliers from its approved list",
        "The carmaker removed two battery suppliers from its list of approved vendors after "
        "quality checks, a spokesperson said on Monday.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
