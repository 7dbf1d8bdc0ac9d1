"""A postponed effective day, on texts written for these tests (English, simplified and
traditional Chinese): the new day a postponement states is the rule's day, and a rule stays
adopted until it; distractors leave the day as it was."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from nlp.stated import effective_day, moved_day
from nlp.status import StatusReport, status_history

PUBLISHED = date(2029, 2, 10)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The start date of the drone registry rules has been changed from March 1, 2029 to "
            "July 1, 2029.",
            date(2029, 7, 1),
        ),
        (
            "The effective date of the final rule on sensor exports is delayed from March 1, "
            "2029, to June 15, 2029.",
            date(2029, 6, 15),
        ),
        (
            "The agency postponed the entry into force of its labelling rule to 1 September 2029.",
            date(2029, 9, 1),
        ),
        (
            "The ministry pushed back the start of its battery export licence rule by four "
            "months, to July 1.",
            date(2029, 7, 1),
        ),
        ("The labelling rule will now apply from August 1, a trade group said.", date(2029, 8, 1)),
        ("无人机登记办法的施行日期推迟至2029年7月1日。", date(2029, 7, 1)),
        ("经研究，《传感器出口管理办法》延期至2029年9月1日起施行。", date(2029, 9, 1)),
        ("该规定施行日期调整为2029年10月1日。", date(2029, 10, 1)),
        ("本辦法施行日期延至中華民國118年8月1日。", date(2029, 8, 1)),
    ],
)
def test_a_postponement_states_its_new_day(text: str, day: date) -> None:
    assert moved_day(text, PUBLISHED) == day
    assert effective_day(text, PUBLISHED) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # distractors: a launch or a comment period moved is no rule's day; a rule's day with a
        # launch delayed in the next sentence keeps the rule's day
        ("The company delayed the launch of its drone to July 1.", None),
        ("The deadline for comments was pushed back to April 30.", None),
        (
            "The rules take effect on March 1. The maker delayed its launch to June 1.",
            date(2029, 3, 1),
        ),
        ("公司将新品发布推迟至2029年7月1日。", None),
        ("本办法自2029年3月1日起施行。", date(2029, 3, 1)),
    ],
)
def test_other_things_moved_leave_the_day(text: str, day: date | None) -> None:
    assert moved_day(text, PUBLISHED) is None
    assert effective_day(text, PUBLISHED) == day


def _at(month: int, day: int, year: int = 2029) -> datetime:
    return datetime(year, month, day, 9, tzinfo=UTC)


def _report(
    rid: str, when: datetime, kind: str, sourcing: str, stage: str, text: str
) -> StatusReport:
    return StatusReport.of_text(rid, when, kind, sourcing, stage, text, text)


ADOPTED = _report(
    "order",
    _at(1, 5),
    "official",
    "official",
    "adopted",
    "The ministry issued the drone registry rules, which take effect on March 1, 2029.",
)
POSTPONED = _report(
    "delay",
    _at(2, 10),
    "official",
    "official",
    "adopted",
    "The start date of the drone registry rules has been changed from March 1, 2029 to "
    "July 1, 2029.",
)
ON_THE_OLD_DAY = _report(
    "old-day",
    _at(3, 1),
    "news",
    "on-record",
    "adopted",
    "The drone registry rules, once due today, will now apply from July 1, a trade group said.",
)
ON_THE_NEW_DAY = _report(
    "new-day",
    _at(7, 1),
    "news",
    "official",
    "none",
    "Drone owners queued at the registry offices, the ministry said.",
)


def test_a_postponed_rule_stays_adopted_until_its_new_day() -> None:
    history = status_history([ADOPTED, POSTPONED, ON_THE_OLD_DAY])
    assert [c.status for c in history.changes] == ["adopted"]
    assert history.confirmed


def test_a_postponed_rule_is_in_force_on_its_new_day() -> None:
    history = status_history([ADOPTED, POSTPONED, ON_THE_OLD_DAY, ON_THE_NEW_DAY])
    assert [c.status for c in history.changes] == ["adopted", "in-force"]
    assert history.changes[-1].article_id == "new-day"
    assert history.changes[-1].at == _at(7, 1)


def test_a_report_of_its_own_later_day_is_not_promoted_on_the_old_day() -> None:
    # no notice of the postponement: the report on the old day says the new day itself
    history = status_history([ADOPTED, ON_THE_OLD_DAY])
    assert [c.status for c in history.changes] == ["adopted"]


def test_a_rumoured_delay_leaves_the_day() -> None:
    rumour = _report(
        "rumour",
        _at(2, 12),
        "news",
        "anonymous",
        "reported",
        "The ministry is set to delay the drone registry rules to July 1, 2029, people familiar "
        "with the matter said.",
    )
    on_the_day = _report(
        "on-day",
        _at(3, 1),
        "news",
        "official",
        "none",
        "Drone owners queued at the registry offices, the ministry said.",
    )
    history = status_history([ADOPTED, rumour, on_the_day])
    assert [c.status for c in history.changes] == ["adopted", "in-force"]
    assert history.changes[-1].at == _at(3, 1)


def test_a_rule_without_a_postponement_is_in_force_on_its_day() -> None:
    on_the_day = _report(
        "on-day",
        _at(3, 1),
        "news",
        "official",
        "none",
        "Drone owners queued at the registry offices, the ministry said.",
    )
    history = status_history([ADOPTED, on_the_day])
    assert [c.status for c in history.changes] == ["adopted", "in-force"]
