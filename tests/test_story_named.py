"""Policy threads across months: an authority named as a watchlist entry in one step and only by
a name in another.

A thread written for these tests (an invented city's robotaxi rules): the city government's
notice, tagged with its watchlist entry, and months later the first permits "under the city's
rules", whose reports name only "Hangzhou's transport bureau" (a name key, which never meets a
watchlist key); beside them another city's bureau acting on the same subject, which must stay
apart.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from nlp.cluster import ClusterItem, Grouper, GroupingParams, name_ids
from nlp.story_model import DEFAULT_STORY_MODEL, STORY_FEATURES, load_story_model
from tests.story_support import DIM, basis, evidence_between, filler, report, stories_of
from tests.story_support import unit as _unit

T0 = datetime(2026, 4, 6, 8, tzinfo=UTC)
BASIS = basis(31)
NAMES = (
    ("Hangzhou Municipal People's Government", "hangzhou-government"),
    ("Hangzhou municipal government", "hangzhou-government"),
    ("杭州市人民政府", "hangzhou-government"),
    ("Suzhou municipal government", "suzhou-government"),
    ("China", "china"),
    ("Chinese government", "china"),
)
PARAMS = GroupingParams(
    story_model="",
    broad_entities=frozenset({"china", "hangzhou-government", "suzhou-government"}),
    entity_parents=(("hangzhou-government", "china"), ("suzhou-government", "china")),
    entity_names=NAMES,
)
LEARNED = replace(PARAMS, story_model=DEFAULT_STORY_MODEL)


def _item(aid, days, title, text, vector, mains=(), kinds=()):
    return report(aid, T0 + timedelta(days=days), title, text, vector, mains=mains, kinds=kinds)


def test_name_ids_read_names_aliases_and_the_place_of_an_authority():
    ids = name_ids(
        [
            *NAMES,
            ("Dutch government", "netherlands"),
            ("Commerce Department", "us-commerce"),
            ("Beijing", "china"),
            ("Beijing municipal government", "beijing-government"),
            ("Lake Authority", "lake-a"),
            ("Lake Authority", "lake-b"),
        ]
    )
    assert ids["hangzhou municipal government"] == "hangzhou-government"
    assert ids["hangzhou"] == "hangzhou-government"  # the place of "Hangzhou ... government"
    assert ids["dutch"] == "netherlands"
    assert ids["commerce"] == "us-commerce"
    assert ids["chinese"] == "china"
    assert ids["beijing"] == "china"  # an alias says so: the derived name gives way
    assert "lake authority" not in ids  # two entities' name names neither
    assert "government" not in ids


def _thread() -> list[ClusterItem]:
    return [
        _item(
            "robotaxi-notice",
            0,
            "杭州市人民政府印发智能网联汽车高速公路载客管理办法",
            "杭州市人民政府印发《杭州市智能网联汽车高速公路载客管理办法》，允许取得许可的企业在绕城"
            "高速开展无安全员载客运营，远程安全员与车辆配比不得低于1比3。",
            # another script: the embedding ranks it far from the English reports of its thread
            _unit(0.3 * BASIS[0] + BASIS[1]),
            mains={"hangzhou-government"},
            kinds={"law-regulation"},
        ),
        _item(
            "robotaxi-permits",
            150,
            "Hangzhou's transport bureau grants first expressway robotaxi permits",
            "Hangzhou's transport bureau granted two operators the first permits to carry paying "
            "passengers without a safety driver on the ring expressway, under the city's rules "
            "for driverless rides adopted in spring.",
            _unit(BASIS[0] + 0.6 * BASIS[2]),
            kinds={"approval-requirement"},
        ),
        _item(
            "suzhou-suspension",
            170,
            "Suzhou's transport bureau suspends a robotaxi operator after a crash",
            "Suzhou's transport bureau suspended a driverless taxi operator in its industrial "
            "park after one of its cars hit a cyclist, pending an investigation.",
            _unit(BASIS[0] + 1.2 * BASIS[3]),
            kinds={"enforcement-order"},
        ),
    ]


def _stream() -> list[ClusterItem]:
    return filler(T0, BASIS, 30, topics=5, every=6, offset=2)


def test_an_authority_named_by_its_place_is_its_watchlist_entry_to_the_story_level():
    assert "named_as" in STORY_FEATURES
    items = [*_thread(), *_stream()]
    same = evidence_between(LEARNED, items, "robotaxi-permits", "robotaxi-notice")
    other = evidence_between(LEARNED, items, "suzhou-suspension", "robotaxi-notice")
    # "n:hangzhou" and "hangzhou-government" neither meet nor are kin as keys
    assert same["key"] == same["kin"] == 0.0
    assert same["named_as"] == 1.0
    # another city's bureau: its name names another entry
    assert other["named_as"] == 0.0
    model = load_story_model(DEFAULT_STORY_MODEL)
    assert model.probability(same) > model.probability({**same, "named_as": 0.0})


def test_without_the_watchlist_names_nothing_is_named_as():
    items = [*_thread(), *_stream()]
    bare = replace(LEARNED, entity_names=())
    assert evidence_between(bare, items, "robotaxi-permits", "robotaxi-notice")["named_as"] == 0.0


@pytest.mark.xfail(
    strict=True,
    reason=(
        "a known loss of story-v1 retrained on the sets read through held-out 23 and heldout-18 "
        "(C 0.3, threshold 0.90): this cross-script pair scores 0.70 (0.90 against 0.87 before); "
        "recorded in docs/decisions/2026-12-05-stories-twenty-second-round.md; still 0.70 "
        "against 0.82 after the twenty-third round's retrain (C 0.3 again): "
        "docs/decisions/2026-12-05-stories-twenty-third-round.md; 0.69 against 0.80 after the "
        "twenty-fourth round's (docs/decisions/2026-12-05-stories-twenty-fourth-round.md); "
        "0.68 against 0.81 after the twenty-fifth round's "
        "(docs/decisions/2026-12-06-stories-twenty-fifth-round.md), 0.64 against 0.80 after its "
        "merge's retrain; 0.62 against 0.82 after the twenty-sixth round's merge; 0.67 against "
        "0.82 after the twenty-seventh's; 0.66 against 0.84 after the twenty-eighth's"
        "; 0.65 against 0.84 after the twenty-ninth's"
        "; 0.65 against 0.84 after the thirtieth's"
        "; 0.68 against 0.84 after the thirty-first's"
        "; 0.71 against 0.86 after the thirty-second's"
        "; 0.73 against 0.87 after the thirty-third's"
        "; 0.74 against 0.88 after the thirty-fourth's"
        "; 0.75 against 0.89 after the thirty-fifth's; 0.76 against 0.89 after the thirty-sixth's"
        "; 0.75 against 0.89 after the thirty-seventh's"
        "; 0.75 against 0.90 after the thirty-eighth's"
        "; 0.75 against 0.90 after the thirty-ninth's"
    ),
)
def test_the_learned_step_links_the_permits_to_the_city_notice_and_keeps_the_other_city_apart():
    items = [*_thread(), *_stream()]
    rules = stories_of(Grouper(PARAMS, dim=DIM), items)
    learned = stories_of(Grouper(LEARNED, dim=DIM), items)
    # a watchlist key and a name never meet: the rules alone keep the permits apart
    assert rules["robotaxi-permits"] != rules["robotaxi-notice"]
    assert learned["robotaxi-permits"] == learned["robotaxi-notice"]
    assert learned["suzhou-suspension"] != learned["robotaxi-notice"]
    assert rules["suzhou-suspension"] != rules["robotaxi-notice"]
