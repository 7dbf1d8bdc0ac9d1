"""Official notices joined to their news: the thirtieth notices round.

Notices and reports written for these tests (invented offices, titles and dates).

A plan's span of years its title brackets (纲要（2041—2045年）) is its years, as "a five-year
outline" is in English. A sub-provincial city's province is a fact of the places table
(``province`` in ``config/places.toml``), read by the places loader, not a mapping in code: a
configuration's own table decides which province's news a city's notice admits.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from nlp.archive import params_of, place_provinces_in, places_of
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
from policywatch_core.settings import load_settings
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
    # a table naming no province reads the project's, where Foshan has none: the city's notice
    # keeps out its province's news
    (tmp_path / "places.toml").write_text(_TABLE, encoding="utf-8")
    assert place_provinces_in(tmp_path) is None
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


#: the sub-provincial cities' provinces, as the code's mapping held them before the places
#: table took them over
_PROVINCES = {
    "shenzhen": "guangdong",
    "guangzhou": "guangdong",
    "hangzhou": "zhejiang",
    "ningbo": "zhejiang",
    "nanjing": "jiangsu",
    "wuhan": "hubei",
    "chengdu": "sichuan",
    "xian": "shaanxi",
    "shenyang": "liaoning",
    "dalian": "liaoning",
    "qingdao": "shandong",
    "jinan": "shandong",
    "xiamen": "fujian",
    "harbin": "heilongjiang",
    "changchun": "jilin",
}


def test_the_project_table_gives_each_sub_provincial_city_its_province() -> None:
    read = place_provinces_in(CONFIG)
    assert read is not None
    provinces = dict(read)
    assert provinces == _PROVINCES
    assert dict(default_place_provinces()) == _PROVINCES
    # a city reaches its province and a province its cities, nothing else
    assert places_around({"ningbo"}, provinces) == {"ningbo", "zhejiang"}
    assert places_around({"zhejiang"}, provinces) == {"zhejiang", "hangzhou", "ningbo"}
    assert places_around({"anhui"}, provinces) == {"anhui"}
    assert place_provinces_of([{"id": "x"}, {"id": "y", "province": "z"}]) == (("y", "z"),)


def test_a_plans_bracketed_span_of_years_is_its_years() -> None:
    # the span a title brackets counts its years, both ends, whatever the plan is called
    assert _amounts_cn("某省智能农业发展纲要（2041—2045年）") == {"5y"}
    assert _amounts_cn("某市机器人产业行动方案(2041-2043)") == {"3y"}
    assert _amounts_cn("《某部算力提升工作要点（2041～2042年）》") == {"2y"}
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


def test_a_table_seeded_before_the_province_key_keeps_the_city_and_province_rule(
    tmp_path: Path,
) -> None:
    # a user's configuration whose places table names no province (as every table did before
    # the key, and seeding never overwrites it) reads the project's provinces: a Shenzhen notice
    # still admits Guangdong's news, and not Jiangsu's
    config = tmp_path / "config"
    shutil.copytree(CONFIG, config)
    table = (CONFIG / "places.toml").read_text(encoding="utf-8")
    old = "".join(
        line for line in table.splitlines(keepends=True) if not line.startswith("province =")
    )
    assert old != table
    (config / "places.toml").write_text(old, encoding="utf-8")
    assert place_provinces_in(config) is None
    grouper = Grouper(params_of(load_settings(config_dir=config)))
    where = grouper._profiler.places
    assert where is not None
    assert where.province_of == _PROVINCES
    notice = text_profile(
        "n",
        "深圳市工业和信息化局关于印发《深圳市无人机物流管理细则》的通知\n现印发给你们。",
        set(),
        datetime(2041, 5, 12, 16, tzinfo=CHINA_TIME),
        places=where,
    )
    guangdong = text_profile(
        "a",
        "Guangdong tech hub issues drone delivery rules\nOperators must file routes.",
        set(),
        datetime(2041, 5, 14, 8, tzinfo=UTC),
        places=where,
    )
    jiangsu = text_profile(
        "b",
        "Jiangsu operators must file drone routes\nThe rules take effect in June.",
        set(),
        datetime(2041, 5, 14, 8, tzinfo=UTC),
        places=where,
    )
    assert guangdong.reading is not None
    assert jiangsu.reading is not None
    assert grouper._place_unnamed(guangdong.reading, [notice]) is False
    assert grouper._place_unnamed(jiangsu.reading, [notice]) is True


def test_a_bracketed_span_is_read_only_in_the_texts_own_chinese_title() -> None:
    # an English tenure or range in brackets is no plan's years
    assert _amounts_cn("Former commissioner Jane Doe (2019-2023) said the rules stand.") == set()
    assert _amounts_cn("It unveiled the Waterborne Transport Action Plan (2028-2030).") == set()
    # another document's title, cited: its years, not the notice's own
    assert _amounts_cn("依据《某省数字经济发展规划（2041—2045年）》，制定本方案。") == set()
    assert _amounts_cn("为贯彻落实《某市算力行动计划（2041—2043年）》，现通知如下。") == set()
    # a period a sentence of the body tells of
    assert _amounts_cn(
        "某市人民政府关于印发方案的通知\n“十五五”时期（2041—2045年），我市加快发展。"
    ) == (set())
    # the text's own title: its headline, a 关于 clause, or the title it issues in 《》
    assert _amounts_cn("某市机器人产业行动方案(2030-2032)") == {"3y"}
    assert _amounts_cn("标题\n某省人民政府关于印发某省农业发展纲要（2041—2045年）的通知") == {"5y"}
    assert _amounts_cn("标题\n现将《某省农业发展纲要（2041—2045年）》印发给你们。") == {"5y"}
    assert _amounts_cn("标题\n关于征求《某纲要（2041—2045年）（征求意见稿）》意见的公告") == {"5y"}
    # the whole notice as evidence: the cited plan's years against "a five-year outline" agree
    # on nothing
    cited = extract_evidence(
        "某局关于开展试点的通知\n依据《某省数字经济发展规划（2041—2045年）》，制定本方案。"
    )
    assert cited.amounts == frozenset()


def test_a_span_of_fiscal_or_academic_years_is_no_plans_years() -> None:
    # 2041—2042年度 and 学年度 name one fiscal or academic year, not two years
    assert _amounts_cn("《某部算力提升工作要点（2041～2042年度）》") == set()
    assert _amounts_cn("某校招生工作方案（2041—2042学年度）") == set()
    assert _amounts_cn("某市预算执行方案（2041-2043年度）") == set()


@pytest.mark.parametrize("dash", ["—", "–", "―", "‒", "−", "〜", "～", "-", "－", "~", "——", "至"])
def test_a_bracketed_span_reads_with_any_dash_after_normalising(dash: str) -> None:
    title = f"某省人民政府关于印发《某省智能农业发展纲要（2041{dash}2045年）》的通知"
    assert _amounts_cn(title) == {"5y"}
    assert extract_evidence(title).amounts == frozenset({"5y"})
