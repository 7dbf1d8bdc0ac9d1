"""Official notices joined to their news, twentieth notices round: the classes of held-out 24.

Notices and reports written for these tests (invented acts, numbers, figures and dates).

1. The direction of an act: a text telling a measure ended (废止, "repealed", "scraps") carries
   the mark ``REPEALS``; the news of a replacement issued the same day by the same authority
   goes to the replacement's waiting notice, not to the ended measure's development the
   English model chose, and the review does not merge the two again.
2. A notice's own title in its heading, in no title marks (……关于……的通知（number）), is a
   title key, as the draft's call for comment names it in title marks.
3. A pilot named in a heading (同意……开展……试点的批复, ……试点工作方案): the approval and the
   work plan name one pilot, each with its own number.
4. Hong Kong's word for a licensing regime (發牌制度) is the licensing subject.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.cluster import Candidate, Grouper, GroupingParams
from nlp.crosslingual import (
    REPEALS,
    act_keys,
    agreement,
    ends_a_measure,
    extract_evidence,
    heading_title_keys,
    pilot_keys,
    places_of,
    shared_pilot,
)
from tests.notice_support import development, text_profile

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10, year: int = 2033) -> datetime:
    return datetime(year, month, day, hour, tzinfo=CHINA_TIME)


# -- 1. a measure ended and its replacement ----------------------------------------------------


def test_a_text_ending_a_measure_is_marked_in_either_script() -> None:
    assert ends_a_measure("农业农村部公告2032年第3号自本公告发布之日起废止。")
    assert ends_a_measure("The ministry scrapped its 2032 seed rules on Monday.")
    assert ends_a_measure("Lawmakers repealed the drone levy.")
    assert REPEALS in extract_evidence("Regulator rescinds its fishing-app rules").acts
    # a licence revoked is a penalty, a suspension is not a repeal, a new list is issued
    assert not ends_a_measure("The regulator revoked the licence of a fishing app.")
    assert not ends_a_measure("农业农村部决定暂停执行该办法。")
    assert not ends_a_measure("New seed export list to apply from March 1")


# Invented: the ministry's 2032 controls on seed-drone parts, their repeal in 2033 and the new
# list the same evening; the English news of the repeal and of the new list the next morning.
OLD_CONTROLS = (
    "商务部 海关总署公告2032年第8号 关于对部分植保无人机部件实施出口管制的公告\n"
    "决定对下列物项实施出口管制，本公告自2032年4月2日起正式实施。"
)
REPEAL = (
    "商务部 海关总署公告2033年第2号 关于调整植保无人机部件出口管制措施的公告\n"
    "商务部 海关总署公告2032年第8号自本公告发布之日起废止，新清单自2033年3月1日起正式实施。"
)
NEW_LIST = (
    "商务部 海关总署公告2033年第3号 关于公布植保无人机部件出口管制物项清单的公告\n"
    "现公布植保无人机部件出口管制物项清单，自2033年3月1日起正式实施。"
)
REPEAL_NEWS = (
    "China scraps 2032 controls on crop-drone parts, issues shorter list\nChina repealed last "
    "year's export controls on crop-spraying drone parts and replaced them with a shorter list."
)
LIST_NEWS = (
    "New crop-drone parts export list to apply from March 1\nThe commerce ministry's new list "
    "of controlled drone parts applies from March 1, according to the announcement."
)


def _grouper() -> Grouper:
    parents = (("mofcom", "china"), ("gacc", "china"), ("miit", "china"))
    return Grouper(GroupingParams(entity_parents=parents, broad_entities=frozenset({"china"})))


def _ended_and_waiting(grouper: Grouper, new_list: str = NEW_LIST) -> None:
    """The ended measure's development (its notice, the repeal) and the new list waiting."""
    old = text_profile("o", OLD_CONTROLS, {"mofcom", "gacc"}, _at(4, 2, 18, year=2032))
    repeal = text_profile("x", REPEAL, {"mofcom", "gacc"}, _at(2, 10, 18))
    development(grouper, "ended", old, repeal)
    issuer = {"mofcom", "gacc"} if "商务部" in new_list else {"miit"}
    development(grouper, "list", text_profile("l", new_list, issuer, _at(2, 10, 18)))
    grouper._waiting["list"] = _at(2, 10, 18).timestamp()


def _chosen() -> Candidate:
    # the English model's join to the ended measure's development (its repeal news)
    return Candidate("ended", 0.94, {"emb_max": 0.69, "tfidf": 0.27})


def test_the_news_of_a_replacement_goes_to_its_waiting_notice() -> None:
    grouper = _grouper()
    _ended_and_waiting(grouper)
    news = text_profile("n", LIST_NEWS, set(), _at(2, 11, 9))
    found = grouper._waiting_notice(news, _chosen())
    assert found is not None
    assert found.development_id == "list"
    assert found.features["replaces_ended"] == 1.0
    # the review's merge keeps the two apart
    assert frozenset(("list", "ended")) in grouper._replaced


def test_the_news_of_the_repeal_stays_with_the_ended_measure() -> None:
    grouper = _grouper()
    _ended_and_waiting(grouper)
    news = text_profile("n", REPEAL_NEWS, set(), _at(2, 11, 9))
    assert REPEALS in news.reading.evidence.acts
    assert grouper._waiting_notice(news, _chosen()) is None


def test_another_authoritys_waiting_notice_takes_no_news_of_the_replacement() -> None:
    grouper = _grouper()
    other = NEW_LIST.replace("商务部 海关总署", "工业和信息化部")
    _ended_and_waiting(grouper, other)
    news = text_profile("n", LIST_NEWS, set(), _at(2, 11, 9))
    assert grouper._waiting_notice(news, _chosen()) is None


def test_a_waiting_notice_sharing_no_fact_takes_no_news() -> None:
    grouper = _grouper()
    # the new list starts on another day than its supposed news states: no fact agrees
    _ended_and_waiting(grouper, NEW_LIST.replace("2033年3月1日", "2033年5月1日"))
    news = text_profile("n", LIST_NEWS, set(), _at(2, 11, 9))
    assert grouper._waiting_notice(news, _chosen()) is None


# -- 2. a notice's own title in its heading -------------------------------------------------------

PRICING_LETTER = (
    "国家能源局综合司关于征求《关于完善海上风电制氢上网电价政策的通知（征求意见稿）》意见的函\n"
    "请于2033年4月8日前将书面意见反馈我司。"
)
PRICING_NOTICE = (
    "国家能源局关于完善海上风电制氢上网电价政策的通知（国能发价格〔2033〕21号）\n"
    "本通知自2033年7月1日起施行。"
)


def test_a_notices_heading_is_a_title_key_the_drafts_letter_shares() -> None:
    key = "title:关于完善海上风电制氢上网电价政策的通知"
    assert key in heading_title_keys(PRICING_NOTICE)
    assert key in act_keys(PRICING_NOTICE)
    assert key in act_keys(PRICING_LETTER)  # the draft named in title marks, its stage left out
    found = agreement(extract_evidence(PRICING_NOTICE), extract_evidence(PRICING_LETTER))
    assert found.parts["acts"] == 1.0


def test_a_heading_issuing_another_document_or_in_title_marks_is_not_keyed() -> None:
    # the document it issues is named by its own title; a heading in title marks is read by them
    issuing = "某省人民政府办公厅关于印发海上风电制氢行动方案的通知\n现将方案印发。"
    assert not heading_title_keys(issuing)
    assert not heading_title_keys(PRICING_LETTER)
    # an English text has no heading key
    assert not heading_title_keys("Energy agency finalises offshore hydrogen tariff\nIt said so.")


# -- 3. a pilot named in the approval and in its work plan --------------------------------------

APPROVAL = (
    "交通运输部关于同意海南省开展低空物流无人机航线试点的批复（交运函〔2033〕41号）\n"
    "经研究，同意海南省开展低空物流无人机航线试点，试点期为两年。"
)
WORK_PLAN = (
    "海南省人民政府办公厅关于印发海南省低空物流无人机航线试点工作方案的通知（琼府办〔2033〕7号）\n"
    "现将《海南省低空物流无人机航线试点工作方案》印发给你们，自2033年10月1日起实施。"
)
PLACES = places_of(
    (("海南省", "hainan", False), ("海南", "hainan", True), ("福建省", "fujian", False))
)


def test_an_approved_pilot_and_its_work_plan_name_one_pilot() -> None:
    key = "pilot:低空物流无人机航线试点"
    assert key in pilot_keys(APPROVAL)
    assert key in pilot_keys(WORK_PLAN)
    approval = extract_evidence(APPROVAL, places=PLACES)
    plan = extract_evidence(WORK_PLAN, places=PLACES)
    assert shared_pilot(approval, plan)
    found = agreement(approval, plan)
    # each has its own number: no contradiction; the pilot named is a document both name
    assert "doc_number" not in found.parts
    assert found.parts["acts"] == 1.0


def test_two_places_pilots_of_one_name_keep_their_numbers_apart() -> None:
    other = WORK_PLAN.replace("海南省", "福建省").replace("琼府办", "闽政办")
    approval = extract_evidence(APPROVAL, places=PLACES)
    plan = extract_evidence(other, places=PLACES)
    assert not shared_pilot(approval, plan)
    assert agreement(approval, plan).parts["doc_number"] == -1.0
    # a heading naming no pilot, or a name too short to tell one, gives no key
    assert not pilot_keys("交通运输部关于做好无人机航线管理工作的通知\n请遵照执行。")
    assert not pilot_keys("某市关于同意开展物流试点的批复\n同意。")


# -- 4. Hong Kong's word for a licensing regime ---------------------------------------------------


def test_a_licensing_regime_in_hong_kongs_words_is_the_licensing_subject() -> None:
    paper = extract_evidence("運輸及物流局發表報告\n政府現階段並無計劃就無人機送貨設立發牌制度。")
    news = extract_evidence("Hong Kong rules out drone delivery licences\nNo licensing regime.")
    assert "licensing" in paper.topics
    assert "licensing" in news.topics
    # a registration regime is not a licensing one
    assert "licensing" not in extract_evidence("政府並無計劃就無人機送貨設立登記制度。").topics
