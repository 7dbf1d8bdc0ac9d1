"""Official notices joined to their news, twenty-fifth round: the class of held-out 21's wrong join.

Notices and reports written for these tests (invented cities, regulators, ordinances, circulars).

The review's second look moves a development of notices into the development holding the report
their evidence agrees with best. When the English model had taken that report (a city's draft
ordinance, its news) into another government's development on a consultation's generic wording
(another country's draft circular for comment), the notice would follow it there on one report.
The move also needs the development's opening report not to read the notice apart (kinds of
action or subject, nothing shared); a development opened by the notice's own news, or by a
report stating nothing against it, takes the notice as before.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.cluster import DevelopmentState, Grouper, GroupingParams
from policywatch_core.models import Assignment
from tests.notice_support import development, text_profile

TAIPEI_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2033, month, day, hour, tzinfo=TAIPEI_TIME)


def _grouper() -> Grouper:
    return Grouper(GroupingParams(broad_entities=frozenset({"taiwan"})))


# A city's draft ordinance for comment, in traditional script: a permit for drone flights at
# night, thirty days of comment.
DRONE_NOTICE = (
    "新竹市政府公告。預告訂定「新竹市無人機夜間飛行管理自治條例」草案，對於本草案內容有任何意見者，"
    "請於本預告刊登公報之次日起三十日內陳述意見。草案規定，夜間飛行無人機者應事先申請許可。"
)
# Its English news, the next day (the same permit, the same thirty days).
DRONE_NEWS = (
    "Hsinchu publishes draft ordinance on night drone flights. Hsinchu's city government "
    "published a draft ordinance that would require a permit before anyone flies a drone at "
    "night, and opened 30 days of comment."
)
# Another country's regulator's draft circular on automated loan pricing, for comment.
LOAN_DRAFT = (
    "Draft circular on automated loan pricing. The Financial Superintendence publishes for "
    "comment a draft circular that would require lenders to explain automated loan pricing to "
    "borrowers and offer a human review. Comments are received until May 3."
)
# A second report on the city's drones, stating nothing against the notice.
DRONE_COUNCILLOR = (
    "Hsinchu councillor wants limits on night drone flights. A Hsinchu councillor said "
    "residents complained about drone noise after midnight."
)


def _notice_beside(*english: tuple[str, str, datetime]) -> tuple[Grouper, list[Assignment]]:
    """The notice's own development and one English development holding ``english`` in order."""
    grouper = _grouper()
    profiles = [text_profile(rid, text, set(), when) for rid, text, when in english]
    development(grouper, "english", *profiles)
    development(grouper, "notice", text_profile("n", DRONE_NOTICE, set(), _at(3, 11)))
    assignments = [Assignment(rid, "english", i == 0, 1.0) for i, (rid, _, _) in enumerate(english)]
    assignments.append(Assignment("n", "notice", True, 1.0))
    return grouper, assignments


def _merged(monkeypatch: pytest.MonkeyPatch, *english: tuple[str, str, datetime]) -> bool:
    """Whether the review's second look moves the notice, the evidence choosing the English one."""
    grouper, assignments = _notice_beside(*english)
    target: DevelopmentState = grouper.developments["english"]
    # the cross-language evidence chose the development holding the notice's news
    monkeypatch.setattr(grouper, "_foreign_merge_target", lambda dev, apart: target)
    moved = grouper._merge_pass(assignments, {a.article_id for a in assignments}, set())
    return "n" in moved and grouper.member_of["n"] == "english"


def test_a_notice_does_not_follow_its_news_into_another_governments_development(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the loan draft opened the development; the English model put the drone news there
    assert not _merged(
        monkeypatch,
        ("loan", LOAN_DRAFT, _at(2, 25)),
        ("news", DRONE_NEWS, _at(3, 12)),
    )


def test_a_notice_joins_the_development_its_news_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    # the true join is kept: the notice's own news opened the development
    assert _merged(monkeypatch, ("news", DRONE_NEWS, _at(3, 12)))


def test_an_opening_report_stating_nothing_against_the_notice_keeps_the_merge(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # trap: the opening report states no kind of action and no subject the notice contradicts
    assert _merged(
        monkeypatch,
        ("councillor", DRONE_COUNCILLOR, _at(3, 1)),
        ("news", DRONE_NEWS, _at(3, 12)),
    )


def test_the_rule_reads_the_opening_report_only() -> None:
    grouper, _ = _notice_beside(("loan", LOAN_DRAFT, _at(2, 25)), ("news", DRONE_NEWS, _at(3, 12)))
    notice, english = grouper.developments["notice"], grouper.developments["english"]
    assert grouper._apart_from_opening(notice, english)
    # a development of one script is not asked: no notice to read apart
    assert not grouper._apart_from_opening(english, notice)
