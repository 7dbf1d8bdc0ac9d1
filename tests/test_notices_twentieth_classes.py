"""Official notices joined to their news, twentieth round: the classes of held-out 16's misses.

Notices and reports written for these tests (invented acts, numbers, figures and dates).

1. The review's second look does not merge a development holding a notice in one script into
   a development of another script on the embedding alone: the two must share an authority
   (not the country alone) or a fact of the act (a document number, a figure, a day).
2. The labour ministry (and the data administration by its English "data bureau") on the
   watchlist: a notice and its English news share the authority, in both scripts and by role.
3. A notice waiting for its news takes it from an English development that shares nothing with
   the report but the country, when the notice and the report share the authority and a fact
   of the act; and the review keeps apart two developments whose notices name two authorities.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from nlp.cluster import Candidate, DevelopmentState, Grouper, GroupingParams
from nlp.crosslingual import default_roles, extract_evidence, role_entities
from nlp.entities import Tagger, load_tagger, tag_text
from policywatch_core.config import load_watchlist
from policywatch_core.models import Assignment
from tests.notice_support import development, text_profile

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2033, month, day, hour, tzinfo=CHINA_TIME)


def _grouper() -> Grouper:
    parents = (("mct", "china"), ("miit", "china"), ("caac", "china"), ("mohrss", "china"))
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


# -- 2. the labour ministry and the data bureau on the watchlist ---------------------------------

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return load_tagger(load_watchlist(ROOT / "config").items, spacy_model=None)


def _linked(text: str, tagger: Tagger) -> set[str]:
    mentions, _ = tag_text(text, tagger)
    return {m.entity_id for m in mentions if m.entity_id}


# The labour ministry's order on overtime records at warehouses, and its English news.
OVERTIME_ORDER = (
    "人力资源社会保障部令第73号\n《仓储物流企业加班工时记录管理规定》已经人力资源社会保障部部务会"
    "审议通过，现予公布，自2034年3月1日起施行。"
)
OVERTIME_NEWS = (
    "China sets overtime logging rules for warehouses\nChina's labour ministry issued rules "
    "requiring warehouse operators to log overtime hours, effective March 1."
)


def test_the_labour_ministry_is_linked_in_both_scripts(tagger: Tagger) -> None:
    assert "mohrss" in _linked(OVERTIME_ORDER, tagger)
    assert "mohrss" in _linked(OVERTIME_NEWS, tagger)
    assert "mohrss" in _linked("人社部就网约配送员休息时间公开征求意见", tagger)
    assert "mohrss" in _linked("The MOHRSS said platforms must publish rest rules.", tagger)


def test_another_governments_or_a_provinces_labour_body_is_not_the_ministry(
    tagger: Tagger,
) -> None:
    # trap: another government's labour ministry, a province's labour department
    assert "mohrss" not in _linked(
        "Taiwan's labour ministry proposed rules on overtime records at warehouses.", tagger
    )
    assert "mohrss" not in _linked(
        "浙江省人力资源和社会保障厅关于仓储物流企业加班工时记录的通知", tagger
    )


def test_the_labour_ministry_is_named_by_its_role() -> None:
    news = "China finalises overtime logging rules\nThe labour ministry issued them on Friday."
    assert "mohrss" in role_entities(news, frozenset({"china"}), default_roles())
    assert "mohrss" in extract_evidence(news).entities
    # trap: the role under another government names no Chinese ministry
    assert not role_entities(news, frozenset({"taiwan"}), default_roles())


def test_the_data_bureau_is_the_data_administration(tagger: Tagger) -> None:
    news = "China pauses a data rule\nChina's data bureau paused one article of its measures."
    assert "nda" in _linked(news, tagger)
    # trap: a province's data bureau is not the national administration
    assert "nda" not in _linked(
        "Zhejiang's provincial data bureau paused one article of its measures.", tagger
    )
    assert "nda" not in _linked("Data bureaus in several provinces ran pilots.", tagger)


# -- 3. a waiting notice and an English join sharing only the country ----------------------------

# The labour ministry's order (its start day stated), its English news naming the ministry by
# role (the tagger links the country only), and another development's English news of the same
# weeks (another ministry's measure, "China" its only name).
LABOUR_ORDER = (
    "人力资源社会保障部令第73号\n《仓储物流企业加班工时记录管理规定》已经人力资源社会保障部部务会"
    "审议通过，现予公布，自2033年5月1日起施行。"
)
LABOUR_NEWS = (
    "China finalises overtime logging rules for warehouses\nThe labour ministry issued rules "
    "requiring warehouse operators to log overtime hours, which apply from May 1."
)
LABOUR_NEWS_NO_DAY = (
    "China finalises overtime logging rules for warehouses\nThe labour ministry issued rules "
    "requiring warehouse operators to log overtime hours."
)
OTHER_NEWS = (
    "China's rules on AI customer service take effect\nChina's rules requiring AI customer "
    "service agents to hand callers to a person on request took effect on Monday, March 1."
)


def _waiting(other_entities: set[str]) -> Grouper:
    grouper = _grouper()
    development(grouper, "other", text_profile("o", OTHER_NEWS, other_entities, _at(3, 1, 9)))
    development(grouper, "order", text_profile("d", LABOUR_ORDER, {"mohrss"}, _at(3, 20, 18)))
    grouper._foreign.add("d")
    grouper.member_of["d"] = "order"
    grouper._waiting["order"] = _at(3, 20, 18).timestamp()
    return grouper


def _on_its_text(development_id: str) -> Candidate:
    # the English model's join is on its text (above the generic-words floors)
    return Candidate(development_id, 0.7, {"emb_max": 0.58, "tfidf": 0.13, "entities": 1.0})


def test_a_waiting_notice_takes_its_news_from_a_join_sharing_only_the_country() -> None:
    grouper = _waiting({"china"})
    news = text_profile("n", LABOUR_NEWS, {"china"}, _at(3, 21, 19))
    found = grouper._waiting_notice(news, _on_its_text("other"))
    assert found is not None
    assert found.development_id == "order"
    assert found.features["country_only"] == 1.0


def test_an_english_join_naming_the_authority_keeps_the_report() -> None:
    # trap: the English development names the ministry the report names (by role)
    grouper = _waiting({"china", "mohrss"})
    news = text_profile("n", LABOUR_NEWS, {"china"}, _at(3, 21, 19))
    assert grouper._waiting_notice(news, _on_its_text("other")) is None


def test_a_waiting_notice_sharing_no_fact_leaves_the_join() -> None:
    # trap: the authority alone (no start day, no number) does not outweigh the English join
    grouper = _waiting({"china"})
    news = text_profile("n", LABOUR_NEWS_NO_DAY, {"china"}, _at(3, 21, 19))
    assert grouper._waiting_notice(news, _on_its_text("other")) is None


# The industry ministry's notice on warehouse robots and its English news.
ROBOT_NOTICE = (
    "工业和信息化部关于加强仓储机器人安全管理的通知\n仓储机器人应当具备紧急停止功能，"
    "本通知自2033年5月1日起施行。"
)
ROBOT_NEWS = (
    "China orders emergency stops for warehouse robots\nChina's industry ministry told "
    "warehouse operators to fit robots with emergency stops from May 1."
)


def _two_notices(
    second: str, second_ids: set[str]
) -> tuple[Grouper, DevelopmentState, DevelopmentState]:
    grouper = _grouper()
    development(
        grouper,
        "labour",
        text_profile("l", LABOUR_ORDER, {"mohrss"}, _at(3, 20, 18)),
        text_profile("ln", LABOUR_NEWS, {"china"}, _at(3, 21, 19)),
    )
    development(
        grouper,
        "second",
        text_profile("s", second, second_ids, _at(3, 18, 10)),
        text_profile("sn", ROBOT_NEWS, {"china", "miit"}, _at(3, 19, 9)),
    )
    return grouper, grouper.developments["labour"], grouper.developments["second"]


def test_the_review_keeps_two_authorities_notices_apart() -> None:
    grouper, labour, robots = _two_notices(ROBOT_NOTICE, {"miit"})
    # a start day shared, the English news read close: two ministries' acts all the same
    assert grouper._unfounded_across(labour, robots)
    assert grouper._unfounded_across(robots, labour)


def test_the_review_may_merge_one_authoritys_notices() -> None:
    # trap: both developments' notices are the labour ministry's
    second = LABOUR_ORDER.replace("令第73号", "办公厅关于做好仓储物流企业加班工时记录工作的通知")
    grouper, labour, other = _two_notices(second, {"mohrss"})
    assert not grouper._unfounded_across(labour, other)
