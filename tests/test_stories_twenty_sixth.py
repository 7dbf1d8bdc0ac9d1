"""One act told in two scripts hours apart, keyed alike, where the reading finds nothing in common.

Threads written for these tests (invented measures of real regulators). The development level
may leave a Chinese report and the English report of the same act in two developments when the
cross-language reading finds nothing the two texts share (the authority named off the table in
Chinese, an amount or a course told in other words): their agreement is its bias alone. When
the two developments carry one story key and the agreement reads nothing against, the story
level takes them as the same act, when it is the only such development both ways; the same
regulator's fine of the day and a second act of it the reading cannot tell from the first are
not joined, nor is another authority's rule.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nlp import crosslingual
from nlp.cluster import GroupingParams, nothing_against
from tests.story_support import basis, filler, pinned_stories, report
from tests.story_support import unit as _unit

T0 = datetime(2027, 3, 1, 1, tzinfo=UTC)
BASIS = basis(97)
PARENTS = (("moe-china", "china"), ("samr", "china"), ("miit", "china"))
PARAMS = GroupingParams(
    story_model="",
    broad_entities=frozenset({"china", "united-states"}),
    entity_parents=PARENTS,
)


def test_nothing_against_reads_only_the_parts_against():
    assert nothing_against(crosslingual.Agreement(0.182, {}))
    assert nothing_against(crosslingual.Agreement(0.27, {"kinds": 1.0}))
    assert not nothing_against(crosslingual.Agreement(0.12, {"amounts": -1.0}))
    assert not nothing_against(crosslingual.Agreement(0.4, {"topics": 0.5, "days": -1.0}))


def _item(aid, hours, title, text, vector, mains, kinds=()):
    return report(aid, T0 + timedelta(hours=hours), title, text, vector, mains=mains, kinds=kinds)


LIFT_ZH = (
    "电梯维保新规发布 物业须每半月检查一次",
    "市场监管总局发布电梯维护保养新规，要求物业服务企业每半月对电梯进行一次检查，并留存记录。",
)
LIFT_EN = (
    "China's market regulator tightens lift maintenance rules",
    "China's State Administration for Market Regulation said building managers must have "
    "lifts checked twice a month and keep the records.",
)


def _stream(*others):
    return [
        # no signal kinds given: nothing the two reports share is read
        _item("lift-zh", 0, *LIFT_ZH, _unit(BASIS[0] + 0.3 * BASIS[1]), {"samr"}),
        _item("lift-en", 5, *LIFT_EN, _unit(BASIS[2] + 0.3 * BASIS[3]), {"samr"}),
        *others,
        *filler(T0, BASIS, 12, topics=3, every=2, offset=1),
    ]


RULE = "law-regulation"
#: the same regulator's fine of the day: another kind of measure
FINE = _item(
    "fine-en",
    6,
    "China fines online platforms over fake discounts",
    "The State Administration for Market Regulation fined three platforms for fake discounts "
    "during a shopping festival.",
    _unit(BASIS[4] + 0.3 * BASIS[5]),
    {"samr"},
    {"enforcement-fine"},
)
#: another authority's rule of the day
SCHOOL = _item(
    "school-en",
    7,
    "Schools told to check playground equipment every month",
    "China's Ministry of Education told schools to have playground equipment checked every "
    "month and keep the records.",
    _unit(BASIS[6] + 0.3 * BASIS[7]),
    {"moe-china"},
    {RULE},
)
#: the same regulator's other rule of the day, which the reading cannot tell from the first
ESCALATOR = _item(
    "escalator-en",
    8,
    "Market regulator tells shopping centres to have escalators inspected",
    "China's State Administration for Market Regulation told shopping centres to have "
    "escalators inspected by certified firms.",
    _unit(BASIS[8] + 0.3 * BASIS[9]),
    {"samr"},
)


def _stories(items, params: GroupingParams = PARAMS) -> dict[str, str]:
    return pinned_stories(items, params)


def test_the_two_reports_read_nothing_in_common_and_nothing_against():
    zh = crosslingual.extract_evidence("\n".join(LIFT_ZH))
    en = crosslingual.extract_evidence("\n".join(LIFT_EN))
    agreed = crosslingual.agreement(zh, en)
    assert agreed.score < PARAMS.story_same_act_crosslingual
    assert nothing_against(agreed)


def test_one_act_in_two_scripts_keyed_alike_with_nothing_read_in_common_is_one_story():
    stories = _stories(_stream(FINE, SCHOOL))
    assert stories["lift-en"] == stories["lift-zh"]
    # the same regulator's fine of the day and another authority's rule stay apart
    assert stories["fine-en"] != stories["lift-zh"]
    assert stories["school-en"] != stories["lift-zh"]


def test_a_second_act_of_the_authority_the_reading_cannot_tell_apart_is_not_joined():
    stories = _stories(_stream(ESCALATOR))
    # the first told is taken as the act; the second, read in nothing too, is not joined
    assert stories["lift-en"] == stories["lift-zh"]
    assert stories["escalator-en"] != stories["lift-zh"]


def test_beyond_the_same_act_days_the_two_stay_apart():
    off = GroupingParams(
        story_model="",
        broad_entities=PARAMS.broad_entities,
        entity_parents=PARENTS,
        story_same_act_days=0.1,
    )
    stories = _stories(_stream(), off)
    assert stories["lift-en"] != stories["lift-zh"]
