"""Stage by class of wording, the classes policy-status held-out 9 missed end to end, on sentences
written for these tests (English and Chinese): a suspension lifted (the rule applies again), an
effective date left to be set later (adopted, not in force). Each class has distractors the rule
must leave alone."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.status import StatusReport, status_history
from tests.stage_support import stage_of


def _at(month: int, day: int) -> datetime:
    return datetime(2028, month, day, 9, tzinfo=UTC)


# -- a suspension lifted: the rule is in force again ---------------------------------------------

LIFTED = [
    "Ministry lifts abeyance on drone registration rules\n\nThe transport ministry said the "
    "drone registration rules are in force again from today.",
    "Regulator lifts suspension of data transfer rule\n\nThe data regulator has withdrawn its "
    "suspension order, and the transfer rule applies again.",
    "Agency ends pause on chatbot age checks\n\nThe agency said on Monday it had ended the pause "
    "on its chatbot age-check rule.",
    "网信办解除暂停，算法备案办法恢复施行\n\n国家网信办宣布，解除对算法备案办法的暂停，该办法即日起恢复施行。",
    "算法备案办法重新生效\n\n国家网信办宣布，暂停执行的算法备案办法自今日起重新生效。",
]


@pytest.mark.parametrize("text", LIFTED)
def test_a_suspension_lifted_is_in_force(text, cues):
    assert stage_of(text, cues) == "in-force"


@pytest.mark.parametrize(
    "text",
    [
        # distractors: a suspension announced, and a ban (a restriction) lifted
        "Ministry keeps drone rules in abeyance\n\nThe transport ministry has put the drone "
        "registration rules in abeyance pending consultations.",
        "Regulator suspends data transfer rule\n\nThe data regulator suspended the transfer rule "
        "on Friday.",
        "Government lifts ban on drone imports\n\nThe government lifted its ban on drone imports.",
        "网信办暂停执行算法备案办法\n\n国家网信办宣布，自即日起暂停执行算法备案办法。",
    ],
)
def test_a_suspension_announced_or_a_ban_lifted_stays_suspended(text, cues):
    assert stage_of(text, cues) == "suspended"


def test_the_history_returns_to_in_force_after_a_suspension_lifted(cues) -> None:
    texts = [
        (
            "rule",
            _at(3, 1),
            "Ministry issues drone registration rules\n\nThe transport ministry "
            "issued drone registration rules, which took effect on Monday.",
        ),
        (
            "pause",
            _at(4, 2),
            "Ministry keeps drone rules in abeyance\n\nThe transport ministry "
            "has put the drone registration rules in abeyance pending consultations.",
        ),
        ("lift", _at(5, 9), LIFTED[0]),
    ]
    reports = [
        StatusReport.of_text(
            rid, when, "official", "official", stage_of(text, cues), text, text.split("\n")[0]
        )
        for rid, when, text in texts
    ]
    history = status_history(reports)
    assert [c.status for c in history.changes] == ["in-force", "suspended", "in-force"]
    assert history.changes[-1].at.date() == date(2028, 5, 9)
    assert history.changes[-1].confirmed_by == "lift"


# -- an effective date left to be set later: adopted, not in force ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "立法院三讀通過無人機管理條例修正案\n\n立法院今日三讀通過無人機管理條例修正案，修正條文施行日期，"
        "由行政院定之。",
        "国务院公布无人机管理条例\n\n国务院公布无人机管理条例，本条例施行日期另行公布。",
        "议会通过无人机法\n\n全国人大常委会通过无人机法，本法施行时间另行规定。",
        "Parliament passes drone law; effective date to follow\n\nThe drone law takes effect on a "
        "date to be set by the cabinet.",
        "Parliament passes drone law\n\nParliament passed the drone law on Tuesday; it comes into "
        "force on such day as the minister may appoint.",
    ],
)
def test_an_effect_on_a_day_to_be_set_later_is_adopted(text, cues):
    assert stage_of(text, cues) == "adopted"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # distractors: a rule with a stated day, on that day; a day set and come
        (
            "国务院公布无人机管理条例\n\n国务院公布无人机管理条例，本条例自2028年5月1日起施行。",
            date(2028, 5, 1),
        ),
        (
            "Drone law in force\n\nThe drone law, passed in March, took effect on Monday after the "
            "cabinet set the date.",
            None,
        ),
        (
            "無人機管理條例修正條文今起施行\n\n行政院定於今日施行無人機管理條例修正條文，"
            "違反者處新臺幣六萬元以上罰鍰。",
            None,
        ),
    ],
)
def test_a_rule_on_its_stated_or_set_day_stays_in_force(text, published, cues):
    assert stage_of(text, cues, published=published) == "in-force"
