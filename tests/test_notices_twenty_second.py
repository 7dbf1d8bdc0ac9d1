"""Official notices joined to their news, twenty-second notices round: the size of a list.

Notices and reports written for these tests (invented bodies, lists, figures and dates).

A notice publishing a list counts what it holds (共收录十一个模型) and its news counts it too
("a list of eleven approved chatbots"): when neither side reads the notice's kind of document,
its subject words or its issuer, the list's size is the fact of the act both state. Read only in
a text speaking of a list; a size only one side states, or two sizes that differ, say nothing
against the join.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp import crosslingual
from nlp.crosslingual import agreement, list_sizes, read

CHINA_TIME = timezone(timedelta(hours=8))
PUBLISHED = datetime(2035, 4, 9, 15, tzinfo=CHINA_TIME)

# a body no reading names, a list no topic cue reads, no document kind, no number
ROSTER_NOTICE = (
    "海事智能服务办公室今日公布首批可用于港口调度的算法名單，共收錄十一個模型。"
    "各港口營運單位須只使用名單內的模型，名單每季度更新一次。"
)
ROSTER_NEWS = (
    "Eleven get the nod. The office published a roster of eleven approved dispatch models on "
    "Thursday; port operators must stick to it. One local start-up made the cut."
)


def test_a_list_size_is_read_in_both_scripts_and_only_beside_a_list() -> None:
    assert list_sizes(ROSTER_NOTICE) == {"11"}
    assert list_sizes(ROSTER_NEWS) == {"11"}
    assert list_sizes("关于公布2035年智慧港口试点项目名单的通知：共确定36个项目。") == {"36"}
    assert list_sizes("Regulators put 36 projects on a list of pilots.") == {"36"}
    # no list spoken of: a count of firms is no list's size
    assert list_sizes("共检查企业36家，责令整改12个平台。") == frozenset()
    assert list_sizes("Inspectors visited 36 firms and fined twelve platforms.") == frozenset()
    # a count told as "more than" (30余家) and a year are no size
    assert list_sizes("名单涉及30余家企业，2035年内复核。") == frozenset()
    assert list_sizes("The 2035 list covers firms in Ningbo.") == frozenset()


def _join(notice: str, news: str, hours: float) -> crosslingual.CrossMatch | None:
    mine = read(news, (), (), PUBLISHED + timedelta(hours=hours))
    theirs = read(notice, (), (), PUBLISHED)
    return crosslingual.best_join(mine, [("roster", [theirs])])


def test_the_news_of_a_list_counting_its_entries_alike_joins_the_notice() -> None:
    notice = read(ROSTER_NOTICE, (), (), PUBLISHED).evidence
    news = read(ROSTER_NEWS, (), (), PUBLISHED + timedelta(hours=18)).evidence
    found = agreement(notice, news)
    assert found.parts.get("list_size") == 1.0
    match = _join(ROSTER_NOTICE, ROSTER_NEWS, 18)
    assert match is not None
    assert match.development_id == "roster"
    assert match.parts.get("list_size") == 1.0


def test_a_list_of_another_size_or_the_size_alone_days_later_does_not_join() -> None:
    other = ROSTER_NEWS.replace("Eleven", "Seven").replace("eleven", "seven")
    found = agreement(
        read(ROSTER_NOTICE, (), (), PUBLISHED).evidence,
        read(other, (), (), PUBLISHED + timedelta(hours=18)).evidence,
    )
    # two sizes differing count neither for nor against
    assert "list_size" not in found.parts
    assert _join(ROSTER_NOTICE, other, 18) is None
    # the size with nothing else shared is not enough out of the day and a half
    assert _join(ROSTER_NOTICE, ROSTER_NEWS, 24 * 5) is None


def test_counts_with_no_list_spoken_of_join_nothing() -> None:
    notice = ROSTER_NOTICE.replace("算法名單", "算法").replace("名單", "範圍")
    news = ROSTER_NEWS.replace("a roster of ", "")
    assert list_sizes(notice) == frozenset()
    assert _join(notice, news, 18) is None
