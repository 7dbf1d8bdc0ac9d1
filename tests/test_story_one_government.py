"""One government's authority named two ways, and one act told in two languages.

Threads written for these tests (invented measures of real regulators). A headline may name
the authority by its country ("China", "Beijing", "Washington") where the other step names the
agency: one government, not two actors; a side naming two governments, or another government's
regulator on the same subject, stays two. And the development level may leave one act in two
developments, a ministry's Chinese notice and the English report of it the next day naming the
authority by its country: the story level joins them when their authority is one government's
and their reports agree across languages, and leaves apart another authority's notice of the
same day on another subject and another government's measure on the same subject.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nlp.cluster import (
    Corrections,
    Grouper,
    GroupingParams,
    development_id_for,
    one_government,
)
from tests.story_support import DIM, basis, filler, report, stories_of
from tests.story_support import unit as _unit

T0 = datetime(2026, 6, 1, 2, tzinfo=UTC)
BASIS = basis(89)
PARENTS = (
    ("cac", "china"),
    ("miit", "china"),
    ("mofcom", "china"),
    ("bis", "us-commerce"),
    ("us-commerce", "united-states"),
    ("kcc", "south-korea"),
)
PARAMS = GroupingParams(
    story_model="",
    broad_entities=frozenset({"china", "united-states", "south-korea", "taiwan"}),
    entity_parents=PARENTS,
)


def test_one_government_reads_a_country_as_its_own_authority_and_two_as_two():
    parents = dict(PARENTS)
    cac, china = frozenset({"cac"}), frozenset({"china"})
    assert one_government(china, cac, parents)
    assert one_government(cac, china, parents)
    assert one_government(frozenset({"united-states"}), frozenset({"bis"}), parents)
    assert one_government(frozenset({"us-commerce"}), frozenset({"bis"}), parents)
    assert one_government(cac, cac, parents)
    # two agencies of one government are not one authority: neither meets nor is kin
    assert not one_government(cac, frozenset({"miit"}), parents)
    # another government's regulator, or a side naming two governments
    assert not one_government(frozenset({"kcc"}), cac, parents)
    assert not one_government(frozenset({"south-korea"}), cac, parents)
    assert not one_government(frozenset({"china", "taiwan"}), frozenset({"mofcom"}), parents)
    # a name the watchlist does not hold says nothing of a government
    assert not one_government(frozenset({"n:shenzhen transport bureau"}), cac, parents)


def _item(aid, hours, title, text, vector, mains, kinds=()):
    return report(aid, T0 + timedelta(hours=hours), title, text, vector, mains=mains, kinds=kinds)


def _stream():
    return [
        _item(
            "notice-zh",
            0,
            "工业和信息化部关于发布《电动自行车电池换电安全指引》的通知",
            "工业和信息化部发布《电动自行车电池换电安全指引》，要求换电柜运营者逐块登记电池，"
            "自2026年9月1日起施行，首批在12个城市试点。",
            _unit(BASIS[0] + 0.3 * BASIS[1]),
            {"miit"},
            {"guidance-standard"},
        ),
        _item(
            "report-en",
            20,
            "Beijing sets safety guideline for e-bike battery swapping",
            "China issued a guideline on battery swapping for electric bikes, requiring "
            "cabinet operators to register every battery from September 1, 2026, with pilots "
            "in 12 cities first.",
            _unit(BASIS[2] + 0.3 * BASIS[3]),
            {"china"},
            {"guidance-standard"},
        ),
        _item(
            "other-zh",
            4,
            "国家互联网信息办公室关于开展网络直播打赏专项整治的通知",
            "国家互联网信息办公室决定开展为期三个月的网络直播打赏专项整治。",
            _unit(BASIS[4] + 0.3 * BASIS[5]),
            {"cac"},
            {"enforcement-fine"},
        ),
        _item(
            "us-en",
            22,
            "Commerce sets safety rules for e-bike battery swapping cabinets",
            "The Commerce Department required battery swapping cabinets for electric bikes to "
            "register every battery from September 1, 2026, in 12 cities first.",
            _unit(BASIS[6] + 0.3 * BASIS[7]),
            {"us-commerce"},
            {"guidance-standard"},
        ),
        *filler(T0, BASIS, 12, topics=3, every=2, offset=1),
    ]


def _stories(params: GroupingParams) -> dict[str, str]:
    items = _stream()
    # each report its own development, as a development level that split the act leaves them
    pins = {i.article_id: development_id_for(i.article_id) for i in items[:4]}
    return stories_of(Grouper(params, dim=DIM, corrections=Corrections(pins=pins)), items)


def test_one_act_in_two_languages_split_by_the_development_level_is_one_story():
    stories = _stories(PARAMS)
    assert stories["report-en"] == stories["notice-zh"]
    # another authority's notice of the same day, on another subject
    assert stories["other-zh"] != stories["notice-zh"]
    # another government's measure on the same subject, the same day
    assert stories["us-en"] != stories["notice-zh"]


def test_without_the_same_act_reading_the_rules_leave_them_apart():
    # what the story rules give without it: the agreement is under the window's bar
    off = GroupingParams(
        story_model="",
        broad_entities=PARAMS.broad_entities,
        entity_parents=PARENTS,
        story_same_act_crosslingual=1.01,
    )
    stories = _stories(off)
    assert stories["report-en"] != stories["notice-zh"]
