"""Official notices joined to their news, twenty-ninth notices round: who issues, and figures.

Notices and reports written for these tests (invented offices, titles, numbers and dates).

What ties a notice to its news need not be the name of the document: the place below the
country that issues it (a province's general office, "the province's government has issued
..."), the years a plan runs told as a count (三年行动计划: "a three-year plan"), a period of days
told with a bound (保存期限不少于六十日: "kept for at least 60 days"). And a city's own notice,
once with its news, does not take in a report of the national measure that names no city.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

from nlp.cluster import Grouper, GroupingParams
from nlp.crosslingual import (
    JOIN_THRESHOLD,
    Evidence,
    _amounts_cn,
    _amounts_en,
    agreement,
    places_of,
)
from tests.notice_support import text_profile

CHINA_TIME = timezone(timedelta(hours=8))
PLACES = (("苏州市", "suzhou", False), ("苏州", "suzhou", True), ("Suzhou", "suzhou", True))


def test_one_issuing_place_counts_for_a_join_whatever_the_document_is_called() -> None:
    notice = _placed("anhui", list_sizes=frozenset({"24"}))
    news = _placed("anhui", list_sizes=frozenset({"24"}))
    found = agreement(notice, news)
    assert found.parts.get("places") == 1.0
    assert found.score >= JOIN_THRESHOLD
    # the same figure without the place stays under the line, as before
    unplaced = agreement(replace_places(notice, frozenset()), news)
    assert "places" not in unplaced.parts
    assert unplaced.score < JOIN_THRESHOLD


def test_a_place_with_one_subject_alone_stays_under_the_join_line() -> None:
    notice = _placed("anhui", topics=frozenset({"drones"}))
    news = _placed("anhui", topics=frozenset({"drones", "subsidies"}))
    found = agreement(notice, news)
    assert found.parts.get("places") == 1.0
    assert found.score < JOIN_THRESHOLD
    # only in the agreement: a join adds nearness in time (tests/test_notices_review_mends.py)


def test_two_places_are_no_place_part_and_two_governments_none_either() -> None:
    one = _placed("anhui", list_sizes=frozenset({"24"}))
    other = _placed("hubei", list_sizes=frozenset({"24"}))
    assert "places" not in agreement(one, other).parts
    # a place shared by two governments' texts does not outweigh their owners apart
    owned = _placed("anhui", owners=frozenset({"china"}), list_sizes=frozenset({"24"}))
    foreign = _placed("anhui", owners=frozenset({"japan"}), list_sizes=frozenset({"24"}))
    parts = agreement(owned, foreign).parts
    assert parts.get("owners") == -1.0
    assert "places" not in parts


def test_a_plans_years_told_before_the_plan_are_a_figure_its_news_states() -> None:
    assert "3y" in _amounts_cn("关于印发《某省矿山智能巡检三年行动计划（2040—2042年）》的通知")
    assert "5y" in _amounts_cn("某市数据要素五年规划")
    assert "3y" in _amounts_en("The province issued a three-year plan for mine inspection.")
    # a year's number before 计划 is no period, nor is a single year
    assert _amounts_cn("某市2040年计划") == set()
    assert _amounts_cn("某市一年工作计划") == set()
    notice = Evidence(amounts=frozenset(_amounts_cn("印发《矿山智能巡检三年行动计划》")))
    news = Evidence(amounts=frozenset(_amounts_en("It set a three-year plan, with 2 days' notice")))
    assert agreement(notice, news).parts.get("amounts") == 1.0


def test_days_after_a_bound_are_a_period_not_a_day_of_the_month() -> None:
    assert "60d" in _amounts_cn("监测记录保存期限不少于六十日。")
    assert "30d" in _amounts_cn("办理时限不超过30日。")
    # a date after a bound is not read as a period, nor a bare day of the month
    assert _amounts_cn("不超过12月31日") == set()
    assert _amounts_cn("自2041年3月1日起施行") == set()
    assert "60d" in _amounts_en("Records must be kept for at least 60 days.")


def _placed(place: str, **fields: frozenset[str]) -> Evidence:
    """A text issued by ``place`` (an issuing place is also a place the text names)."""
    return Evidence(places=frozenset({place}), named_places=frozenset({place}), **fields)


def replace_places(evidence: Evidence, places: frozenset[str]) -> Evidence:
    return replace(evidence, places=places, named_places=places)


def test_a_places_notice_keeps_out_a_report_naming_no_place_of_it() -> None:
    grouper = Grouper(GroupingParams(places=PLACES))
    where = places_of(PLACES)
    notice = text_profile(
        "n",
        "苏州市工业和信息化局关于印发《苏州市算力中心绿电消费实施细则》的通知\n现印发给你们。",
        set(),
        datetime(2041, 5, 12, 16, tzinfo=CHINA_TIME),
        places=where,
    )
    own = text_profile(
        "a",
        "Suzhou finalises green power rules for data centres\nSuzhou's industry bureau issued it.",
        set(),
        datetime(2041, 5, 14, 8, tzinfo=UTC),
        places=where,
    )
    national = text_profile(
        "b",
        "Operators sign wind deals to meet the national power target\nA firm signed a contract.",
        set(),
        datetime(2041, 5, 20, 8, tzinfo=UTC),
        places=where,
    )
    assert own.reading is not None
    assert national.reading is not None
    assert grouper._place_unnamed(national.reading, [notice, own])
    assert not grouper._place_unnamed(own.reading, [notice, national])
    # a development whose notices state no issuing place refuses nothing
    central = text_profile(
        "c",
        "工业和信息化部关于印发《算力中心绿电消费指导意见》的通知\n现印发给你们。",
        set(),
        datetime(2041, 5, 12, 16, tzinfo=CHINA_TIME),
        places=where,
    )
    assert not grouper._place_unnamed(national.reading, [central, own])
