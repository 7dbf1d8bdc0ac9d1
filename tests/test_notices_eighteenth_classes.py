"""Official notices and their news, eighteenth round of classes.

Notices and reports written for these tests (invented authorities' acts, companies, numbers,
figures and dates).

1. Two authorities' acts that start on one day in one sector: an operator's word on the start
   day of one rule ("took effect on Thursday", robots) and another authority's notice that its
   certification applies from that day, a day apart, share the day and the sector word and no
   kind of action, and nothing of the act: they are not joined.
2. A corrigendum naming the announcement it corrects by its year-and-sequence number
   (更正2032年第7号公告) finds the announcement's development beyond the window.
3. An English report's thin evidence of a Chinese act: a city's fine and its news two days
   later sharing the city and the amount; a ministry named by its role ("the industry
   ministry") under its government; a count with a noun between ("100,000 small
   manufacturers", 10万家); a negated penalty ("sets no penalties") no fine.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.cluster import Grouper, GroupingParams
from nlp.crosslingual import (
    act_keys,
    day_and_sector_only,
    default_roles,
    extract_evidence,
    places_of,
    role_entities,
    roles_of,
)
from tests.notice_support import development, text_profile

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10, year: int = 2032) -> datetime:
    return datetime(year, month, day, hour, tzinfo=CHINA_TIME)


PLACES = (
    ("苏州市", "suzhou", False),
    ("苏州", "suzhou", True),
    ("Suzhou", "suzhou", True),
)
WHERE = places_of(PLACES)


def _grouper() -> Grouper:
    parents = (("samr", "china"), ("miit", "china"), ("mohrss", "china"))
    return Grouper(
        GroupingParams(entity_parents=parents, broad_entities=frozenset({"china"}), places=PLACES)
    )


def _notices(grouper: Grouper, **held: str) -> None:
    """Count notices (article id: development id) as reports in another script, as grouping does."""
    grouper._foreign.update(held)
    grouper.member_of.update(held)


# -- 1. one start day, one sector, two authorities' acts ------------------------------------------

# 1 July 2032 is a Thursday. A certification of cleaning robots applies from that day...
CERTIFICATION_START = (
    "智能清洁机器人产品认证正式实施\n智能清洁机器人产品认证自今日起正式实施，"
    "生产企业应当申请认证，未获得认证的产品不得出厂。"
)
# ...and a warehouse operator's word on another rule on robots that started the same day.
OPERATOR_NEWS = (
    "Warehouses adjust as robot rules start\nA Suzhou logistics park said it had moved its "
    "robots to night shifts under national rules that took effect on Thursday. The park's "
    "manager said no jobs would be cut."
)


def test_a_shared_start_day_and_a_sector_word_alone_are_not_one_act() -> None:
    grouper = _grouper()
    development(grouper, "cert", text_profile("c", CERTIFICATION_START, set(), _at(7, 1, 9)))
    _notices(grouper, c="cert")
    news = text_profile("n", OPERATOR_NEWS, set(), _at(7, 2, 12))
    assert grouper._crosslingual_target(news) is None


def test_the_guard_reads_the_day_and_the_sector_apart_from_the_act() -> None:
    day_and_topic = {"days": 1.0, "topics": 0.5, "kinds": -1.0, "near_in_time": 1.0}
    assert day_and_sector_only(day_and_topic)
    # a figure, a name, a title or a kind of action shared: the score decides, as before
    assert not day_and_sector_only({**day_and_topic, "amounts": 1.0})
    assert not day_and_sector_only({**day_and_topic, "entities": 0.0})
    assert not day_and_sector_only({**day_and_topic, "acts": 1.0})
    assert not day_and_sector_only({**day_and_topic, "kinds": 0.0})
    # no kind stated on one side: no kind shared either
    assert day_and_sector_only({"days": 1.0, "topics": 0.5})
    assert not day_and_sector_only({**day_and_topic, "topics": 1.0})


# A city's implementing rules and their news six days later: the day and one subject, no kind
# on the notice's side, and the city both name: one act.
CITY_RULES = (
    "苏州市发展和改革委员会关于印发《苏州市算力中心余热利用实施细则》的通知 苏发改〔2032〕88号\n"
    "现将《苏州市算力中心余热利用实施细则》印发给你们，请认真贯彻执行。本细则自2032年10月1日起施行。"
)
CITY_RULES_NEWS = (
    "Suzhou finalises waste-heat rules for data centres\nSuzhou's development and reform "
    "commission has issued final rules, effective October 1, on how data centres in the city "
    "reuse their waste heat."
)


def test_a_citys_rules_and_their_news_sharing_the_city_still_join() -> None:
    grouper = _grouper()
    development(grouper, "heat", text_profile("r", CITY_RULES, set(), _at(7, 20), places=WHERE))
    _notices(grouper, r="heat")
    news = text_profile("n", CITY_RULES_NEWS, set(), _at(7, 26), places=WHERE)
    found = grouper._crosslingual_target(news)
    assert found is not None
    assert found.development_id == "heat"


# The certification's own news, a day after its notice: it names the authority and the
# product, and still joins.
CERTIFICATION_NOTICE = (
    "市场监管总局关于实施智能清洁机器人产品认证的公告 2032年第7号\n"
    "为保障智能清洁机器人使用安全，市场监管总局决定对智能清洁机器人实施产品认证，"
    "本公告自2032年5月1日起实施。"
)
CERTIFICATION_NEWS = (
    "China to certify cleaning robots from May 1\nChina's market regulator will require "
    "certification of AI cleaning robots from May 1, it said in Announcement No. 7."
)


def test_a_notices_own_news_still_joins_it() -> None:
    grouper = _grouper()
    development(grouper, "cert", text_profile("c", CERTIFICATION_NOTICE, {"samr"}, _at(3, 3, 16)))
    _notices(grouper, c="cert")
    news = text_profile("n", CERTIFICATION_NEWS, {"samr"}, _at(3, 4, 12))
    found = grouper._crosslingual_target(news)
    assert found is not None
    assert found.development_id == "cert"


# -- 2. a corrigendum naming the announcement by its number ---------------------------------------

CORRIGENDUM = (
    "市场监管总局关于更正2032年第7号公告实施日期的公告 2032年第11号\n"
    "我局2032年第7号公告中实施日期有误，现更正为：本公告自2032年7月1日起实施。其他内容不变。"
)


def test_an_announcements_year_and_sequence_number_is_an_act_key() -> None:
    assert "announcement:2032-7" in act_keys(CERTIFICATION_NOTICE, _at(3, 3, 16))
    corrects = act_keys(CORRIGENDUM, _at(3, 24, 16))
    assert "announcement:2032-7" in corrects  # the one it corrects, cited
    assert "announcement:2032-11" in corrects  # its own
    assert "effective:2032-07-01" in corrects
    # a year and a number that are no announcement's (a law's year, a meeting's session)
    assert not any(
        k.startswith("announcement:") for k in act_keys("会议于2032年第3季度召开，审议通过决定。")
    )


def test_a_corrigendum_finds_the_announcements_development_beyond_the_window() -> None:
    grouper = _grouper()
    development(
        grouper,
        "cert",
        text_profile("c", CERTIFICATION_NOTICE, {"samr"}, _at(3, 3, 16)),
        text_profile("n", CERTIFICATION_NEWS, {"samr"}, _at(3, 4, 12)),
    )
    corrigendum = text_profile("k", CORRIGENDUM, {"samr"}, _at(3, 24, 16))
    found = grouper._crosslingual_target(corrigendum)
    assert found is not None
    assert found.development_id == "cert"
    assert found.features["late_act"] == 1.0


# -- 3. thin English evidence of a Chinese act ----------------------------------------------------

CITY_FINE = (
    "苏州市市场监督管理局行政处罚决定书 苏市监罚〔2032〕57号\n当事人：苏州市澜影科技有限公司。"
    "经查，当事人在其修图应用中使用用户照片训练模型，未告知消费者。依据《中华人民共和国"
    "个人信息保护法》，本局决定对当事人处以罚款人民币60万元。"
)
# Two days later (45 hours): beyond a day and a half, with the city and the amount.
CITY_FINE_NEWS = (
    "Suzhou fines photo app maker over AI training\nSuzhou's market regulator fined the maker "
    "of a photo-editing app 600,000 yuan for training AI models on users' photos without "
    "telling them."
)


def test_a_citys_fine_and_its_news_two_days_later_join_on_the_place_and_the_amount() -> None:
    grouper = _grouper()
    development(grouper, "fine", text_profile("f", CITY_FINE, set(), _at(9, 14, 16), places=WHERE))
    _notices(grouper, f="fine")
    news = text_profile("n", CITY_FINE_NEWS, set(), _at(9, 16, 13), places=WHERE)
    found = grouper._crosslingual_target(news)
    assert found is not None
    assert found.development_id == "fine"
    assert found.features["news_across"] == 1.0


def test_a_fine_elsewhere_is_not_joined_two_days_later() -> None:
    grouper = _grouper()
    development(grouper, "fine", text_profile("f", CITY_FINE, set(), _at(9, 14, 16), places=WHERE))
    _notices(grouper, f="fine")
    other = CITY_FINE_NEWS.replace("600,000", "450,000")
    news = text_profile("n", other, set(), _at(9, 16, 13), places=WHERE)
    assert grouper._crosslingual_target(news) is None


def test_a_ministry_named_by_its_role_is_its_governments_authority() -> None:
    roles = default_roles()
    china = "Beijing issues plan\nSeven ministries led by the industry ministry issued it."
    assert role_entities(china, frozenset({"china"}), roles) == {"miit"}
    assert role_entities(china, frozenset({"japan"}), roles) == {"meti"}
    # no government, or two: the role names no one
    assert not role_entities(china, frozenset(), roles)
    assert not role_entities(china, frozenset({"china", "japan"}), roles)
    assert extract_evidence(china).entities == {"miit"}
    # a city's body is no role of its country (a city's word owns for the country)
    made = roles_of(
        [("China's industry ministry", "miit"), ("Beijing's city government", "bjg")],
        [("China's", "china"), ("Beijing's", "china")],
    )
    assert made.entity_of == {("china", "industry ministry"): "miit"}


def test_a_count_with_a_noun_between_is_a_figure() -> None:
    english = extract_evidence("The plan aims to get 100,000 small manufacturers using AI.")
    chinese = extract_evidence("到2034年，推动10万家中小企业应用人工智能。")
    assert english.amounts == chinese.amounts == {"100000"}
    # money and years stay as they were read
    assert extract_evidence("fined 600,000 yuan in 2032").amounts == {"6e+05CNY"}


def test_a_negated_penalty_is_no_fine() -> None:
    kinds = extract_evidence("The guidance is not binding and sets no penalties.").kinds
    assert "enforcement-fine" not in kinds
    assert "enforcement-fine" not in extract_evidence("The plan does not impose any fines.").kinds
    assert "enforcement-fine" in extract_evidence("The regulator fined the firm.").kinds
    assert "enforcement-fine" in extract_evidence("Penalties apply from June.").kinds


GUIDANCE = (
    "工业和信息化部等六部门关于推动人工智能赋能中小企业数字化转型的实施意见 "
    "工信部联企业〔2033〕45号\n各省、自治区、直辖市中小企业主管部门：现将《关于推动人工智能"
    "赋能中小企业数字化转型的实施意见》印发给你们。到2035年，推动10万家中小企业应用人工智能。"
)
GUIDANCE_NEWS = (
    "Beijing issues AI push for small manufacturers\nSix ministries led by the industry "
    "ministry issued guidance aimed at getting 100,000 small manufacturers to use AI by 2035. "
    "The guidance is not binding and sets no penalties."
)


def test_the_english_news_of_a_multi_ministry_guidance_joins_its_notice() -> None:
    grouper = _grouper()
    development(grouper, "guide", text_profile("g", GUIDANCE, {"miit"}, _at(5, 19, 10, year=2033)))
    _notices(grouper, g="guide")
    news = text_profile("n", GUIDANCE_NEWS, {"china"}, _at(5, 20, 10, year=2033))
    found = grouper._crosslingual_target(news)
    assert found is not None
    assert found.development_id == "guide"
