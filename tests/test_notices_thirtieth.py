"""Official notices joined to their news: the thirtieth notices round.

Notices and reports written for these tests (invented offices, titles and dates).

A plan's span of years its title brackets (纲要（2041—2045年）) is its years, as "a five-year
outline" is in English. A sub-provincial city's province is a fact of the places table
(``province`` in ``config/places.toml``), read by the places loader, not a mapping in code: a
configuration's own table decides which province's news a city's notice admits.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from nlp.archive import place_provinces_in, places_of
from nlp.cluster import Grouper, GroupingParams
from nlp.crosslingual import (
    _amounts_cn,
    agreement,
    default_place_provinces,
    extract_evidence,
    place_provinces_of,
    places_around,
)
from nlp.crosslingual import places_of as reader_of
from policywatch_core.config import ConfigError
from tests.notice_support import text_profile

CHINA_TIME = timezone(timedelta(hours=8))
CONFIG = Path(__file__).resolve().parent.parent / "config"

_TABLE = """
[[places]]
id = "guangdong"
country = "china"
en = ["Guangdong"]
zh = ["广东省", "广东"]

[[places]]
id = "jiangsu"
country = "china"
en = ["Jiangsu"]
zh = ["江苏省", "江苏"]

[[places]]
id = "foshan"
country = "china"
en = ["Foshan"]
zh = ["佛山市", "佛山"]
"""


def _city_notice_against_province_news(config_dir: Path) -> tuple[bool, bool]:
    """(kept out: the province's news, kept out: another province's news) of a city notice."""
    params = GroupingParams(
        places=places_of(config_dir, []), place_provinces=place_provinces_in(config_dir)
    )
    grouper = Grouper(params)
    where = reader_of(params.places, params.place_provinces)
    notice = text_profile(
        "n",
        "佛山市交通运输局关于印发《佛山市无人机航线管理细则》的通知\n现印发给你们。",
        set(),
        datetime(2041, 5, 12, 16, tzinfo=CHINA_TIME),
        places=where,
    )
    province_news = text_profile(
        "a",
        "Guangdong manufacturing hub issues drone route rules\nOperators must file routes.",
        set(),
        datetime(2041, 5, 14, 8, tzinfo=UTC),
        places=where,
    )
    other_news = text_profile(
        "b",
        "Jiangsu operators must file drone routes\nThe rules take effect in June.",
        set(),
        datetime(2041, 5, 14, 8, tzinfo=UTC),
        places=where,
    )
    assert notice.reading is not None
    assert province_news.reading is not None
    assert other_news.reading is not None
    return (
        grouper._place_unnamed(province_news.reading, [notice]),
        grouper._place_unnamed(other_news.reading, [notice]),
    )


def test_a_citys_province_comes_from_the_places_table(tmp_path: Path) -> None:
    # without a province in its block, the city's notice keeps out its province's news
    (tmp_path / "places.toml").write_text(_TABLE, encoding="utf-8")
    assert place_provinces_in(tmp_path) == ()
    assert _city_notice_against_province_news(tmp_path) == (True, True)
    # the same table naming the city's province admits it; another province is still kept out
    (tmp_path / "places.toml").write_text(
        _TABLE.replace('id = "foshan"\n', 'id = "foshan"\nprovince = "guangdong"\n'),
        encoding="utf-8",
    )
    assert place_provinces_in(tmp_path) == (("foshan", "guangdong"),)
    assert _city_notice_against_province_news(tmp_path) == (False, True)


def test_a_province_that_is_no_place_of_the_table_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "places.toml").write_text(
        _TABLE.replace('id = "foshan"\n', 'id = "foshan"\nprovince = "guangxi"\n'),
        encoding="utf-8",
    )
    with pytest.raises(ConfigError):
        place_provinces_in(tmp_path)


def test_the_project_table_gives_each_sub_provincial_city_its_province() -> None:
    provinces = dict(place_provinces_in(CONFIG))
    assert provinces == dict(default_place_provinces())
    assert provinces["shenzhen"] == "guangdong"
    assert provinces["qingdao"] == "shandong"
    assert provinces["dalian"] == "liaoning"
    assert len(provinces) == 15
    # a city reaches its province and a province its cities, nothing else
    assert places_around({"ningbo"}, provinces) == {"ningbo", "zhejiang"}
    assert places_around({"zhejiang"}, provinces) == {"zhejiang", "hangzhou", "ningbo"}
    assert places_around({"anhui"}, provinces) == {"anhui"}
    assert place_provinces_of([{"id": "x"}, {"id": "y", "province": "z"}]) == (("y", "z"),)


def test_a_plans_bracketed_span_of_years_is_its_years() -> None:
    # the span a title brackets counts its years, both ends, whatever the plan is called
    assert _amounts_cn("某省智能农业发展纲要（2041—2045年）") == {"5y"}
    assert _amounts_cn("某市机器人产业行动方案(2041-2043)") == {"3y"}
    assert _amounts_cn("《某部算力提升工作要点（2041～2042年度）》") == {"2y"}
    # and agrees with "a five-year outline" in English, as one figure of the act
    notice = extract_evidence("某省人民政府关于印发《某省智能农业发展纲要（2041—2045年）》的通知")
    news = extract_evidence("The province unveiled a five-year outline for smart farming.")
    assert agreement(notice, news).parts.get("amounts") == 1.0
    # a span told in a sentence, a single year, a span beyond ten years or a year range
    # running backwards is no plan's years
    assert _amounts_cn("2041年至2045年期间开展试点") == set()
    assert _amounts_cn("某省智能农业发展纲要（2041年）") == set()
    assert _amounts_cn("远景目标（2041—2060年）") == set()
    assert _amounts_cn("（2045—2041年）") == set()
