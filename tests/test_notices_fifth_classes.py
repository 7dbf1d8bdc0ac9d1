"""Official notices against the news, fifth round of classes (nlp.crosslingual, nlp.cluster).

Notices and reports written for these tests (invented documents, numbers and dates). One
authority's two measures on near subjects, weeks apart, must stay apart: a control list of named
companies against an export control on a class of equipment. The object of the measure (a list
of companies) is a subject in both languages, and the same-script view of the grouping needs
agreement on the measure, not only on the authority and the field.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.cluster import Grouper, GroupingParams
from nlp.crosslingual import (
    agreement,
    authority_and_field_only,
    authority_only,
    best_join,
    extract_evidence,
    read,
)
from tests.notice_support import text_profile

CHINA_TIME = timezone(timedelta(hours=8))


def _at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2027, month, day, hour, tzinfo=CHINA_TIME)


# The ministry's export control on a class of equipment (its own number, its own day).
EQUIPMENT_NOTICE = (
    "商务部公告2027年第31号 关于对光掩模检测设备实施出口管制的公告 "
    "根据《中华人民共和国出口管制法》有关规定，决定对光掩模检测设备及其专用部件实施出口管制。"
    "出口经营者应当向商务部申请出口许可。本公告自2027年7月1日起正式实施。"
)
EQUIPMENT_NEWS = (
    "China to license exports of photomask inspection tools\nChina will require export licences "
    "for photomask inspection equipment used in chip production from July 1, the commerce "
    "ministry said in Announcement No. 31 of 2027."
)
# The same ministry, three weeks later: a list of named foreign chip firms.
LIST_RUMOUR = (
    "Beijing prepares export blacklist for US chip toolmakers\nChina's commerce ministry is "
    "readying a move to put four American chip equipment makers on its export control list, "
    "people familiar with the plan said."
)
LIST_NOTICE = (
    "商务部公告2027年第36号 关于将4家美国实体列入出口管制管控名单的公告 "
    "商务部决定将以下4家美国实体列入出口管制管控名单，禁止向其出口两用物项。"
    "本公告自公布之日起实施。"
)
LIST_NEWS = (
    "China blacklists four US chip toolmakers\nChina barred exports of dual-use items to four "
    "US chip equipment makers it put on its control list with immediate effect, the commerce "
    "ministry said on Friday."
)
# Distractors: another authority's list, and general news using the words loosely.
US_LIST_NEWS = (
    "US adds Chinese chip firms to Entity List\nThe Commerce Department added six Chinese chip "
    "companies to the Entity List on Thursday."
)


def test_a_list_of_named_companies_is_the_measures_object_in_both_languages() -> None:
    for text in (LIST_RUMOUR, LIST_NOTICE, LIST_NEWS, US_LIST_NEWS):
        assert "company-list" in extract_evidence(text).topics
    for text in (EQUIPMENT_NOTICE, EQUIPMENT_NEWS):
        assert "company-list" not in extract_evidence(text).topics
    assert "company-list" in extract_evidence("纳入不可靠实体清单的企业").topics


def test_a_control_list_and_an_equipment_control_disagree_on_their_subjects() -> None:
    rumour = extract_evidence(LIST_RUMOUR, entity_ids={"mofcom"})
    equipment = extract_evidence(EQUIPMENT_NOTICE, entity_ids={"mofcom"})
    parts = agreement(rumour, equipment).parts
    # one authority, one field (chips): that much is shared, the measure's object is not
    assert parts["entities"] > -1.0
    assert parts["topics"] < 0
    assert authority_and_field_only(parts)
    # the news of the equipment control agrees on the measure (its number, its day)
    news = extract_evidence(EQUIPMENT_NEWS, entity_ids={"mofcom"})
    assert not authority_and_field_only(agreement(news, equipment).parts)


def test_a_control_list_notice_joins_the_list_news_not_the_ministrys_equipment_control() -> None:
    notice = read(LIST_NOTICE, {"mofcom"}, (), _at(7, 23, 17))
    list_dev = [
        read(LIST_RUMOUR, {"mofcom"}, (), _at(7, 20, 19)),
        read(LIST_NEWS, {"mofcom"}, (), _at(7, 23, 22)),
    ]
    equipment_dev = [
        read(EQUIPMENT_NOTICE, {"mofcom"}, (), _at(6, 28, 18)),
        read(EQUIPMENT_NEWS, {"mofcom"}, (), _at(6, 28, 22)),
    ]
    match = best_join(notice, [("equipment", equipment_dev), ("list", list_dev)])
    assert match is not None
    assert match.development_id == "list"
    assert best_join(notice, [("equipment", equipment_dev)]) is None


def test_authority_only_reads_the_measure_not_the_authority() -> None:
    notice = read(EQUIPMENT_NOTICE, {"mofcom"}, (), _at(6, 28, 18))
    rumour = read(LIST_RUMOUR, {"mofcom"}, (), _at(7, 20, 19))
    news = read(EQUIPMENT_NEWS, {"mofcom"}, (), _at(6, 28, 22))
    assert authority_only(rumour, [notice])
    assert not authority_only(news, [notice])
    # a notice of its own measure among the development's notices: the measure is shared
    own = read(LIST_NOTICE, {"mofcom"}, (), _at(7, 23, 17))
    assert not authority_only(read(LIST_NEWS, {"mofcom"}, (), _at(7, 23, 22)), [notice, own])
    # no name shared (another authority): not this class, nothing refused here
    us_news = read(US_LIST_NEWS, {"bis"}, (), _at(7, 20, 9))
    assert not authority_only(us_news, [notice])
    # nothing in another script: nothing to compare
    assert not authority_only(rumour, [])


def test_the_same_script_view_keeps_another_measure_of_the_authority_out() -> None:
    grouper = Grouper(
        GroupingParams(entity_parents=(("mofcom", "china"),), broad_entities=frozenset({"china"}))
    )
    notice = text_profile("n", EQUIPMENT_NOTICE, {"mofcom"}, _at(6, 28, 18))
    news = text_profile("a", EQUIPMENT_NEWS, {"mofcom"}, _at(6, 28, 22))
    rumour = text_profile("b", LIST_RUMOUR, {"mofcom"}, _at(7, 20, 19))
    follow_up = text_profile("c", EQUIPMENT_NEWS, {"mofcom"}, _at(7, 2, 9))
    assert rumour.reading is not None
    assert follow_up.reading is not None
    assert grouper._authority_only(rumour.reading, [notice, news])
    assert not grouper._authority_only(follow_up.reading, [notice, news])
    # a development with no notice in another script: the English model decides alone
    assert not grouper._authority_only(rumour.reading, [news])


# Another government's plan on the same field, the same weeks: Japan on servicing chip tools.
JAPAN_PLAN = (
    "Japan to curb servicing of chip tools in China\nJapan's trade ministry plans to require "
    "export licences for repairs of chipmaking tools installed in China, people said."
)


def test_a_notice_is_not_merged_into_a_development_holding_another_governments_measure() -> None:
    parents = (("meti", "japan"), ("mofcom", "china"))
    grouper = Grouper(
        GroupingParams(entity_parents=parents, broad_entities=frozenset({"china", "japan"}))
    )
    rumour = text_profile("b", LIST_RUMOUR, {"mofcom"}, _at(7, 20, 19))
    news = text_profile("c", LIST_NEWS, {"mofcom"}, _at(7, 23, 22))
    japan = text_profile("j", JAPAN_PLAN, {"meti", "japan"}, _at(7, 21, 9))
    notice = text_profile("n", LIST_NOTICE, {"mofcom"}, _at(7, 23, 17))
    mixed = grouper._new_development("mixed", rumour)
    for prof in (rumour, japan, news):
        grouper._add_to(mixed, prof)
    alone = grouper._new_development("alone", notice)
    grouper._add_to(alone, notice)
    # the notice's evidence agrees with its own news ...
    assert notice.reading is not None
    assert best_join(notice.reading, [("mixed", [news.reading])]) is not None  # type: ignore[list-item]
    # ... but the development also holds Japan's plan: the review does not merge the notice in
    assert grouper._foreign_merge_target(alone, set()) is None
    # without Japan's report the merge is made
    clean = grouper._new_development("clean", rumour)
    for prof in (rumour, news):
        grouper._add_to(clean, prof)
    del grouper.developments["mixed"]
    target = grouper._foreign_merge_target(alone, set())
    assert target is not None
    assert target.development_id == "clean"
