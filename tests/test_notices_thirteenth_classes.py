"""Official notices and their news, thirteenth round of classes: a late act under a rule.

Notices and reports written for these tests (invented rules, numbers and dates).

An authority acts under a rule weeks or months after the rule's development was last reported:
a penalty decision citing the rule's title, a city's decision suspending its own rules cited by
number, the word that a measure applies nationwide from its stated day, the day a standard
applies. Such a notice is outside the grouping window; it finds its development by what it
cites (``Evidence.acts``: a title, a numbered document, a standard's number, an effective day),
and the evidence decides as inside the window. Distractors: a province's rules implementing the
central rule they cite, a city's and the centre's two rules on one subject, two measures taking
effect on the same day, a development beyond the story window.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import numpy as np

from nlp.cluster import ACT_DEVELOPMENTS, Candidate, Grouper, GroupingParams, profile
from nlp.crosslingual import act_keys, agreement, extract_evidence
from policywatch_core.models import Assignment
from tests.notice_support import development, text_item, text_profile

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10, year: int = 2031) -> datetime:
    return datetime(year, month, day, hour, tzinfo=CHINA_TIME)


def _grouper() -> Grouper:
    parents = (("cac", "china"), ("samr", "china"), ("mofcom", "china"), ("bsmi", "taiwan"))
    return Grouper(
        GroupingParams(entity_parents=parents, broad_entities=frozenset({"china", "taiwan"}))
    )


# The regulator's rule on voice cloning in livestreams: its order, and the news of it.
RULE_ORDER = (
    "国家互联网信息办公室令（第31号）《直播声音克隆服务管理规定》\n"
    "《直播声音克隆服务管理规定》已经国家互联网信息办公室室务会议审议通过，现予公布，"
    "自2031年3月1日起施行。"
)
RULE_NEWS = (
    "China sets rules on voice cloning in livestreams\nThe Cyberspace Administration of China "
    "published rules on cloned voices in livestreams as Order No. 31, taking effect on March 1."
)
# Seven weeks after the rule took effect: a fine under it, naming the rule by its title.
PENALTY = (
    "国家互联网信息办公室行政处罚决定书 国网信罚〔2031〕7号\n"
    "经查，某直播平台未按照《直播声音克隆服务管理规定》对克隆声音进行显著提示，"
    "依据该规定第十八条，决定对其处以罚款人民币三十万元。"
)


def test_act_keys_read_titles_numbers_standards_and_effective_days() -> None:
    assert act_keys(RULE_ORDER, _at(1, 20)) >= {
        "title:直播声音克隆服务管理规定",
        "effective:2031-03-01",
    }
    assert "title:直播声音克隆服务管理规定" in act_keys(PENALTY, _at(4, 20))
    assert "docno:国网信罚-2031-7" in act_keys(PENALTY, _at(4, 20))
    # a draft's title is its final rule's
    draft = "关于《直播声音克隆服务管理规定（征求意见稿）》征求意见的通知\n现公开征求意见。"
    assert "title:直播声音克隆服务管理规定" in act_keys(draft, _at(1, 2))
    # a day without its year is of the year published; today, written as Taiwan writes it;
    # the Republic's year; a standard's number
    assert "effective:2031-09-01" in act_keys(
        "新规已于9月1日起在全国实施，首日受理申请80件。", _at(9, 3)
    )
    taiwan = "國家標準CNS 17702「語音合成系統安全測試指引」自今(15)日起實施。"
    assert act_keys(taiwan, _at(12, 15)) >= {
        "effective:2031-12-15",
        "std:CNS-17702",
        "title:语音合成系统安全测试指引",
    }
    assert "effective:2031-12-01" in act_keys("本標準自中華民國120年12月1日起實施。", _at(11, 2))
    # not a day a measure stops applying, nor an English text
    assert not any(
        k.startswith("effective:")
        for k in act_keys("决定自2031年8月10日起暂停执行该办法。", _at(8, 5))
    )
    assert act_keys("The rules take effect on March 1, 2031 (Order No. 31).", _at(1, 20)) == set()
    # the evidence carries them
    assert extract_evidence(PENALTY, published=_at(4, 20)).acts == act_keys(PENALTY, _at(4, 20))


def test_a_penalty_under_a_rule_joins_the_rule_beyond_the_window() -> None:
    grouper = _grouper()
    order = text_profile("o", RULE_ORDER, {"cac"}, _at(1, 20, 17))
    news = text_profile("n", RULE_NEWS, {"cac"}, _at(1, 21, 9))
    development(grouper, "rule", order, news)
    penalty = text_profile("p", PENALTY, {"cac"}, _at(4, 20, 15))  # 89 days later
    found = grouper._crosslingual_target(penalty)
    assert found is not None
    assert found.development_id == "rule"
    assert found.features["late_act"] == 1.0


def test_the_latest_step_that_named_the_title_takes_the_late_act() -> None:
    grouper = _grouper()
    draft = text_profile(
        "d",
        "关于《直播声音克隆服务管理规定（征求意见稿）》公开征求意见的通知\n"
        "为规范直播中的声音克隆服务，国家互联网信息办公室起草了该规定，现向社会公开征求意见。",
        {"cac"},
        _at(1, 2, 17),
    )
    development(grouper, "draft", draft)
    development(
        grouper,
        "final",
        text_profile("o", RULE_ORDER, {"cac"}, _at(2, 10, 17)),
        text_profile("n", RULE_NEWS, {"cac"}, _at(2, 11, 9)),
    )
    penalty = text_profile("p", PENALTY, {"cac"}, _at(4, 20, 15))
    found = grouper._crosslingual_target(penalty)
    assert found is not None
    assert found.development_id == "final"


# A city's rules on labels for AI-made adverts, and the centre's rules on the same subject.
CITY_RULES = (
    "杭州市市场监督管理局关于印发《杭州市人工智能生成广告标识管理办法》的通知 杭市监规〔2031〕4号\n"
    "现将《杭州市人工智能生成广告标识管理办法》印发给你们，请遵照执行。本办法自2031年5月1日起施行。"
)
CITY_NEWS = (
    "Hangzhou finalises labels for AI-made adverts\nHangzhou's market regulator issued final "
    "measures requiring labels on AI-generated advertisements, taking effect on May 1."
)
CENTRAL_RULES = (
    "国家市场监督管理总局关于发布《互联网广告人工智能生成内容标识规定》的公告 "
    "国市监广规〔2031〕2号\n"
    "现发布《互联网广告人工智能生成内容标识规定》，自2031年5月1日起施行。"
)
CENTRAL_NEWS = (
    "China's market regulator sets national labels for AI adverts\nThe State Administration for "
    "Market Regulation published national rules on labelling AI-generated internet "
    "advertisements, effective May 1."
)
CITY_SUSPENSION = (
    "杭州市市场监督管理局关于暂停执行《杭州市人工智能生成广告标识管理办法》的决定 "
    "杭市监规〔2031〕9号\n"
    "鉴于国家层面已出台相关规定，经研究，决定自2031年8月20日起暂停执行"
    "《杭州市人工智能生成广告标识管理办法》（杭市监规〔2031〕4号）。"
)


def _city_and_centre(grouper: Grouper) -> None:
    development(
        grouper,
        "city",
        text_profile("c1", CITY_RULES, {"samr"}, _at(3, 20, 17)),
        text_profile("c2", CITY_NEWS, {"samr"}, _at(3, 21, 9)),
    )
    development(
        grouper,
        "centre",
        text_profile("s1", CENTRAL_RULES, {"samr"}, _at(3, 25, 17)),
        text_profile("s2", CENTRAL_NEWS, {"samr"}, _at(3, 26, 9)),
    )


def test_a_citys_suspension_of_its_rules_joins_the_city_not_the_centre() -> None:
    grouper = _grouper()
    _city_and_centre(grouper)
    suspension = text_profile("x", CITY_SUSPENSION, {"samr"}, _at(8, 15, 17))
    found = grouper._crosslingual_target(suspension)
    assert found is not None
    assert found.development_id == "city"


PROVINCE_IMPLEMENTS = (
    "浙江省市场监督管理局关于贯彻落实《互联网广告人工智能生成内容标识规定》的实施意见\n"
    "为贯彻落实《互联网广告人工智能生成内容标识规定》，浙江省市场监督管理局制定本实施意见，"
    "自2031年9月1日起施行。"
)


def test_a_province_implementing_the_central_rule_it_cites_is_its_own_measure() -> None:
    from nlp.crosslingual import places_of

    places = (
        ("浙江省", "zhejiang", False),
        ("浙江", "zhejiang", True),
        ("Zhejiang", "zhejiang", True),
    )
    parents = (("samr", "china"),)
    grouper = Grouper(
        GroupingParams(entity_parents=parents, broad_entities=frozenset({"china"}), places=places)
    )
    where = places_of(places)
    development(
        grouper,
        "centre",
        text_profile("s1", CENTRAL_RULES, {"samr"}, _at(3, 25, 17), places=where),
        text_profile("s2", CENTRAL_NEWS, {"samr"}, _at(3, 26, 9), places=where),
    )
    province = text_profile("z", PROVINCE_IMPLEMENTS, {"samr"}, _at(7, 10, 17), places=where)
    assert province.reading is not None
    assert "title:互联网广告人工智能生成内容标识规定" in province.reading.evidence.acts
    assert grouper._crosslingual_target(province) is None
    # inside the window too: the title both name is no agreement of two places' measures
    china = {"samr": "china"}
    central = extract_evidence(
        CENTRAL_RULES,
        entity_ids={"samr"},
        published=_at(3, 25),
        jurisdiction_of=china,
        places=where,
    )
    own = extract_evidence(
        PROVINCE_IMPLEMENTS,
        entity_ids={"samr"},
        published=_at(3, 28),
        jurisdiction_of=china,
        places=where,
    )
    parts = agreement(own, central).parts
    assert parts.get("owners") == -1.0
    assert "acts" not in parts
    # while a city's own act under its own rule agrees on the title
    city = extract_evidence(CITY_RULES, published=_at(3, 20, 17), places=where)
    suspension = extract_evidence(CITY_SUSPENSION, published=_at(8, 15, 17), places=where)
    assert agreement(suspension, city).parts.get("acts") == 1.0


# A measure applying nationwide from its stated day, and the word weeks later that it does.
PILOT_NOTICE = (
    "国家互联网信息办公室关于在全国推广语音数据出境便利化试点经验的通知 国信办通字〔2031〕12号\n"
    "经研究，决定将语音数据出境便利化试点经验在全国推广，数据处理者可按照简化程序申报数据出境。"
    "本通知自2031年9月1日起实施。"
)
PILOT_NEWS = (
    "China takes voice data export fast lane nationwide\nChina's internet regulator said "
    "companies across the country can use a simplified route to export voice data from "
    "September 1."
)
PILOT_IN_FORCE = (
    "语音数据出境便利化措施在全国落地实施\n"
    "国家网信办有关负责人介绍，语音数据出境便利化措施已于9月1日起在全国实施，首日受理申报86件。"
)
# Another measure of the regulator taking effect the same day: filing of companion apps.
OTHER_SAME_DAY = (
    "国家互联网信息办公室关于开展人工智能陪伴应用备案工作的通知\n"
    "为规范人工智能陪伴应用，决定开展备案工作，本通知自2031年9月1日起实施。"
)
OTHER_NEWS = (
    "China orders filing of AI companion apps\nThe Cyberspace Administration of China said "
    "AI companion apps must file with it from September 1."
)


def test_the_word_that_a_measure_applies_from_its_stated_day_joins_it() -> None:
    grouper = _grouper()
    development(
        grouper,
        "pilot",
        text_profile("p1", PILOT_NOTICE, {"cac"}, _at(8, 2, 17)),
        text_profile("p2", PILOT_NEWS, {"cac"}, _at(8, 3, 9)),
    )
    development(
        grouper,
        "companion",
        text_profile("o1", OTHER_SAME_DAY, {"cac"}, _at(8, 4, 17)),
        text_profile("o2", OTHER_NEWS, {"cac"}, _at(8, 5, 9)),
    )
    word = text_profile("w", PILOT_IN_FORCE, {"cac"}, _at(9, 3, 16))
    found = grouper._crosslingual_target(word)
    assert found is not None
    assert found.development_id == "pilot"


def test_a_late_act_joins_nothing_beyond_the_story_window_or_without_a_shared_key() -> None:
    grouper = _grouper()
    order = text_profile("o", RULE_ORDER, {"cac"}, _at(1, 20, 17))
    development(grouper, "rule", order, text_profile("n", RULE_NEWS, {"cac"}, _at(1, 21, 9)))
    much_later = text_profile("p", PENALTY, {"cac"}, _at(4, 20, 15, year=2032))
    assert grouper._crosslingual_target(much_later) is None
    # the same fine naming no title, number or day of the rule: nothing to look up
    vague = text_profile(
        "v",
        "国家互联网信息办公室行政处罚决定书\n经查，某直播平台未对克隆声音进行显著提示，决定对其处以罚款。",
        {"cac"},
        _at(4, 20, 15),
    )
    assert grouper._crosslingual_target(vague) is None


def test_the_lookup_is_bounded_per_key_and_forgets_old_developments() -> None:
    grouper = _grouper()
    for i in range(ACT_DEVELOPMENTS + 3):
        order = text_profile(f"o{i}", RULE_ORDER, {"cac"}, _at(1, 1 + i, 17))
        development(grouper, f"d{i}", order)
    held = grouper._acts["title:直播声音克隆服务管理规定"]
    assert len(held) == ACT_DEVELOPMENTS
    assert held[-1] == f"d{ACT_DEVELOPMENTS + 2}"
    grouper._expire_acts(_at(6, 1).timestamp())
    assert "title:直播声音克隆服务管理规定" not in grouper._acts
    assert not grouper._act_readings


# A press conference announcing a measure as passed, and the same morning's English report:
# subsidies for consumers buying AI devices, a subject the topic lexicon did not read.
PRESS_CONFERENCE = (
    "国务院新闻办公室举行新闻发布会 介绍促进智能穿戴设备消费有关情况\n"
    "商务部副部长介绍，《关于促进智能穿戴设备和智能手机消费的若干措施》已经审议通过，"
    "将对消费者购买智能眼镜、智能手机给予补贴，近期将印发实施。"
)
PRESS_NEWS = (
    "China approves subsidies for smart glasses and phones, vice minister says\nChina has "
    "approved subsidies for consumers buying smart glasses and smartphones, a vice commerce "
    "minister told a press conference on Wednesday. The measures will be issued soon."
)
TRADE_IN_NEWS = (
    "China publishes gadget trade-in rules\nThe commerce ministry published trade-in rules for "
    "wearables and handsets, with discounts at checkout from October 1."
)
# Distractors: a city's drone subsidy, and a data rule naming users' phone numbers.
DRONE_SUBSIDY = (
    "Shenzhen subsidises delivery drones\nShenzhen will pay delivery firms subsidies for each "
    "new drone route, the city's transport bureau said on Wednesday."
)
PHONE_NUMBER_RULE = "关于加强个人信息保护的通知\n应用程序不得强制收集用户手机号码，违者依法处罚。"


def test_consumer_devices_and_their_subsidies_are_subjects_in_both_languages() -> None:
    when = _at(9, 10, 10)
    conference = extract_evidence(PRESS_CONFERENCE, published=when)
    news = extract_evidence(PRESS_NEWS, published=when)
    trade_in = extract_evidence(TRADE_IN_NEWS, published=when)
    assert {"consumer-devices", "consumer-subsidies"} <= conference.topics
    assert {"consumer-devices", "consumer-subsidies"} <= news.topics
    assert {"consumer-devices", "consumer-subsidies"} <= trade_in.topics
    assert "consumer-devices" not in extract_evidence(DRONE_SUBSIDY, published=when).topics
    assert "consumer-devices" not in extract_evidence(PHONE_NUMBER_RULE, published=when).topics
    # a chip made for phones is a chip measure's object, not a device consumers buy
    chips = (
        "US narrows curbs on chip tools\nThe rule no longer covers tools that make ordinary "
        "smartphone chips, officials said; 手机芯片制造设备不在管制范围内。"
    )
    assert "consumer-devices" not in extract_evidence(chips, published=when).topics


def test_a_press_conference_announcing_a_measure_joins_its_news() -> None:
    grouper = Grouper(GroupingParams())
    news = text_profile("a", PRESS_NEWS, set(), _at(9, 10, 11))
    drone = text_profile("b", DRONE_SUBSIDY, set(), _at(9, 10, 12))
    development(grouper, "devices", news)
    development(grouper, "drones", drone)
    conference = text_profile("c", PRESS_CONFERENCE, set(), _at(9, 10, 15))
    found = grouper._crosslingual_target(conference)
    assert found is not None
    assert found.development_id == "devices"


# A revision of the rule months after it took effect: a rule-making of its own.
RULE_REVISION = (
    "国家互联网信息办公室关于公开征求《直播声音克隆服务管理规定（修订征求意见稿）》意见的通知\n"
    "为进一步规范直播声音克隆服务，我办对《直播声音克隆服务管理规定》进行了修订，"
    "形成了修订征求意见稿，现向社会公开征求意见。"
)


def test_a_revision_of_the_rule_is_not_a_late_act_under_it() -> None:
    assert "revises" in act_keys(RULE_REVISION, _at(6, 2))
    assert "revises" not in act_keys(PENALTY, _at(4, 20))
    grouper = _grouper()
    order = text_profile("o", RULE_ORDER, {"cac"}, _at(1, 20, 17))
    development(grouper, "rule", order, text_profile("n", RULE_NEWS, {"cac"}, _at(1, 21, 9)))
    revision = text_profile("r", RULE_REVISION, {"cac"}, _at(6, 2, 15))
    assert grouper._crosslingual_target(revision) is None
    # nor is the mark a title two texts share
    assert "revises" not in grouper._acts


def test_a_late_act_does_not_wait_in_a_development_of_notices_alone() -> None:
    grouper = _grouper()
    development(grouper, "notices", text_profile("o", RULE_ORDER, {"cac"}, _at(1, 20, 17)))
    penalty = text_profile("p", PENALTY, {"cac"}, _at(4, 20, 15))
    assert grouper._crosslingual_target(penalty) is None


def _unit(i: int) -> np.ndarray:
    vector = np.zeros(384, dtype=np.float32)
    vector[i] = 1.0
    return vector


def test_the_review_does_not_split_a_rules_notices_from_its_news() -> None:
    """Three notices and three English reports of one rule: the model reads only the English."""
    grouper = _grouper()
    texts = [
        ("o", RULE_ORDER, _at(1, 20, 17), 0),
        ("n1", RULE_NEWS, _at(1, 21, 9), 1),
        ("n2", RULE_NEWS.replace("China sets", "Beijing sets"), _at(1, 21, 11), 1),
        ("n3", RULE_NEWS.replace("China sets", "Regulator sets"), _at(1, 21, 13), 1),
        ("p", PENALTY, _at(4, 20, 15), 0),
        ("q", PENALTY.replace("7号", "8号"), _at(4, 21, 15), 0),
    ]
    profiles = []
    for article_id, text, when, axis in texts:
        item = replace(text_item(article_id, text, {"cac"}, when), vector=_unit(axis))
        profiles.append(profile(item, story_evidence=False))
    development(grouper, "rule", *profiles)
    batch = [Assignment(p.article_id, "rule", p.article_id == "o", 1.0) for p in profiles]
    out = grouper.review(batch)
    assert {a.development_id for a in out} == {"rule"}


# A notice published hours before its news, by an issuer the watchlist does not name, while the
# ministry's other measure (its notice and news) is open: the news waits for no development.
DETECTOR_NOTICE = (
    "商务部公告2031年第20号 关于对锑化铟探测器实施出口管制的公告\n"
    "为维护国家安全，决定对锑化铟红外探测器实施出口管制，本公告自2031年7月1日起正式实施。"
)
DETECTOR_NEWS = (
    "China to control exports of infrared detectors from July 1\nChina's commerce ministry "
    "will require licences for exports of indium antimonide infrared detectors from July 1, "
    "it said in Announcement No. 20."
)
LISTING_NOTICE = (
    "不可靠实体清单工作机制关于将3家美国企业列入不可靠实体清单的决定 〔2031〕4号\n"
    "工作机制决定将3家美国无人机企业列入不可靠实体清单，禁止其从事与中国有关的进出口活动。"
)
LISTING_NEWS = (
    "China puts three US drone makers on unreliable entity list\nChina added three US drone "
    "makers to its unreliable entity list on Tuesday, barring them from trade with China, in "
    "decision No. 4 [2031]."
)


def _listing_waiting(grouper: Grouper, hours_before: int = 3) -> None:
    development(
        grouper,
        "detectors",
        text_profile("d1", DETECTOR_NOTICE, {"mofcom"}, _at(6, 20, 17)),
        text_profile("d2", DETECTOR_NEWS, {"mofcom"}, _at(6, 21, 9)),
    )
    when = _at(7, 15, 14) - timedelta(hours=hours_before)
    grouper.assign(text_item("l1", LISTING_NOTICE, set(), when))


def test_the_news_of_a_notice_published_hours_before_it_joins_the_notice() -> None:
    grouper = _grouper()
    _listing_waiting(grouper)
    opened = grouper.member_of["l1"]
    assert opened != "detectors"
    news = text_profile("l2", LISTING_NEWS, {"mofcom"}, _at(7, 15, 14))
    # the English model took the news into the ministry's other measure
    found = grouper._waiting_notice(news, Candidate("detectors", 0.8, {}))
    assert found is not None
    assert found.development_id == opened
    # the report of the other measure stays where the English model put it
    other = text_profile("d3", DETECTOR_NEWS, {"mofcom"}, _at(7, 15, 15))
    assert grouper._waiting_notice(other, Candidate("detectors", 0.8, {})) is None


def test_a_notice_waits_for_its_news_a_day_and_a_half_and_not_in_a_development_of_no_notice() -> (
    None
):
    grouper = _grouper()
    _listing_waiting(grouper, hours_before=40)
    news = text_profile("l2", LISTING_NEWS, {"mofcom"}, _at(7, 15, 14))
    assert grouper._waiting_notice(news, Candidate("detectors", 0.8, {})) is None
    grouper = _grouper()
    _listing_waiting(grouper)
    development(grouper, "english", text_profile("e1", LISTING_NEWS, {"mofcom"}, _at(7, 15, 12)))
    # a development of English reports alone: the English model read all of it
    assert grouper._waiting_notice(news, Candidate("english", 0.8, {})) is None
