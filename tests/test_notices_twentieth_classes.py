"""Official notices joined to their news, twentieth round: the classes of held-out 16's misses.

Notices and reports written for these tests (invented acts, numbers, figures and dates).

1. The review's second look does not merge a development holding a notice in one script into
   a development of another script on the embedding alone: the two must share an authority
   (not the country alone) or a fact of the act (a document number, a figure, a day).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nlp.cluster import DevelopmentState, Grouper, GroupingParams
from policywatch_core.models import Assignment
from tests.notice_support import development, text_profile

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2033, month, day, hour, tzinfo=CHINA_TIME)


def _grouper() -> Grouper:
    parents = (("mct", "china"), ("miit", "china"), ("caac", "china"))
    return Grouper(GroupingParams(entity_parents=parents, broad_entities=frozenset({"china"})))


# -- 1. a notice merged at review into another authority's English development ------------------

# The culture ministry's notice on drone light shows at scenic spots...
SHOW_NOTICE = (
    "文化和旅游部关于加强旅游景区无人机表演活动安全管理的通知\n各地文化和旅游行政部门："
    "旅游景区举办无人机表演活动，应当提前制定安全预案，落实现场人员疏导措施。"
)
# ...and, the day before, English news of the aviation regulator's own drone measure (the same
# field, another authority: the country alone is named).
AVIATION_NEWS = (
    "China tightens flight approvals for drone swarms\nChina will require operators of drone "
    "swarms to file flight plans in advance, according to rules published on Tuesday."
)
# The culture ministry's English news of its notice (the authority shared).
SHOW_NEWS = (
    "China's culture and tourism ministry tightens drone shows at scenic spots\nThe Ministry of "
    "Culture and Tourism told scenic spots to draw up safety plans for drone light shows."
)
# A notice and a report agreeing on a fact of the act (a document number), no authority shared.
NUMBERED_NOTICE = (
    "关于加强旅游景区无人机表演活动安全管理的通知 文旅市场发〔2033〕27号\n旅游景区举办无人机"
    "表演活动，应当提前制定安全预案。"
)
NUMBERED_NEWS = (
    "China issues drone show safety notice\nThe notice, numbered Wenlü Shichang Fa [2033] No. 27, "
    "tells scenic spots to draw up safety plans."
)


def _notice_beside_news(
    notice: str, notice_ids: set[str], news: str, news_ids: set[str]
) -> tuple[Grouper, list[Assignment], DevelopmentState]:
    grouper = _grouper()
    development(grouper, "english", text_profile("e", news, news_ids, _at(4, 8, 15)))
    development(grouper, "notice", text_profile("n", notice, notice_ids, _at(4, 9, 9)))
    assignments = [
        Assignment("e", "english", True, 1.0),
        Assignment("n", "notice", True, 1.0),
    ]
    return grouper, assignments, grouper.developments["english"]


def _merged(
    monkeypatch: pytest.MonkeyPatch, notice: str, notice_ids: set[str], news: str, ids: set[str]
) -> bool:
    """Whether the review's second look moves the notice, the evidence choosing the news."""
    grouper, assignments, english = _notice_beside_news(notice, notice_ids, news, ids)
    # the cross-language evidence (or the embedding) chose the English development
    monkeypatch.setattr(grouper, "_foreign_merge_target", lambda dev, apart: english)
    moved = grouper._merge_pass(assignments, {"e", "n"}, set())
    return "n" in moved and grouper.member_of["n"] == "english"


def test_a_notice_is_not_merged_into_another_authoritys_english_news(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert not _merged(monkeypatch, SHOW_NOTICE, {"mct", "china"}, AVIATION_NEWS, {"china"})


def test_a_notice_is_merged_into_its_authoritys_english_news(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _merged(monkeypatch, SHOW_NOTICE, {"mct", "china"}, SHOW_NEWS, {"mct", "china"})


def test_a_notice_is_merged_into_news_stating_its_document_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _merged(monkeypatch, NUMBERED_NOTICE, {"china"}, NUMBERED_NEWS, {"china"})


def test_the_rule_reads_both_ways_and_leaves_one_script_alone() -> None:
    grouper, _, english = _notice_beside_news(SHOW_NOTICE, {"mct"}, AVIATION_NEWS, {"china"})
    notice = grouper.developments["notice"]
    assert grouper._unfounded_across(notice, english)
    assert grouper._unfounded_across(english, notice)
    # two English developments: not asked (the English model reads both)
    development(grouper, "other", text_profile("o", SHOW_NEWS, {"mct"}, _at(4, 9, 12)))
    assert not grouper._unfounded_across(english, grouper.developments["other"])
