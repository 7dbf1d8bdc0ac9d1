"""Official notices joined to their news, twenty-first notices round: the classes of held-out 25.

Notices and reports written for these tests (invented acts, numbers, figures and dates).

1. A place and a start day, two days on: a province's notice and its English news 40-odd hours
   later sharing the place, the start day and an object of the measure join as they would
   sharing the place and the start day alone (sharing the object as well refused them).
2. One rule's earlier step is no rival of its latest: a late act naming a rule's title and its
   start day finds the rule's issue and its amendment; the amendment (the latest step naming
   the title) is joined, not refused for the issue coming within the margin.
3. A notice's own news on more than one subject, within a day and a half: the review's second
   look moves a waiting notice into the English development its news joined though no name
   both link is shared (a bureau off the watchlist).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp import crosslingual
from nlp.cluster import Grouper, GroupingParams
from nlp.crosslingual import places_of, read, same_act_news
from tests.notice_support import development, text_profile

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 10, year: int = 2034) -> datetime:
    return datetime(year, month, day, hour, tzinfo=CHINA_TIME)


PLACES = (
    ("福建省", "fujian", False),
    ("福建", "fujian", True),
    ("Fujian", "fujian", True),
    ("江西省", "jiangxi", False),
    ("江西", "jiangxi", True),
    ("Jiangxi", "jiangxi", True),
)
WHERE = places_of(PLACES)


# -- 1. a place, a start day and an object, two days on ------------------------------------------

HELMET_RULES = (
    "福建省公安厅关于印发《福建省电动自行车骑乘人员佩戴安全头盔暂行规定》的通知（闽公规〔2034〕3号）\n"
    "现将《福建省电动自行车骑乘人员佩戴安全头盔暂行规定》印发给你们，自2034年5月1日起施行。"
)
HELMET_NEWS = (
    "Fujian orders e-bike riders to wear helmets from May 1\nFujian has issued temporary rules "
    "requiring e-bike riders to wear a safety helmet from May 1."
)


def _news_join(notice: str, news: str, hours: float) -> crosslingual.CrossMatch | None:
    mine = read(news, (), (), _at(3, 2, 9) + timedelta(hours=hours), places=WHERE)
    theirs = read(notice, (), (), _at(3, 2, 9), places=WHERE)
    return crosslingual.news_join(mine, [("rules", [theirs])])


def test_a_provinces_news_two_days_on_joins_on_the_place_the_day_and_an_object() -> None:
    notice = read(HELMET_RULES, (), (), _at(3, 2, 9), places=WHERE).evidence
    news = read(HELMET_NEWS, (), (), _at(3, 4, 7), places=WHERE).evidence
    # the two tell one act (Fujian, e-bikes and helmets) but are 46 hours apart: beyond the day
    # and a half, the place and the start day carry the join
    assert same_act_news(news, notice)
    found = _news_join(HELMET_RULES, HELMET_NEWS, 46)
    assert found is not None
    assert found.development_id == "rules"


def test_news_two_days_on_stating_another_start_day_or_place_does_not_join() -> None:
    later = HELMET_NEWS.replace("May 1", "July 1")
    assert _news_join(HELMET_RULES, later, 46) is None
    elsewhere = HELMET_NEWS.replace("Fujian", "Jiangxi")
    assert _news_join(HELMET_RULES, elsewhere, 46) is None
    # nor beyond three days
    assert _news_join(HELMET_RULES, HELMET_NEWS, 80) is None


# -- 2. one rule's earlier step is no rival of its latest -----------------------------------------

ISSUED = (
    "江西省卫生健康委员会关于印发《江西省人工智能辅助病理诊断管理办法》的通知（赣卫规〔2034〕4号）\n"
    "现将《江西省人工智能辅助病理诊断管理办法》印发给你们，本办法自2034年9月1日起施行。"
)
ISSUED_NEWS = (
    "Jiangxi sets rules for AI pathology reads\nJiangxi has issued measures on AI-assisted "
    "pathology diagnosis that apply from September 1."
)
AMENDED = (
    "江西省卫生健康委员会关于修改《江西省人工智能辅助病理诊断管理办法》第八条的通知（赣卫规〔2034〕7号）\n"
    "现决定对《江西省人工智能辅助病理诊断管理办法》第八条作如下修改。修改后的办法仍自2034年9月1日起施行。"
)
AMENDED_NEWS = (
    "Jiangxi amends AI pathology rules before start\nJiangxi has amended its AI pathology "
    "measures, which still apply from September 1."
)
BRIEFING = (
    "江西省人工智能辅助病理诊断工作新闻发布会\n"
    "《江西省人工智能辅助病理诊断管理办法》自9月1日施行以来，全省已有86家医疗机构开展相关工作。"
)


def _rule_grouper() -> Grouper:
    grouper = Grouper(GroupingParams(broad_entities=frozenset({"china"}), places=PLACES))
    issued = text_profile("i", ISSUED, set(), _at(5, 6), places=WHERE)
    issued_news = text_profile("in", ISSUED_NEWS, set(), _at(5, 7), places=WHERE)
    amended = text_profile("a", AMENDED, set(), _at(7, 20), places=WHERE)
    amended_news = text_profile("an", AMENDED_NEWS, set(), _at(7, 21), places=WHERE)
    development(grouper, "issue", issued, issued_news)
    development(grouper, "amendment", amended, amended_news)
    return grouper


def test_a_late_act_joins_the_rules_latest_step_not_refused_for_the_earlier() -> None:
    grouper = _rule_grouper()
    briefing = text_profile("b", BRIEFING, set(), _at(9, 25), places=WHERE)
    assert briefing.reading is not None
    keys = briefing.reading.evidence.acts
    assert "title:江西省人工智能辅助病理诊断管理办法" in keys
    assert "effective:2034-09-01" in keys
    found = grouper._late_act_target(briefing.reading, _at(9, 25).timestamp())
    assert found is not None
    assert found.development_id == "amendment"


def test_a_development_stating_only_the_start_day_stays_a_rival() -> None:
    # another rule of the province starting the same day, naming no title the briefing names:
    # the lookup still weighs it, and the briefing's title decides
    grouper = _rule_grouper()
    other = (
        "江西省交通运输厅关于印发《江西省智能网联汽车道路测试管理细则》的通知（赣交规〔2034〕2号）\n"
        "现将细则印发给你们，自2034年9月1日起施行。"
    )
    development(
        grouper,
        "roads",
        text_profile("o", other, set(), _at(7, 30), places=WHERE),
        text_profile(
            "on",
            "Jiangxi sets road test rules for connected cars\nThey apply from September 1.",
            set(),
            _at(7, 31),
            places=WHERE,
        ),
    )
    briefing = text_profile("b", BRIEFING, set(), _at(9, 25), places=WHERE)
    assert briefing.reading is not None
    found = grouper._late_act_target(briefing.reading, _at(9, 25).timestamp())
    assert found is not None
    assert found.development_id == "amendment"


# -- 3. a notice's own news on more than one subject, within a day and a half ------------------

CLARIFICATION = (
    "教育局澄清有關學校禁用人工智能批改作業的報道\n"
    "教育局澄清，有關當局將於中學禁止使用人工智能批改作業的報道並不屬實，當局並無這個計劃。"
)
RUMOUR = (
    "Schools to be barred from AI homework marking, sources say\nSecondary schools will be "
    "barred from using AI to mark homework from next year, two people briefed on the plan said."
)
DENIAL_NEWS = (
    "Education bureau denies plan to bar AI homework marking\nThe Education Bureau denied a "
    "report that schools would be barred from AI homework marking, saying there was no such plan."
)


def _denied(news_at: datetime) -> tuple[Grouper, str, str]:
    grouper = Grouper(GroupingParams(broad_entities=frozenset({"china"})))
    development(grouper, "rumour", text_profile("r", RUMOUR, set(), _at(3, 1, 9)))
    grouper._add_to(grouper.developments["rumour"], text_profile("d", DENIAL_NEWS, set(), news_at))
    development(grouper, "notice", text_profile("c", CLARIFICATION, set(), _at(3, 3, 18)))
    return grouper, "notice", "rumour"


def test_a_waiting_notice_and_its_news_a_day_on_are_founded_on_two_subjects() -> None:
    grouper, notice, rumour = _denied(_at(3, 4, 8))
    parts = crosslingual.agreement(
        grouper._member_profiles["c"].reading.evidence,
        grouper._member_profiles["d"].reading.evidence,
    ).parts
    assert parts["topics"] == 1.0  # the denial and education, and no fact, no name
    dev, into = grouper.developments[notice], grouper.developments[rumour]
    assert not grouper._unfounded_across(dev, into)


def test_the_same_news_days_later_or_on_one_subject_is_unfounded() -> None:
    grouper, notice, rumour = _denied(_at(3, 7, 8))  # four days on: not the notice's own news
    dev, into = grouper.developments[notice], grouper.developments[rumour]
    assert grouper._unfounded_across(dev, into)
    grouper = Grouper(GroupingParams(broad_entities=frozenset({"china"})))
    development(grouper, "rumour", text_profile("r", RUMOUR, set(), _at(3, 1, 9)))
    one_subject = "Schools weigh AI homework marking\nSecondary schools are testing AI marking."
    grouper._add_to(
        grouper.developments["rumour"], text_profile("d", one_subject, set(), _at(3, 4, 8))
    )
    development(grouper, "notice", text_profile("c", CLARIFICATION, set(), _at(3, 3, 18)))
    assert grouper._unfounded_across(grouper.developments["notice"], grouper.developments["rumour"])


def test_a_notice_and_news_a_day_on_with_a_part_apart_are_unfounded() -> None:
    # two subjects shared, but the news states another day than the notice: nothing founds it
    grouper = Grouper(GroupingParams(broad_entities=frozenset({"china"})))
    development(grouper, "rumour", text_profile("r", RUMOUR, set(), _at(3, 1, 9)))
    dated = DENIAL_NEWS.replace("saying there was", "saying from September 1 there was")
    grouper._add_to(grouper.developments["rumour"], text_profile("d", dated, set(), _at(3, 4, 8)))
    notice = CLARIFICATION.replace("當局並無", "自2034年6月1日起當局並無")
    development(grouper, "notice", text_profile("c", notice, set(), _at(3, 3, 18)))
    parts = crosslingual.agreement(
        grouper._member_profiles["c"].reading.evidence,
        grouper._member_profiles["d"].reading.evidence,
    ).parts
    assert parts["topics"] == 1.0
    assert parts["days"] < 0
    assert grouper._unfounded_across(grouper.developments["notice"], grouper.developments["rumour"])
