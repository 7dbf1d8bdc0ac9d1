"""Stage by class of wording, thirteenth round, on sentences written for these tests (English and
Chinese; the drone rules are invented).

1. A temporary or emergency rule that ran out at its sunset ("expired", "lapsed", "was allowed to
   lapse", 到期失效, 有效期届满) is suspended; a sunset still to come, one negated, one told as
   history, or a permit that expired suspends nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.stage_support import stage_of

PUBLISHED = date(2029, 3, 10)

SUNSET = [
    (
        "en-expired",
        "Emergency drone curfew ends\n\nThe emergency drone curfew adopted in January expired on "
        "March 8 and was not renewed.",
    ),
    (
        "en-lapsed",
        "Temporary battery rules end\n\nThe temporary battery rules lapsed at the end of February "
        "after the aviation board chose not to renew them.",
    ),
    (
        "en-allowed-to-lapse",
        "Board lets drone rule go\n\nThe aviation board allowed the emergency charging rule to "
        "lapse on March 1.",
    ),
    (
        "en-was-allowed",
        "Drone curfew over\n\nThe interim curfew order was allowed to lapse last week.",
    ),
    ("zh-daoqi", "无人机临时管控措施结束\n\n《无人机临时飞行管控措施》已于3月8日到期失效。"),
    (
        "zh-jieman",
        "民航局公告\n\n《无人机电池临时管理办法》有效期届满，自2029年3月9日起不再执行。",
    ),
]


@pytest.mark.parametrize(("name", "text"), SUNSET, ids=[r[0] for r in SUNSET])
def test_rule_run_out_at_its_sunset_is_suspended(name: str, text: str, cues) -> None:
    assert stage_of(text, cues, published=PUBLISHED) == "suspended"


NOT_SUNSET = [
    (
        "en-will-expire",
        "Agency issues emergency drone rule\n\nThe aviation agency issued an emergency drone "
        "rule, which will expire on December 31.",
        "adopted",
    ),
    (
        "en-not-expired",
        "Agency issues emergency drone rule\n\nThe aviation agency issued an emergency drone "
        "rule; the rule has not expired.",
        "adopted",
    ),
    (
        "en-permit",
        "Agency issues battery rule\n\nOperators whose permits expired must reapply under the "
        "battery rule, which took effect on Monday.",
        "in-force",
    ),
    (
        "zh-licence",
        "民航局发布无人机电池管理办法\n\n民航局发布《无人机电池管理办法》，许可证有效期届满前应当申请延续。",
        "adopted",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), NOT_SUNSET, ids=[r[0] for r in NOT_SUNSET])
def test_no_sunset_passed_suspends_nothing(name: str, text: str, expected: str, cues) -> None:
    assert stage_of(text, cues, published=PUBLISHED) == expected
