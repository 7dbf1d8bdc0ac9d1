"""A story link by the embedding alone needs the texts' agreement when a side is Chinese only.

The shipped encoder reads English: it puts unrelated Chinese notices near one another, so two
Chinese developments of different measures, one of them naming no watchlist entity, passed the
story threshold on the embedding alone and were linked. Invented notices.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nlp.cluster import Grouper, GroupingParams, story_link
from tests.story_support import DIM, basis, report, unit

PARAMS = GroupingParams(broad_entities=frozenset({"china"}))
BASIS = basis(1507)
T0 = datetime(2031, 3, 2, 1, 0, tzinfo=UTC)
NONE: frozenset[str] = frozenset()


def test_a_side_without_keys_links_by_the_embedding_alone_only_when_it_reads_both():
    water = frozenset({"mwr"})
    kinds = (NONE, NONE)
    assert story_link(0.6, 0.0, (water, NONE), kinds, PARAMS)
    assert not story_link(0.6, 0.0, (water, NONE), kinds, PARAMS, unread=True)
    assert not story_link(0.6, 0.0, (NONE, NONE), kinds, PARAMS, unread=True)
    assert story_link(0.6, 0.5, (NONE, NONE), kinds, PARAMS, unread=True)
    assert not story_link(0.4, 0.5, (NONE, NONE), kinds, PARAMS, unread=True)


def _notices():
    def item(aid, days, title, text, k):
        return report(aid, T0 + timedelta(days=days), title, text, unit(BASIS[0] + 0.9 * BASIS[k]))

    return [
        item(
            "draft",
            0,
            "水利部就农村供水工程运行管理办法公开征求意见",
            "水利部公布农村供水工程运行管理办法征求意见稿，要求县级水务部门对农村供水工程"
            "逐一登记，明确管护单位，水质检测每季度不少于一次，意见反馈截止时间为下月底。",
            1,
        ),
        item(
            "tickets",
            4,
            "文化和旅游部要求大型演出门票全面实名购票入场",
            "文化和旅游部印发通知，五千人以上的演唱会和体育赛事须实名购票、实名入场，票务平台"
            "不得为黄牛提供抢票软件接口，退票手续费不得超过票面价格的百分之二十。",
            2,
        ),
        item(
            "final",
            9,
            "水利部印发农村供水工程运行管理办法",
            "水利部正式印发农村供水工程运行管理办法，县级水务部门须对农村供水工程逐一登记并"
            "明确管护单位，水质检测每季度不少于一次，办法自下月起施行。",
            3,
        ),
    ]


def test_unrelated_chinese_notices_without_keys_are_not_one_story():
    g = Grouper(PARAMS, dim=DIM)
    done = g.assign_all(_notices())
    story = {a.article_id: g.developments[a.development_id].story_id for a in done}
    dev = {a.article_id: a.development_id for a in done}
    assert len(set(dev.values())) == 3  # three developments: the story step decides
    assert story["tickets"] != story["draft"]
    assert story["tickets"] != story["final"]
    assert story["final"] == story["draft"]  # one measure's steps: the texts agree
