"""Official notices joined to their news: mends of the twenty-ninth notices round.

Notices and reports written for these tests (invented offices, titles, numbers and dates).

The place both texts say issues a measure tells no two measures of it together; a plan's years
are a count, not a year's number nor a year of a plan; a relay (转发) is its source's measure,
not its issuer's; a city's notice is its province's news, and a province's its city's.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from nlp.cluster import Grouper, GroupingParams
from nlp.crosslingual import (
    JOIN_THRESHOLD,
    Evidence,
    _amounts_cn,
    _with_near,
    action_apart,
    agreement,
    default_variants,
    extract_evidence,
    issuing_places,
    places_of,
)
from tests.notice_support import text_profile

CHINA_TIME = timezone(timedelta(hours=8))
PLACES = (
    ("深圳市", "shenzhen", False),
    ("深圳", "shenzhen", True),
    ("Shenzhen", "shenzhen", True),
    ("广东省", "guangdong", False),
    ("广东", "guangdong", True),
    ("Guangdong", "guangdong", True),
    ("江苏省", "jiangsu", False),
    ("江苏", "jiangsu", True),
    ("Jiangsu", "jiangsu", True),
)


def test_one_province_kinds_apart_are_still_read_apart() -> None:
    # a province's restriction against its subsidy: the place both state does not join them
    assert action_apart({"kinds": -1.0, "places": 1.0})
    assert action_apart({"kinds": -1.0})
    # any other part agreeing still keeps them together, as before
    assert not action_apart({"kinds": -1.0, "places": 1.0, "topics": 1.0})
    assert not action_apart({"kinds": -1.0, "amounts": 1.0})


def test_a_plans_years_are_no_years_number_nor_a_year_of_a_plan() -> None:
    assert _amounts_cn("某市二〇四六年工作计划") == set()
    assert _amounts_cn("某局二〇四五年行动方案") == set()
    assert _amounts_cn("某市零五年计划") == set()
    assert _amounts_cn("实施第二年计划") == set()
    assert _amounts_cn("近三年规划") == set()
    assert _amounts_cn("前两年方案") == set()
    assert _amounts_cn("每年计划") == set()
    # the plan's years themselves still read, in either script
    assert "3y" in _amounts_cn("某省三年行动计划")
    assert "5y" in _amounts_cn("某市数据要素五年规划")
    read = extract_evidence(
        "某縣數位韌性三年計畫\n為推動數位韌性，訂定本計畫。", variants=default_variants()
    )
    assert "3y" in read.amounts


def test_a_relay_states_no_issuing_place() -> None:
    where = places_of(PLACES)
    relay = (
        "江苏省工业和信息化厅关于转发《工业和信息化部关于开展算力券试点的通知》的通知\n"
        "现将通知转发给你们，请遵照执行。"
    )
    assert issuing_places(relay, where) == frozenset()
    own = "江苏省工业和信息化厅关于印发《江苏省算力券实施细则》的通知\n现印发给你们。"
    assert issuing_places(own, where) == frozenset({"jiangsu"})


def test_a_relayed_ministry_notice_keeps_no_report_of_its_measure_out() -> None:
    grouper = Grouper(GroupingParams(places=PLACES))
    relay = text_profile(
        "n",
        "江苏省工业和信息化厅关于转发《工业和信息化部关于开展算力券试点的通知》的通知\n"
        "现将通知转发给你们，请遵照执行。",
        set(),
        datetime(2041, 5, 12, 16, tzinfo=CHINA_TIME),
        places=places_of(PLACES),
    )
    news = text_profile(
        "a",
        "Ministry launches computing voucher pilot\nThe industry ministry opened a pilot.",
        set(),
        datetime(2041, 5, 14, 8, tzinfo=UTC),
        places=places_of(PLACES),
    )
    assert news.reading is not None
    assert not grouper._place_unnamed(news.reading, [relay])


def test_a_citys_notice_admits_a_report_naming_its_province_and_the_reverse() -> None:
    grouper = Grouper(GroupingParams(places=PLACES))
    where = places_of(PLACES)
    city = text_profile(
        "n",
        "深圳市交通运输局关于印发《深圳市无人机航线管理细则》的通知\n现印发给你们。",
        set(),
        datetime(2041, 5, 12, 16, tzinfo=CHINA_TIME),
        places=where,
    )
    province = text_profile(
        "p",
        "广东省交通运输厅关于印发《广东省无人机航线管理细则》的通知\n现印发给你们。",
        set(),
        datetime(2041, 5, 12, 16, tzinfo=CHINA_TIME),
        places=where,
    )
    by_province = text_profile(
        "a",
        "Guangdong tech hub issues drone route rules\nOperators must file routes.",
        set(),
        datetime(2041, 5, 14, 8, tzinfo=UTC),
        places=where,
    )
    by_city = text_profile(
        "b",
        "Shenzhen operators must file drone routes\nThe rules take effect in June.",
        set(),
        datetime(2041, 5, 14, 8, tzinfo=UTC),
        places=where,
    )
    elsewhere = text_profile(
        "c",
        "Jiangsu operators must file drone routes\nThe rules take effect in June.",
        set(),
        datetime(2041, 5, 14, 8, tzinfo=UTC),
        places=where,
    )
    assert by_province.reading is not None
    assert by_city.reading is not None
    assert elsewhere.reading is not None
    assert not grouper._place_unnamed(by_province.reading, [city])
    assert not grouper._place_unnamed(by_city.reading, [province])
    # a report naming another province only is still kept out
    assert grouper._place_unnamed(elsewhere.reading, [city])
    assert grouper._place_unnamed(elsewhere.reading, [province])


def test_a_place_and_one_subject_pass_the_line_only_when_published_near() -> None:
    notice = Evidence(
        places=frozenset({"anhui"}), named_places=frozenset({"anhui"}), topics=frozenset({"drones"})
    )
    news = Evidence(
        places=frozenset({"anhui"}),
        named_places=frozenset({"anhui"}),
        topics=frozenset({"drones", "subsidies"}),
    )
    found = agreement(notice, news)
    assert found.score < JOIN_THRESHOLD
    # a join adds publication within NEAR_DAYS: the same pair then passes the line
    assert _with_near(found).score >= JOIN_THRESHOLD
