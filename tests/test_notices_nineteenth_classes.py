"""Official notices joined to their news, nineteenth round: the classes of held-out 15's misses.

Notices and reports written for these tests (invented acts, numbers, figures and dates).

1. A short English report whose English join rests on generic words (a weak embedding and
   weak word weights) goes to the Chinese notice waiting for its news when they share the
   authority or a fact of the act; a ministry by its role ("the culture and tourism
   ministry"); a count of ministries ("four ministries", 四部门) is the joint list's.
2. A briefing citing an announcement by its sequence number alone (第17号公告) finds the
   announcement of the authority it names beyond the window; a province's issuing notice and
   its news two days later join on the province and the start day.
3. The watchlist's authorities by their role ("the harbour ministry" under China) are read from
  the settings' configuration folder (``--config DIR``) through the grouping parameters, not
  from the project's ``config/`` alone.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import numpy as np

from nlp.archive import params_of
from nlp.cluster import Candidate, ClusterItem, Grouper, GroupingParams, Profiler
from nlp.crosslingual import (
    act_keys,
    agreement,
    default_roles,
    extract_evidence,
    issuer_counts,
    places_of,
    role_entities,
)
from policywatch_core.settings import load_settings
from tests.notice_support import development, text_profile

# an invented ministry of China that only the folder's watchlist knows, by its role
HARBOUR_MINISTRY = """

[[entities]]
id = "harbour-ministry-test"
name = "Ministry of Harbours and Ferries"
type = "agency"
aliases = ["China's harbour ministry", "港航部"]
parent = "china"
"""

HARBOUR_NEWS = (
    "China orders ferries onto shore power\nChina's ferries must plug into shore power at berth "
    "from next spring, the harbour ministry said on Wednesday."
)


def _item(text: str) -> ClusterItem:
    title, body = text.split("\n", 1)
    return ClusterItem(
        article_id="a1",
        title=title,
        published=datetime(2031, 3, 5, 9, tzinfo=UTC),
        outlet_id="test",
        vector=np.zeros(384, dtype=np.float32),
        text=body,
    )


def _entities(config: Path, text: str) -> frozenset[str]:
    settings = load_settings().model_copy(update={"config_dir": config})
    reading = Profiler(params_of(settings))(_item(text)).reading
    assert reading is not None
    return reading.evidence.entities


def test_the_roles_come_from_the_configuration_folder(config_dir: Path) -> None:
    watchlist = config_dir / "watchlist.toml"
    watchlist.write_text(watchlist.read_text(encoding="utf-8") + HARBOUR_MINISTRY, encoding="utf-8")
    assert "harbour-ministry-test" in _entities(config_dir, HARBOUR_NEWS)


def test_the_projects_roles_are_read_without_the_folders_entity(config_dir: Path) -> None:
    # the project's watchlist has no such ministry: the role names no one
    assert "harbour-ministry-test" not in _entities(config_dir, HARBOUR_NEWS)
    news = "Beijing issues plan\nSeven ministries led by the industry ministry issued it."
    assert "miit" in _entities(config_dir, news)


# -- the grouping's tests (invented acts of 2032) -------------------------------------------------

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10, year: int = 2032) -> datetime:
    return datetime(year, month, day, hour, tzinfo=CHINA_TIME)


PLACES = (("江苏省", "jiangsu", False), ("江苏", "jiangsu", True), ("Jiangsu", "jiangsu", True))
WHERE = places_of(PLACES)


def _grouper() -> Grouper:
    parents = (("mct", "china"), ("miit", "china"), ("gacc", "china"), ("samr", "china"))
    return Grouper(
        GroupingParams(entity_parents=parents, broad_entities=frozenset({"china"}), places=PLACES)
    )


def _notices(grouper: Grouper, **held: str) -> None:
    """Count notices (article id: development id) as reports in another script."""
    grouper._foreign.update(held)
    grouper.member_of.update(held)


# -- 1. a short English report on generic headline words -----------------------------------------

# A ministry's consultation notice on museum audio guides, naming no date in its text...
MUSEUM_DRAFT = (
    "文化和旅游部办公厅关于《博物馆智能语音导览服务规范（征求意见稿）》公开征求意见的通知\n"
    "为规范博物馆智能语音导览服务，我部起草了《博物馆智能语音导览服务规范（征求意见稿）》，"
    "现公开征求意见。"
)
# ...its English news the next day: generic words ("China", "rules") and the ministry by role...
MUSEUM_NEWS = (
    "China drafts rules for museum audio guides\nChina's culture and tourism ministry proposed "
    "rules on Monday requiring museums to check what AI audio guides tell visitors."
)
# ...and another development's English headline a few days before, sharing those words.
DRONE_RUMOUR = (
    "China to require licences for all delivery drones, sources say\nCouriers have been told "
    "that every delivery drone will need a licence, according to two people at courier firms."
)


def _thin(development_id: str, emb_max: float, tfidf: float) -> Candidate:
    return Candidate(development_id, 0.7, {"emb_max": emb_max, "tfidf": tfidf, "names": 1.0})


def test_a_thin_english_join_gives_way_to_the_notice_waiting_for_its_news() -> None:
    grouper = _grouper()
    development(grouper, "rumour", text_profile("r", DRONE_RUMOUR, {"china"}, _at(3, 12, 15)))
    development(grouper, "draft", text_profile("d", MUSEUM_DRAFT, {"mct"}, _at(3, 15, 10)))
    _notices(grouper, d="draft")
    grouper._waiting["draft"] = _at(3, 15, 10).timestamp()
    news = text_profile("n", MUSEUM_NEWS, {"mct", "china"}, _at(3, 16, 14))
    found = grouper._waiting_notice(news, _thin("rumour", 0.47, 0.12))
    assert found is not None
    assert found.development_id == "draft"
    assert found.features["thin_text"] == 1.0


def test_an_english_join_on_its_text_keeps_the_report() -> None:
    grouper = _grouper()
    development(grouper, "rumour", text_profile("r", DRONE_RUMOUR, {"china"}, _at(3, 12, 15)))
    development(grouper, "draft", text_profile("d", MUSEUM_DRAFT, {"mct"}, _at(3, 15, 10)))
    _notices(grouper, d="draft")
    grouper._waiting["draft"] = _at(3, 15, 10).timestamp()
    news = text_profile("n", MUSEUM_NEWS, {"mct", "china"}, _at(3, 16, 14))
    # the English texts agree (embedding and words): the English model's join stands
    assert grouper._waiting_notice(news, _thin("rumour", 0.82, 0.31)) is None
    # a thin join, and a notice of another authority sharing no fact: the join stands
    other = text_profile(
        "o", MUSEUM_DRAFT.replace("文化和旅游部", "工业和信息化部"), {"miit"}, _at(3, 15)
    )
    development(grouper, "other", other)
    _notices(grouper, o="other")
    grouper._waiting = {"other": _at(3, 15).timestamp()}
    assert grouper._waiting_notice(news, _thin("rumour", 0.47, 0.12)) is None


def test_the_culture_and_tourism_ministry_is_named_by_its_role() -> None:
    news = "Beijing issues museum guide rules\nThe culture and tourism ministry issued them today."
    assert "mct" in extract_evidence(news).entities
    assert "mct" in role_entities(news, frozenset({"china"}), default_roles())


JOINT_NOTICE = (
    "文化和旅游部 工业和信息化部 国家市场监督管理总局 公安部关于印发《博物馆智能语音导览服务"
    "规范》的通知\n文化和旅游部等四部门联合印发《博物馆智能语音导览服务规范》，配备导览设备"
    "3000台以上的博物馆应当开展内容审核，本规范自2032年9月1日起施行。"
)
JOINT_NEWS = (
    "Four Chinese ministries issue museum audio guide rules\nFour ministries jointly issued "
    "rules on museum AI audio guides on Tuesday, effective Sept. 1."
)


def test_a_count_of_ministries_is_the_joint_notices_list() -> None:
    english, chinese = extract_evidence(JOINT_NEWS), extract_evidence(JOINT_NOTICE)
    assert issuer_counts(JOINT_NEWS) == issuer_counts(JOINT_NOTICE) == {"issuers:4"}
    assert agreement(english, chinese).parts["amounts"] == 1.0
    five = extract_evidence(JOINT_NEWS.replace("Four", "Five"))
    assert agreement(five, chinese).parts["amounts"] == -1.0
    # a count only one text states is compared with nothing
    figures = extract_evidence("Museums with 3,000 guide devices must review content.")
    assert agreement(english, figures).parts.get("amounts") is None


# -- 2. late notices with no act key ---------------------------------------------------------------

CUSTOMS_ANNOUNCEMENT = (
    "海关总署公告2032年第17号（关于对进口智能门锁实施检验的公告）\n自2032年6月1日起，"
    "海关对进口智能门锁实施检验。"
)
CUSTOMS_NEWS = (
    "China's customs to inspect imported smart locks\nChina's customs administration said "
    "imported smart door locks will be inspected from June 1."
)
# Two months on, a briefing cites the announcement by its sequence number alone.
CUSTOMS_BRIEFING = (
    "海关总署举行新闻发布会\n海关总署新闻发言人表示，第17号公告施行以来，各地海关共检验进口"
    "智能门锁800余批次。"
)


def test_an_announcement_cited_by_its_sequence_number_finds_its_development() -> None:
    assert "announcement-no:17" in act_keys(CUSTOMS_BRIEFING, _at(7, 20))
    assert "announcement-no:17" in act_keys(CUSTOMS_ANNOUNCEMENT, _at(5, 20))
    grouper = _grouper()
    development(
        grouper,
        "locks",
        text_profile("a", CUSTOMS_ANNOUNCEMENT, {"gacc"}, _at(5, 20, 16)),
        text_profile("n", CUSTOMS_NEWS, {"gacc"}, _at(5, 21, 8)),
    )
    briefing = text_profile("b", CUSTOMS_BRIEFING, {"gacc"}, _at(7, 20, 15))
    found = grouper._crosslingual_target(briefing)
    assert found is not None
    assert found.development_id == "locks"
    assert found.features["late_act"] == 1.0


def test_another_authoritys_announcement_of_that_number_is_not_looked_up() -> None:
    grouper = _grouper()
    development(
        grouper,
        "locks",
        text_profile("a", CUSTOMS_ANNOUNCEMENT, {"gacc"}, _at(5, 20, 16)),
        text_profile("n", CUSTOMS_NEWS, {"gacc"}, _at(5, 21, 8)),
    )
    other = CUSTOMS_BRIEFING.replace("海关总署", "市场监管总局").replace("进口智能门锁", "儿童手表")
    assert grouper._crosslingual_target(text_profile("b", other, {"samr"}, _at(7, 20, 15))) is None


PROVINCE_RULES = (
    "江苏省文化和旅游厅关于印发《江苏省博物馆智能语音导览服务实施细则》的通知 苏文旅发〔2032〕"
    "21号\n现将《江苏省博物馆智能语音导览服务实施细则》印发给你们，自2032年11月1日起施行。"
)
# Two days later (44 hours): beyond a day and a half, with the province and the start day.
PROVINCE_NEWS = (
    "Jiangsu issues museum audio guide rules\nJiangsu issued its own rules for AI audio guides "
    "in museums on Friday, effective Nov. 1."
)


def test_an_issuing_notices_news_two_days_later_joins_on_the_place_and_the_start_day() -> None:
    grouper = _grouper()
    notice = text_profile("p", PROVINCE_RULES, set(), _at(9, 17, 16), places=WHERE)
    development(grouper, "rules", notice)
    _notices(grouper, p="rules")
    news = text_profile("n", PROVINCE_NEWS, set(), _at(9, 19, 12), places=WHERE)
    found = grouper._crosslingual_target(news)
    assert found is not None
    assert found.development_id == "rules"
    assert found.features["news_across"] == 1.0


def test_a_provinces_news_of_another_start_day_is_not_joined_two_days_later() -> None:
    grouper = _grouper()
    notice = text_profile("p", PROVINCE_RULES, set(), _at(9, 17, 16), places=WHERE)
    development(grouper, "rules", notice)
    _notices(grouper, p="rules")
    other = PROVINCE_NEWS.replace("Nov. 1", "Jan. 1")
    news = text_profile("n", other, set(), _at(9, 19, 12), places=WHERE)
    assert grouper._crosslingual_target(news) is None
