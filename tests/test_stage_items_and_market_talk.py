"""Stage: three readings of the eighth status round that caught real rules or plain prose.

Sentences written for these tests. (1) A suspension word's item ("app", "model") that is the
object of a rule named a few words on ("halts Texas app store age law") is the rule suspended,
not a product stopped; a preposition between ("halts its app until the rule ...") keeps it an
item. (2) Rules counted in Chinese (废止3部行政法规) are rules, not counted items. (3) An in-force
cue read as a noun and followed by "from" in market talk ("a rush of orders from phone makers
ahead of the holiday season") dates no effect ahead: the head names no act.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.stage_support import stage_of

PUBLISHED = date(2027, 3, 2)

RULE_SUSPENDED = [
    (
        "item-then-law",
        "Court halts Ohio's chatbot model disclosure law\n\nA federal judge on Tuesday blocked "
        "the state from enforcing the law while the case proceeds.",
    ),
    (
        "app-store-law",
        "Judge halts Utah app store age law\n\nA federal judge blocked the state from enforcing "
        "the law on Monday.",
    ),
    (
        "zh-counted-rules",
        "国务院决定废止5部行政法规\n\n国务院日前公布决定，废止5部行政法规，自公布之日起生效。",
    ),
]


@pytest.mark.parametrize(("name", "text"), RULE_SUSPENDED, ids=[r[0] for r in RULE_SUSPENDED])
def test_a_rule_named_after_its_object_or_counted_is_suspended(name: str, text: str, cues) -> None:
    assert stage_of(text, cues, signal=False) == "suspended"


NO_SUSPENSION = [
    (
        "app-until-rule",
        "Maker halts its app until the rule is clarified\n\nThe company halted its app in Europe "
        "until the rule is clarified.",
    ),
    ("counted-numbers", "运营商暂停1500个号码\n\n运营商依据新规暂停了1500个号码。"),
]


@pytest.mark.parametrize(("name", "text"), NO_SUSPENSION, ids=[r[0] for r in NO_SUSPENSION])
def test_items_stopped_under_a_rule_stay_no_suspension(name: str, text: str, cues) -> None:
    assert stage_of(text, cues, signal=False) != "suspended"


def test_market_talk_with_orders_from_buyers_is_no_adoption(cues) -> None:
    text = (
        "Chip maker rallies on order hopes\n\nShares of the chip maker rose 6% on Wednesday as "
        "traders bet on a wave of orders from handset makers ahead of the festival season."
    )
    assert stage_of(text, cues, signal=False, published=PUBLISHED) == "none"


def test_an_effect_on_a_stated_day_ahead_is_still_adopted(cues) -> None:
    text = (
        "Notice No. 7 of 2027\n\nThe registration requirements take effect on 1 June 2027 for "
        "all operators."
    )
    assert stage_of(text, cues, signal=False, published=PUBLISHED) == "adopted"
