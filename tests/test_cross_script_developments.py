"""One act's Chinese and English news reports in one development.

Reports written for these tests (invented authorities' acts, companies, figures and dates). A
Chinese news report and an English one of the same act, a day apart, share too little for the
notices' agreement (no document number, few figures, the act's subject in each language's
words) and nothing for the English embedding; they join on who acts and what the act is about
(``nlp.crosslingual.same_act_news``), never on a shared authority alone.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from nlp.cluster import Grouper, GroupingParams
from nlp.crosslingual import (
    Evidence,
    best_join,
    extract_evidence,
    latin_names,
    news_join,
    news_objects,
    same_act_news,
)
from tests.notice_support import development, text_profile

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2031, month, day, hour, tzinfo=CHINA_TIME)


def _grouper() -> Grouper:
    parents = (("samr", "china"), ("miit", "china"))
    return Grouper(GroupingParams(entity_parents=parents, broad_entities=frozenset({"china"})))


# the market regulator's draft on recalls of e-cigarettes, in Chinese, then in English
VAPE_ZH = (
    "市场监管总局拟建立电子烟缺陷产品召回制度\n市场监管总局起草了电子烟缺陷产品召回办法，"
    "要求生产企业发现烟弹漏液或过热缺陷后及时向监管部门报告并启动召回。"
)
VAPE_EN = (
    "China drafts e-cigarette recall duty after overheating complaints\nChina's market regulator "
    "wants vape makers to report leaking or overheating cartridges and recall them, according "
    "to a draft published for comment."
)
# the same regulator's other measure of the same week: prices on ride-hailing apps
RIDES_EN = (
    "China's market regulator tells ride-hailing apps to show fares upfront\nThe regulator said "
    "platforms must show the full fare before a trip is booked and may not raise it afterwards."
)
RIDES_ZH = (
    "市场监管总局要求网约车平台行程前明示全部车费\n市场监管总局表示，网约车平台须在乘客下单前"
    "明示全部价格，不得在行程结束后加价。"
)
# the same regulator's third measure, with no object in common with either
BANKS_ZH = (
    "市场监管总局开展商业银行收费专项检查\n市场监管总局部署对商业银行服务收费开展专项检查，"
    "重点查处未按规定公示收费项目的行为。"
)


def _evidence(text: str, entities: set[str], when: datetime) -> Evidence:
    return extract_evidence(text, entity_ids=entities, published=when)


def test_objects_are_read_across_the_languages() -> None:
    assert {"tobacco-vaping", "recalls"} <= news_objects(VAPE_ZH)
    assert {"tobacco-vaping", "recalls"} <= news_objects(VAPE_EN)
    assert {"ride-hailing", "pricing"} <= news_objects(RIDES_ZH)
    assert not news_objects(VAPE_ZH) & news_objects(RIDES_EN)
    # a step is no object: a draft of any rule
    assert "draft-consultation" not in news_objects(VAPE_EN)


def test_latin_names_cross_the_scripts() -> None:
    zh = latin_names("博彩监督局（GSA）对Lucky8平台开出罚单，AI客服也被点名。")
    assert zh == {"GSA", "Lucky8"}  # AI: written in every sector's news, no name
    en = latin_names("The Gaming Supervisory Authority fined Lucky8 over its chat helpers.")
    assert {"GSA", "Lucky8"} <= en  # initials of the capitalised name, "The" left out


def test_one_acts_news_in_two_scripts_tell_one_act() -> None:
    zh = _evidence(VAPE_ZH, {"samr"}, _at(4, 7))
    en = _evidence(VAPE_EN, {"samr"}, _at(4, 8))
    assert same_act_news(zh, en)
    # a name both write in Latin letters is who acts, when no watchlist entity is linked
    gaming_zh = _evidence(
        "博彩监督局（GSA）以未核验玩家年龄为由对Lucky8处以罚款\n博彩监督局表示，Lucky8"
        "博彩平台未对新注册用户进行实名核验。",
        set(),
        _at(5, 2),
    )
    gaming_en = _evidence(
        "Lucky8 fined for failing to verify gamblers' ages\nThe Gaming Supervisory Authority "
        "fined betting site Lucky8 for letting new users gamble without identity checks.",
        set(),
        _at(5, 1),
    )
    assert same_act_news(gaming_zh, gaming_en)


def test_one_authoritys_other_measure_is_not_the_same_act() -> None:
    vape_zh = _evidence(VAPE_ZH, {"samr"}, _at(4, 7))
    rides_en = _evidence(RIDES_EN, {"samr"}, _at(4, 8))
    banks_zh = _evidence(BANKS_ZH, {"samr"}, _at(4, 8))
    vape_en = _evidence(VAPE_EN, {"samr"}, _at(4, 8))
    assert not same_act_news(vape_zh, rides_en)  # the authority alone
    assert not same_act_news(banks_zh, vape_en)
    assert not same_act_news(banks_zh, rides_en)


def test_two_governments_measures_on_one_object_are_not_one_act() -> None:
    zh = _evidence(VAPE_ZH, {"samr"}, _at(4, 7))
    other = _evidence(
        "Japan drafts e-cigarette recall rules\nJapan's consumer agency wants vape makers to "
        "recall overheating cartridges, a draft published on Tuesday says.",
        {"japan"},
        _at(4, 8),
    )
    assert not same_act_news(zh, other)


def test_a_chinese_report_joins_the_english_news_of_its_act_not_the_other_measure() -> None:
    grouper = _grouper()
    development(grouper, "vape", text_profile("v-en", VAPE_EN, {"samr"}, _at(4, 7, 9)))
    development(grouper, "rides", text_profile("r-en", RIDES_EN, {"samr"}, _at(4, 7, 11)))
    vape_zh = text_profile("v-zh", VAPE_ZH, {"samr"}, _at(4, 8, 9))
    # no figure, no day, no document: what both acts act on (e-cigarettes, recalls), read in
    # both scripts, is their shared subject, and the other measure of the regulator is no rival
    assert vape_zh.reading is not None
    offered = [
        (d, [p.reading for p in grouper._profiles_of(d) if p.reading]) for d in ("rides", "vape")
    ]
    match = best_join(vape_zh.reading, offered)
    assert match is not None
    assert match.development_id == "vape"
    assert match.parts["topics"] == 1.0
    found = grouper._crosslingual_target(vape_zh)
    assert found is not None
    assert found.development_id == "vape"
    # the news join, the second chance after the notices' agreement, reads the same act alone
    news = news_join(vape_zh.reading, offered)
    assert news is not None
    assert news.development_id == "vape"
    # and the grouper falls back to it when the notices' agreement is not enough
    strict = Grouper(replace(grouper.params, crosslingual_threshold=1.0))
    development(strict, "vape", text_profile("v-en", VAPE_EN, {"samr"}, _at(4, 7, 9)))
    development(strict, "rides", text_profile("r-en", RIDES_EN, {"samr"}, _at(4, 7, 11)))
    found = strict._crosslingual_target(text_profile("v-zh", VAPE_ZH, {"samr"}, _at(4, 8, 9)))
    assert found is not None
    assert found.development_id == "vape"
    assert found.features["news_across"] == 1.0
    found = grouper._crosslingual_target(text_profile("r-zh", RIDES_ZH, {"samr"}, _at(4, 8, 9)))
    assert found is not None
    assert found.development_id == "rides"
    # the same regulator's third measure joins neither: nothing of the act is shared
    assert grouper._crosslingual_target(text_profile("b", BANKS_ZH, {"samr"}, _at(4, 8))) is None


def test_an_english_report_joins_the_chinese_news_of_its_act() -> None:
    grouper = _grouper()
    development(grouper, "vape", text_profile("v-zh", VAPE_ZH, {"samr"}, _at(4, 7, 9)))
    development(grouper, "banks", text_profile("b-zh", BANKS_ZH, {"samr"}, _at(4, 7, 11)))
    grouper._foreign.update({"v-zh", "b-zh"})
    grouper.member_of.update({"v-zh": "vape", "b-zh": "banks"})
    found = grouper._crosslingual_target(text_profile("v-en", VAPE_EN, {"samr"}, _at(4, 8, 9)))
    assert found is not None
    assert found.development_id == "vape"
    # two days and more apart, news of the same object is no longer read as one report's twin
    late = text_profile("late", VAPE_EN, {"samr"}, _at(4, 12, 9))
    found = grouper._crosslingual_target(late)
    assert found is None or "news_across" not in found.features
