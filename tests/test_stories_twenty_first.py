"""Policy threads across months, twenty-first round.

Reports written for these tests (invented bodies, measures, figures and dates).

- An industry body calling for a measure (an industry or trade group, a chamber of commerce,
  行业协会 that urges, calls for, 呼吁) is no step of the rule or scheme it is about, however
  near its subject and country (:func:`nlp.cluster.industry_call`, read as a research body's
  paper): a trade group suing over a rule or an association's notice to its members still is.
- A development about no watchlist entity, naming no specific one and no name in its headlines,
  but a government under a country (a city's or province's: its own bureau acts) is keyed by
  that government (:func:`nlp.cluster._local_governments`); a country alone keys nothing.
- A later step that takes up an earlier step's measure object under one government (a national
  rule superseding a city's rule on the same labelling, the city's repeal of it) is weighed
  beyond the 365-day horizon, up to ``story_results_days`` (:func:`nlp.cluster.on_its_object`):
  never another government's measure, one about another object, or one stating another subject.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bench.story_pairs import Pair
from bench.train_stories import links_of
from nlp import cluster
from nlp.cluster import (
    ClusterItem,
    Grouper,
    GroupingParams,
    industry_call,
    on_its_object,
    research_paper,
    within_story_reach,
)
from nlp.story_model import STORY_FEATURES, StoryModel
from tests.story_support import COUNTRIES, DIM, basis, filler, report, stories_of, unit

#: an invented city's government under China, broad as the watchlist's city governments are
CITY = "qiaocheng-government"

T0 = datetime(2032, 3, 4, 9, tzinfo=UTC)
BASIS = basis(211)
PARAMS = GroupingParams(story_model="stub", broad_entities=COUNTRIES)


def _by_sim(bar: float) -> StoryModel:
    """A model that links whatever is nearer in embedding than ``bar``."""
    coef = tuple(40.0 if f == "sim" else 0.0 for f in STORY_FEATURES)
    return StoryModel("stub", STORY_FEATURES, coef, -40.0 * bar, 0.5)


# -- an industry body's call ------------------------------------------------------------------


def test_an_industry_bodys_call_is_read_from_its_headline() -> None:
    assert industry_call("Industry group urges Chile to extend solar panel rebates")
    assert industry_call("Freight trade association calls for a delay of the truck toll")
    assert industry_call("The Lagos Chamber of Commerce presses for lower port levies")
    assert industry_call("Business lobby pushes for wider battery recycling credits")
    assert industry_call("光伏行业协会呼吁延长分布式发电补贴")
    assert industry_call("某省物流商会建议暂缓货车通行费上调")
    # read as a research body's paper is, by the same function
    assert research_paper("Shipping trade body urges regulator to phase in ballast checks")


def test_an_industry_bodys_other_steps_are_no_call() -> None:
    # a trade group's lawsuit, an association's notice to members, a regulator rejecting a call
    assert not industry_call("Drone trade group sues to block night flight ban")
    assert not industry_call("Retail industry groups challenge the packaging levy in court")
    assert not industry_call("Regulator rejects industry group calls for a delay")
    assert not industry_call("Minister urges trade groups to sign the packaging pledge")
    assert not industry_call("快递行业协会通知会员企业：月底前完成包装改造")
    assert not industry_call("市场监管总局约谈行业协会 呼吁企业自查")
    assert not research_paper("Freight trade association sues over the truck toll")


def _scheme_and_call() -> list[ClusterItem]:
    """A ministry's grant scheme's clawbacks, an industry group's call for more grants three
    weeks on and the scheme's later close, all keyed by the country and near in embedding."""
    b = BASIS
    mains = {"united-kingdom"}
    return [
        report(
            "clawback",
            T0,
            "Ministry claws back boat electrification grants from two yards",
            "Two shipyards missed their launch milestones and must repay grants under the "
            "boat electrification scheme.",
            unit(b[50] + b[51]),
            mains=mains,
            kinds={"subsidy-funding"},
        ),
        report(
            "call",
            T0 + timedelta(days=21),
            "Industry group urges ministry to double boat electrification grants",
            "A shipbuilders' association said yards need twice the current grants and asked "
            "for tax credits on electric drive trains.",
            unit(b[50] + b[52]),
            mains=mains,
            kinds={"subsidy-funding"},
        ),
        report(
            "close",
            T0 + timedelta(days=60),
            "Ministry closes boat electrification scheme to new yards",
            "The ministry stopped taking applications for the boat electrification grants, "
            "its budget committed.",
            unit(b[50] + b[53]),
            mains=mains,
            kinds={"subsidy-funding"},
        ),
    ]


def test_an_industry_call_is_never_a_step_of_the_scheme(monkeypatch) -> None:
    monkeypatch.setattr(cluster, "load_story_model", lambda name: _by_sim(0.3))
    items = [*_scheme_and_call(), *filler(T0, BASIS, 12, topics=3, every=7, offset=3, start=30)]
    # each report its own development, as an analyst's corrections pin them
    pins = {i.article_id: cluster.development_id_for(i.article_id) for i in items}
    got = stories_of(Grouper(PARAMS, dim=DIM, corrections=cluster.Corrections(pins=pins)), items)
    # the scheme's close, as near: one story; the industry group's call is not a step of it
    assert got["close"] == got["clawback"]
    assert got["call"] != got["clawback"]
    assert got["call"] != got["close"]


# -- a city's or province's government keys its bureau's step ---------------------------------


def _city_params(model: str = "") -> GroupingParams:
    return GroupingParams(
        story_model=model,
        broad_entities=COUNTRIES | {CITY},
        entity_parents=((CITY, "china"),),
    )


def _keys_of(items: list[ClusterItem], aid: str) -> frozenset[str]:
    g = Grouper(_city_params(), dim=DIM)
    g.assign_all(items)
    dev = g.developments[g.member_of[aid]]
    return cluster._story_mains(dev, g.params, g._authority_keys)


def _zh(aid: str, title: str, text: str, k: int, entities: set[str]) -> ClusterItem:
    return report(aid, T0, title, text, unit(BASIS[k]), entities=entities)


def test_a_city_bureaus_step_is_keyed_by_the_city() -> None:
    bureau = _zh(
        "bureau",
        "侨城市交通局废止网约车夜间限行规定",
        "侨城市交通局发布公告，废止去年印发的网约车夜间限行规定，今后执行全省统一规定。",
        20,
        {CITY},
    )
    assert _keys_of([bureau], "bureau") == {CITY}
    # a report naming only its country, one naming a specific agency but about none, and one
    # whose headline holds a name: not keyed by a government
    country = _zh(
        "country", "中国网约车订单量创新高", "中国网约车日订单量首次突破四千万单。", 21, {"china"}
    )
    assert _keys_of([country], "country") == frozenset()
    agency = _zh(
        "agency", "交通部门通报网约车投诉", "交通运输部通报网约车投诉情况。", 22, {CITY, "mot"}
    )
    assert _keys_of([agency], "agency") == frozenset()
    named = report(
        "named",
        T0,
        "Qiaocheng Ride Board repeals night curbs",
        "The Qiaocheng Ride Board repealed its night curbs on ride-hailing.",
        unit(BASIS[23]),
        entities={CITY},
    )
    assert CITY not in _keys_of([named], "named")


def _key_model() -> StoryModel:
    """A model that links two developments sharing a story key, and nothing else."""
    coef = tuple(20.0 if f == "key" else 0.0 for f in STORY_FEATURES)
    return StoryModel("stub", STORY_FEATURES, coef, -10.0, 0.9)


def test_the_city_bureaus_repeal_joins_the_citys_rule(monkeypatch) -> None:
    monkeypatch.setattr(cluster, "load_story_model", lambda name: _key_model())
    b = BASIS
    items = [
        report(
            "rule",
            T0,
            "侨城市出台网约车夜间限行规定",
            "侨城市人民政府印发规定，网约车夜间须在指定区域内接单。",
            unit(b[30] + b[31]),
            mains={CITY},
            kinds={"law-regulation"},
        ),
        report(
            "repeal",
            T0 + timedelta(days=120),
            "侨城市交通局废止网约车夜间限行规定",
            "侨城市交通局发布公告，废止去年印发的网约车夜间限行规定。",
            unit(b[30] + b[32]),
            entities={CITY},
        ),
        report(
            "national",
            T0 + timedelta(days=150),
            "中国网约车订单量创新高",
            "中国网约车日订单量首次突破四千万单。",
            unit(b[30] + b[33]),
            entities={"china"},
        ),
        *filler(T0, BASIS, 12, topics=3, every=14, offset=5, start=40),
    ]
    got = stories_of(Grouper(_city_params("stub"), dim=DIM), items)
    assert got["repeal"] == got["rule"]
    # a report naming only the country has no actor to share
    assert got["national"] != got["rule"]


# -- a later step on the earlier step's measure object, beyond the horizon --------------------


def test_a_step_on_the_rules_object_under_one_government_reaches_beyond_the_horizon() -> None:
    params = GroupingParams(story_model="")  # horizons 365 and 730 days
    # the national regulator's rule on the city's labelling object, 400 days on: one government
    national = {"sim": 0.7, "root": 1.0, "object": 0.6}
    assert on_its_object(national)
    assert within_story_reach(400, national, params) == "beyond"
    # another government's measure, another object, a subject or instrument stated against,
    # a penalty under another instrument, keys that say nothing of a government
    assert not on_its_object({**national, "root": -1.0})
    assert not on_its_object({**national, "object": 0.2})
    assert not on_its_object({**national, "subjects": -1.0})
    assert not on_its_object({**national, "cites": -1.0})
    assert not on_its_object({**national, "penalty_elsewhere": 1.0})
    assert not on_its_object({"sim": 0.9, "object": 0.8})
    assert within_story_reach(400, {**national, "object": 0.2}, params) is None
    # nothing past the results' reach
    assert within_story_reach(800, national, params) is None


def test_the_simulation_weighs_a_step_on_the_rules_object_beyond_the_horizon() -> None:
    def pair(earlier: str, later: str, gap: float, **f: float) -> Pair:
        return Pair("invented", earlier, later, gap, False, False, dict(f), {"indexed": True})

    pairs = [
        pair("city-rule", "national-rule", 400, sim=0.9, root=1.0, object=0.7),
        pair("city-rule", "abroad", 420, sim=0.9, root=-1.0, object=0.7),
        pair("city-rule", "panel", 450, sim=0.9, key=1.0, root=1.0, object=0.0),
    ]
    links = set(links_of(pairs, _by_sim(0.6), 14, GroupingParams(story_model="")))
    assert ("city-rule", "national-rule") in links
    assert ("city-rule", "abroad") not in links
    assert ("city-rule", "panel") not in links
