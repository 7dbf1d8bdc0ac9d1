"""Official notices and their news, seventeenth round of classes.

Notices and reports written for these tests (invented rules, numbers and dates).

1. A press conference's word that a measure already took effect on a day, an adverb before the
   verb (已于6月3日正式施行, 于3月1日全面实施): the day the measure took effect, as 自…起施行 is,
   so the word finds the development of the notice that set that day beyond the window.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.cluster import Grouper, GroupingParams
from nlp.crosslingual import act_keys
from tests.notice_support import development, text_profile

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10, year: int = 2032) -> datetime:
    return datetime(year, month, day, hour, tzinfo=CHINA_TIME)


def _grouper() -> Grouper:
    parents = (("mofcom", "china"), ("miit", "china"))
    return Grouper(GroupingParams(entity_parents=parents, broad_entities=frozenset({"china"})))


# -- 1. a measure said to have taken effect on a day ---------------------------------------------


def test_a_day_a_measure_already_took_effect_is_its_effective_day() -> None:
    said = act_keys("新版清单已于6月3日正式施行，首批申请正在审核。", _at(6, 9))
    assert "effective:2032-06-03" in said
    assert "effective:2032-03-01" in act_keys("该办法已于3月1日全面实施。", _at(3, 20))
    assert "effective:2032-07-01" in act_keys("新规于7月1日开始实行。", _at(7, 5))
    # the same form stays no effect when nothing is put in force (a day of issue, a pause)
    assert not act_keys("该通知于6月3日正式印发。", _at(6, 9))
    assert not act_keys("该措施已于6月3日起暂停实施。", _at(6, 9))


NOTICE = (
    "商务部公告2032年第21号 关于调整《两用物项出口许可管理清单》的公告\n"
    "商务部决定在《两用物项出口许可管理清单》中增列“工业机器人高精度减速器”等4项物项，"
    "出口上述物项应当申请出口许可。本公告自2032年6月3日起施行。"
)
NOTICE_NEWS = (
    "China adds robot gearboxes to export licence list\nChina's commerce ministry will require "
    "export licences for precision reducers used in industrial robots from June 3, it said."
)
# Five weeks later: the ministry's press conference says the list is in force since that day.
BRIEFING = (
    "商务部例行新闻发布会（2032年7月9日）\n问：调整后的清单执行情况如何？\n"
    "答：调整后的清单已于6月3日正式施行，我部已受理首批工业机器人减速器出口许可申请，"
    "将依法审查。"
)


def test_a_briefing_on_a_measure_in_force_finds_its_development_beyond_the_window() -> None:
    grouper = _grouper()
    development(
        grouper,
        "list",
        text_profile("l", NOTICE, {"mofcom"}, _at(5, 20, 16)),
        text_profile("n", NOTICE_NEWS, {"mofcom"}, _at(5, 21, 9)),
    )
    briefing = text_profile("b", BRIEFING, {"mofcom"}, _at(7, 9, 16))
    found = grouper._crosslingual_target(briefing)
    assert found is not None
    assert found.development_id == "list"
    assert found.features["late_act"] == 1.0
