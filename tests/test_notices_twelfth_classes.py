"""Official notices and their news, twelfth round of classes: a measure named for comparison.

Reports and notices written for these tests (invented acts, numbers and dates).

A report often dates or measures its news against another act of the same authority: "weeks
after it announced controls on ...", "following its earlier curbs on ...", "on top of the
existing rules on ...", "builds on the ... rules on ..."; 继…之后, 此前已…, 在…基础上. The
subjects of such a clause are that other act's, not the report's own measure's
(``Evidence.aside``), in the measure guard and in the notice evidence. Distractors: "after weeks
of talks, the ministry announced controls on X" (X is the news), a report whose only measure is
named in such a clause (it keeps its subject), 继续 and 在此基础上, and a later report of the same
measure naming its announcement.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from nlp.cluster import measure_relation
from nlp.crosslingual import agreement, aside_topics, best_join, extract_evidence, read

CHINA_TIME = timezone(timedelta(hours=8))
PARENTS = {"mofcom": "china"}
JURISDICTION = {"mofcom": "china"}
AUTHORITIES = frozenset(JURISDICTION)


def _at(month: int, day: int, tz: timezone = UTC) -> datetime:
    return datetime(2032, month, day, 10, 0, tzinfo=tz)


# One ministry's two measures: export controls on gallium wafers, then a listing of drone makers.
CONTROLS_NEWS = (
    "China to require licences for gallium wafer exports\n"
    "China's commerce ministry will require export licences for gallium nitride wafers used in "
    "radar chips from June 1, the ministry said on Monday."
)
CONTROLS_NOTICE = (
    "商务部公告2032年第7号 关于对氮化镓晶圆实施出口管制的公告\n"
    "为维护国家安全，决定对氮化镓晶圆实施出口管制，出口经营者应当申请许可。"
    "本公告自2032年6月1日起正式实施。"
)
LISTING_WEEKS_AFTER = (
    "China weighs listing US radar chip makers\n"
    "China may put four US radar chip makers on its export control list, two people said, "
    "weeks after it announced controls on gallium nitride wafer exports."
)
LISTING_FOLLOWING = (
    "Beijing lists radar chip makers\n"
    "The commerce ministry added four US radar chip makers to its export control list, "
    "following its earlier curbs on gallium nitride wafers."
)
LISTING_ON_TOP = (
    "Radar chip makers listed\n"
    "Four US radar chip makers go on the export control list, on top of the controls on "
    "gallium nitride wafers, the ministry said."
)
LISTING_AFTER_EARLIER = (
    "Radar chip makers listed\n"
    "The ministry put four US radar chip makers on its export control list after Beijing had "
    "earlier announced licences for gallium nitride wafers."
)
LISTING_CN_AFTER = (
    "商务部将四家美国雷达芯片企业列入管控名单\n"
    "继宣布对氮化镓晶圆实施出口管制之后，商务部将四家美国雷达芯片企业列入出口管制管控名单。"
)
LISTING_CN_EARLIER = (
    "商务部将四家美国雷达芯片企业列入管控名单\n"
    "商务部此前已对氮化镓晶圆实施出口管制，今日将四家美国雷达芯片企业列入出口管制管控名单。"
)
LISTING_CN_BASIS = (
    "商务部将四家美国雷达芯片企业列入管控名单\n"
    "在氮化镓晶圆出口管制基础上，商务部将四家美国雷达芯片企业列入出口管制管控名单。"
)
LABELS_BUILD_ON = (
    "Labels for synthetic voices\n"
    "The regulator's labelling rules for synthetic voices build on its 2030 rules on algorithm "
    "filing."
)


def test_a_measure_named_for_comparison_is_aside_in_english() -> None:
    for text in (LISTING_WEEKS_AFTER, LISTING_FOLLOWING, LISTING_ON_TOP, LISTING_AFTER_EARLIER):
        aside = aside_topics(text)
        assert "gallium-germanium" in aside, text
        assert "company-list" not in aside, text
    assert aside_topics(LABELS_BUILD_ON) == {"algorithm-filing"}


def test_a_measure_named_for_comparison_is_aside_in_chinese() -> None:
    for text in (LISTING_CN_AFTER, LISTING_CN_EARLIER, LISTING_CN_BASIS):
        aside = aside_topics(text)
        assert "gallium-germanium" in aside, text
        assert "company-list" not in aside, text


def test_after_weeks_of_talks_the_measure_announced_is_the_news() -> None:
    for text in (
        "Gallium wafer curbs\nAfter weeks of talks, the ministry announced controls on gallium "
        "nitride wafer exports to makers of drones.",
        "Gallium wafer curbs\nAfter months of review the ministry announced controls on gallium "
        "nitride wafers, which drone makers use.",
    ):
        assert aside_topics(text) == frozenset(), text


def test_a_report_whose_only_measure_is_in_such_a_clause_keeps_its_subject() -> None:
    text = (
        "Exporters react\nExporters are still waiting for guidance, weeks after the ministry "
        "announced controls on gallium nitride wafers."
    )
    assert aside_topics(text) == frozenset()
    assert "gallium-germanium" in extract_evidence(text).topics


def test_continuing_and_this_basis_name_no_other_measure() -> None:
    for text in (
        "商务部继续加强氮化镓晶圆出口管制\n商务部将四家美国雷达芯片企业列入出口管制管控名单。",
        "商务部将四家美国雷达芯片企业列入管控名单\n在此基础上，商务部对氮化镓晶圆实施出口管制。",
    ):
        assert aside_topics(text) == frozenset(), text


def test_the_measure_guard_keeps_a_listing_named_after_the_controls_apart() -> None:
    controls = extract_evidence(CONTROLS_NEWS, entity_ids={"mofcom"}, jurisdiction_of=JURISDICTION)
    for text in (LISTING_WEEKS_AFTER, LISTING_FOLLOWING):
        listing = extract_evidence(text, jurisdiction_of=JURISDICTION)
        assert measure_relation(listing, controls, AUTHORITIES, PARENTS) == -1, text
        assert measure_relation(controls, listing, AUTHORITIES, PARENTS) == -1, text


def test_a_later_report_of_the_same_controls_naming_their_announcement_stays_one() -> None:
    later = extract_evidence(
        "First gallium wafer licences granted\nThe ministry granted the first export licences "
        "for gallium nitride wafers used in radar chips, weeks after it announced the controls.",
        jurisdiction_of=JURISDICTION,
    )
    controls = extract_evidence(CONTROLS_NEWS, entity_ids={"mofcom"}, jurisdiction_of=JURISDICTION)
    assert measure_relation(later, controls, AUTHORITIES, PARENTS) == 1


def test_the_controls_notice_does_not_join_the_listing_named_after_them() -> None:
    notice = read(CONTROLS_NOTICE, {"mofcom"}, (), _at(5, 10, CHINA_TIME))
    listing = [read(LISTING_WEEKS_AFTER, set(), (), _at(5, 10))]
    assert agreement(notice.evidence, listing[0].evidence).parts.get("topics", 0.0) < 0.0
    assert best_join(notice, [("listing", listing)], jurisdiction_of=JURISDICTION) is None


def test_the_controls_notice_still_joins_its_own_news() -> None:
    notice = read(CONTROLS_NOTICE, {"mofcom"}, (), _at(5, 10, CHINA_TIME))
    news = [read(CONTROLS_NEWS, {"mofcom"}, (), _at(5, 10))]
    match = best_join(notice, [("controls", news)], jurisdiction_of=JURISDICTION)
    assert match is not None
    assert match.development_id == "controls"


def test_a_measures_own_start_or_its_earlier_objects_are_not_another_measure() -> None:
    for text in (
        "Bigger chip vouchers proposed\nThe province proposed raising the cap on its compute "
        "vouchers for domestic chips, five months after the voucher scheme began.",
        "Bigger chip vouchers proposed\nThe province proposed raising the cap on its compute "
        "vouchers for domestic chips, a year after the voucher scheme was launched.",
        "修订算力券办法\n修订后的办法自10月1日起施行，此前已发放的算力券继续有效，国产芯片支持比例提高。",
    ):
        assert aside_topics(text) == frozenset(), text
