"""Official notices and their news, sixth round of classes: the measure guard reads the field.

Reports and notices written for these tests (invented authorities' acts, numbers and dates).
Two English reports that share only the field of a measure (drones, data exports) are not of
one measure when their authorities are unrelated (a city's delivery routes against a customs
hold on drone parts; a province's rule implementing a central rule against the central rule),
or when each states its own object (one department's export licence on drone parts against its
import ban on drones). One measure's reports stay together: those naming an agency and the
department above it, those sharing more than the field, and those sharing a narrower subject.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from nlp.cluster import Grouper, GroupingParams, measure_relation
from nlp.crosslingual import Evidence, best_join, extract_evidence, jurisdictions, read
from tests.notice_support import text_profile

CHINA_TIME = timezone(timedelta(hours=8))

PARENTS = {
    "hangzhou-government": "china",
    "gacc": "china",
    "mofcom": "china",
    "cac": "china",
    "zhejiang-government": "china",
    "bis": "us-commerce",
    "us-commerce": "united-states",
}
GOVERNMENTS = frozenset({"china", "united-states"})
JURISDICTION = jurisdictions(PARENTS, GOVERNMENTS)
AUTHORITIES = frozenset(JURISDICTION)


def _evidence(text: str, entities: set[str]) -> Evidence:
    return extract_evidence(text, entity_ids=entities, jurisdiction_of=JURISDICTION)


# A city's rules on drone inspection routes, and customs holding drone parts the same weeks.
CITY_ROUTES = (
    "Hangzhou sets rules for drone inspection routes\nThe Hangzhou government issued measures "
    "under which utilities can apply for fixed drone routes over power lines."
)
CITY_ROUTES_LATER = (
    "Hangzhou drone route rules draw applications\nThe Hangzhou government said utilities had "
    "filed the first applications under its drone route measures."
)
CUSTOMS_HOLD = (
    "Drone gimbals held at Chinese customs\nExporters said the customs administration has held "
    "shipments of drone gimbals since the licensing requirement took effect."
)
CUSTOMS_HOLD_COMMERCE = (
    "Commerce ministry explains drone gimbal licences\nThe commerce ministry said exporters of "
    "drone gimbals must hold a licence, after shipments were held at customs."
)


def test_two_authorities_of_one_government_sharing_only_the_field_are_apart() -> None:
    city = _evidence(CITY_ROUTES, {"hangzhou-government"})
    customs = _evidence(CUSTOMS_HOLD, {"gacc"})
    assert city.owners == customs.owners == frozenset({"china"})  # one government
    assert "drones" in city.topics & customs.topics  # one field
    assert measure_relation(city, customs, AUTHORITIES, PARENTS) == -1
    assert measure_relation(customs, city, AUTHORITIES, PARENTS) == -1
    # without the watchlist's parents the authorities are not compared (as before)
    assert measure_relation(city, customs, AUTHORITIES) == 1


def test_one_measure_named_by_two_authorities_is_one_when_more_than_the_field_is_shared() -> None:
    """A control co-issued by the ministry and customs: one report names one, the next the other."""
    customs = _evidence(CUSTOMS_HOLD, {"gacc"})
    commerce = _evidence(CUSTOMS_HOLD_COMMERCE, {"mofcom"})
    assert len(customs.topics & commerce.topics) > 1  # drones and licences
    assert measure_relation(customs, commerce, AUTHORITIES, PARENTS) == 1


def test_one_authoritys_reports_of_one_measure_stay_one() -> None:
    first = _evidence(CITY_ROUTES, {"hangzhou-government"})
    later = _evidence(CITY_ROUTES_LATER, {"hangzhou-government"})
    assert measure_relation(first, later, AUTHORITIES, PARENTS) == 1


# One department, two measures on drones a fortnight apart: an export licence on parts, an
# import ban on finished drones.
PARTS_LICENCE = (
    "US to require licences for drone motor exports\nThe Commerce Department issued a rule "
    "requiring export licences for drone motors shipped to China."
)
PARTS_LICENCE_BIS = (
    "Drone motor licence rule drawing applications\nThe Bureau of Industry and Security said its "
    "licence requirement for drone motor exports had drawn 80 applications."
)
IMPORT_BAN = (
    "US moves to ban imports of Chinese drones\nThe Commerce Department proposed measures barring "
    "imports of drones made in China, citing supply risks from foreign vendors."
)


def test_one_department_two_objects_in_one_field_are_apart() -> None:
    licence = _evidence(PARTS_LICENCE, {"us-commerce"})
    ban = _evidence(IMPORT_BAN, {"us-commerce"})
    assert licence.topics & ban.topics == {"drones"}
    assert licence.topics - ban.topics
    assert ban.topics - licence.topics
    assert measure_relation(licence, ban, AUTHORITIES, PARENTS) == -1


# One disclosure order, two reports: one reads it for the foreign vendors, the other for the chips.
DISCLOSURE_VENDORS = (
    "US orders DJI and Autel to disclose foreign suppliers\nThe Commerce Department ordered DJI "
    "and Autel to disclose the drone parts they buy from foreign vendors; failing to do so carries "
    "fines."
)
DISCLOSURE_CHIPS = (
    "DJI and Autel weigh the cost of the US disclosure order\nUnder the Commerce Department's "
    "order, DJI and Autel must list every chip and camera module in their drones, or face fines."
)


def test_two_reports_of_one_act_naming_different_aspects_stay_one() -> None:
    """Each states its own object, but both name the parties the measure is on: one act."""
    vendors = _evidence(DISCLOSURE_VENDORS, {"us-commerce", "dji", "autel"})
    chips = _evidence(DISCLOSURE_CHIPS, {"us-commerce", "dji", "autel"})
    assert vendors.topics & chips.topics == {"drones"}  # one field
    assert vendors.topics - chips.topics  # each its own object
    assert chips.topics - vendors.topics
    assert measure_relation(vendors, chips, AUTHORITIES, PARENTS) == 1
    assert measure_relation(chips, vendors, AUTHORITIES, PARENTS) == 1
    # the same two texts with no party named in common are two measures of one field
    alone = _evidence(DISCLOSURE_CHIPS, {"us-commerce"})
    assert measure_relation(vendors, alone, AUTHORITIES, PARENTS) == -1


def test_an_agency_and_the_department_above_it_are_one_authority() -> None:
    """BIS is in the Commerce Department: its report of the rule is the rule's report."""
    licence = _evidence(PARTS_LICENCE, {"us-commerce"})
    bis = _evidence(PARTS_LICENCE_BIS, {"bis"})
    assert measure_relation(licence, bis, AUTHORITIES, PARENTS) == 1
    # and the import ban, its own object in the same field, stays apart from BIS's report too
    ban = _evidence(IMPORT_BAN, {"us-commerce"})
    assert measure_relation(bis, ban, AUTHORITIES, PARENTS) == -1


def test_a_narrower_subject_shared_is_more_than_the_field() -> None:
    """High-bandwidth memory is a chip: sharing it is sharing two subjects, not the field."""
    one = _evidence("The ministry's rule on exports of high-bandwidth memory licences", {"mofcom"})
    other = _evidence("The ministry's blacklist of high-bandwidth memory buyers", {"mofcom"})
    assert measure_relation(one, other, AUTHORITIES, PARENTS) == 1


# A province's rule implementing a central rule, and the central rule's own news, weeks apart.
CENTRAL_RULE = (
    "China eases rules on sending personal data abroad\nThe Cyberspace Administration of China "
    "issued rules exempting small transfers of personal information abroad from security "
    "assessments."
)
PROVINCE_RULE = (
    "Zhejiang lists personal data needing approval in its free trade zone\nThe Zhejiang "
    "government issued a rule listing the kinds of personal data that firms in its free trade "
    "zone must clear first, under the national rules."
)


def test_a_provincial_rule_implementing_a_central_rule_is_its_own_measure() -> None:
    central = _evidence(CENTRAL_RULE, {"cac"})
    province = _evidence(PROVINCE_RULE, {"zhejiang-government"})
    assert central.topics & province.topics == {"personal-data"}
    assert measure_relation(central, province, AUTHORITIES, PARENTS) == -1


def test_general_news_naming_no_authority_is_not_read() -> None:
    """Subject cues fire by chance in general news: no authority, no disagreement."""
    one = _evidence("Hobbyists fly drones over the lake at the weekend festival.", set())
    customs = _evidence(CUSTOMS_HOLD, {"gacc"})
    assert measure_relation(one, customs, AUTHORITIES, PARENTS) == 1


def _at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2027, month, day, hour, tzinfo=CHINA_TIME)


def test_the_grouping_keeps_a_city_rule_out_of_a_customs_development() -> None:
    """The grouping's guard reads the watchlist's parents (``GroupingParams.entity_parents``)."""
    grouper = Grouper(
        GroupingParams(entity_parents=tuple(PARENTS.items()), broad_entities=GOVERNMENTS)
    )
    customs = text_profile("a", CUSTOMS_HOLD, {"gacc"}, _at(10, 20))
    commerce = text_profile("b", CUSTOMS_HOLD_COMMERCE, {"mofcom"}, _at(10, 22))
    city = text_profile("c", CITY_ROUTES, {"hangzhou-government"}, _at(10, 28))
    assert grouper._measures_differ([city], [customs])
    assert grouper._measures_differ([city], [customs, commerce])
    assert not grouper._measures_differ([commerce], [customs])
    # the switch still turns the guard off
    off = Grouper(
        GroupingParams(
            entity_parents=tuple(PARENTS.items()), broad_entities=GOVERNMENTS, measure_guard=False
        )
    )
    assert not off._measures_differ([city], [customs])


# A ministry's control list of foreign chip firms, a report of it naming no authority, and
# another government's plan on chip tools the same week.
LIST_RUMOUR = (
    "Beijing readies blacklist of US chip designers\nChina's commerce ministry is preparing to "
    "put American chip design firms on its export control list, people said."
)
LIST_REACTION = (
    "Listed chip designer protests\nOne of the chip design firms said the listing was unjustified "
    "and that it sells no chips for military use."
)
JAPAN_PLAN = (
    "Japan to license servicing of chip tools in China\nJapan's trade ministry plans to require "
    "export licences for repairs of chipmaking tools installed in China, people said."
)
JAPAN_FOLLOW_UP = (
    "Toolmakers weigh servicing licences\nToolmakers said licences for repairs of chipmaking "
    "tools would slow their service work."
)


def test_a_report_sharing_only_the_field_does_not_outweigh_another_governments_measure() -> None:
    """The merge that put Japan's plan with China's list: one report of the list names no
    authority and shares only "chips" with the plan; the report naming the ministry is of
    another government's measure."""
    parents = (*PARENTS.items(), ("meti", "japan"))
    grouper = Grouper(
        GroupingParams(entity_parents=parents, broad_entities=GOVERNMENTS | {"japan"})
    )
    rumour = text_profile("a", LIST_RUMOUR, {"mofcom"}, _at(4, 9))
    reaction = text_profile("b", LIST_REACTION, set(), _at(4, 12))
    japan = text_profile("j", JAPAN_PLAN, {"meti", "japan"}, _at(4, 12))
    assert grouper._measures_differ([japan], [rumour, reaction])
    # the same-government follow-up sharing only the field is not refused (nothing apart)
    follow = text_profile("f", JAPAN_FOLLOW_UP, set(), _at(4, 14))
    assert not grouper._measures_differ([follow], [japan])
    # two governments, but one pair shares more than the field: left to the model as before
    both = text_profile(
        "k",
        "Japan and China chip tool licences\nJapan's trade ministry will require export "
        "licences for servicing chipmaking tools, and blacklist firms that evade them.",
        {"meti", "japan"},
        _at(4, 13),
    )
    assert not grouper._measures_differ([both], [japan, rumour])


# A province's list for its pilot free trade zone, its news the next day; the same province's
# other list for the zone six weeks later, and the national list the same week.
ZONE_LIST_NOTICE = (
    "江苏省人民政府办公厅关于印发《中国（江苏）自由贸易试验区外商投资准入负面清单（2027年版）》"
    "的通知 苏政办发〔2027〕21号 各市、县人民政府，省各有关部门：现将《中国（江苏）自由贸易"
    "试验区外商投资准入负面清单（2027年版）》印发给你们，请认真贯彻执行。本清单自2027年9月1日起施行。"
)
ZONE_LIST_NEWS = (
    "Jiangsu shortens foreign investment negative list in its trade zone\nJiangsu issued a "
    "shorter negative list for foreign investors in its pilot free trade zone, to apply from "
    "September 1, lifting limits on logistics and vocational schools."
)
ZONE_DATA_LIST_NEWS = (
    "Jiangsu drafts data negative list for free trade zone\nJiangsu proposed a negative list of "
    "data that firms in its free trade zone would need approval to send abroad, open for "
    "comment until November 30."
)
NATIONAL_LIST_NEWS = (
    "China trims national negative list for foreign investors\nThe commerce ministry shortened "
    "the national negative list for foreign investment, with the cuts taking effect on "
    "November 1."
)


def test_a_zone_and_a_negative_list_are_subjects_in_both_languages() -> None:
    for text in (ZONE_LIST_NOTICE, ZONE_LIST_NEWS, ZONE_DATA_LIST_NEWS):
        topics = extract_evidence(text).topics
        assert {"trade-zones", "negative-list"} <= topics
    assert "trade-zones" not in extract_evidence(NATIONAL_LIST_NEWS).topics
    assert "negative-list" in extract_evidence("外商投资准入特别管理措施（负面清单）").topics
    assert "trade-zones" in extract_evidence("海南自由贸易港").topics


def test_a_zone_list_notice_joins_its_news_not_another_list_of_the_zone_or_the_nation() -> None:
    """The news names the province bare (no watchlist entity); the notice its government."""
    notice = read(ZONE_LIST_NOTICE, {"jiangsu-government"}, (), _at(8, 2, 17))
    own = [read(ZONE_LIST_NEWS, set(), (), _at(8, 3, 9))]
    other_list = [read(ZONE_DATA_LIST_NEWS, set(), (), _at(9, 14, 9))]
    national = [read(NATIONAL_LIST_NEWS, {"mofcom"}, (), _at(8, 3, 11))]
    developments = [("own", own), ("data", other_list), ("national", national)]
    match = best_join(notice, developments)
    assert match is not None
    assert match.development_id == "own"
    assert best_join(notice, [("data", other_list)]) is None
    assert best_join(notice, [("national", national)]) is None


def test_the_story_level_does_not_read_the_zone_or_the_list() -> None:
    """Where and by what kind of instrument a measure applies ties no two policies into a story:
    a province's investment list and its data list for one zone are two policies."""
    grouper = Grouper(GroupingParams())
    investment = text_profile("i", ZONE_LIST_NEWS, set(), _at(8, 3))
    data = text_profile("d", ZONE_DATA_LIST_NEWS, set(), _at(9, 14))
    one = grouper._new_development("one", investment)
    grouper._add_to(one, investment)
    other = grouper._new_development("other", data)
    grouper._add_to(other, data)
    assert not grouper._subjects(one) & grouper._subjects(other)
    assert "foreign-supply" in grouper._subjects(one)  # the policy's own subject is read
