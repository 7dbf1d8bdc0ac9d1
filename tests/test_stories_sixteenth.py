"""Policy threads across months, sixteenth round: the classes of stories heldout-12's misses.

Reports and authorities written for these tests (invented agencies, acts, figures and dates).

- The foreign authorities' table is read from the settings' configuration folder
  (``--config DIR``), not only from the project's ``config/``.
- An authority off the watchlist keyed by its name on one side ("the FTC") and by its country
  alone on the other ("US finalises ...") is one authority's two keys (``named_as``), and the
  learned step looks for the one from the other; an agency of that country is not.
- A policy development naming no watchlist entity, linked inside the window by the embedding
  alone, does not join another party's matter on the same object: a measure of another kind
  (a plant's permit against a harbour's emission rules) stays apart; the same kind of measure
  still joins, and news without policy signals is read as before.
- A report counting a rule's first or annual results (what it collected, who fell short) more
  than ``story_window_days`` after the rule is weighed by the learned step against earlier steps
  it shares a key with, up to ``story_results_days``; another report that late is not. A case
  under the rule that late (a local office's fine) is weighed when it names the rule.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from nlp.archive import params_of
from nlp.cluster import ClusterItem, Profiler
from policywatch_core.settings import load_settings

# an invented harbour regulator of an invented island state, named in each language
ISLAND_TABLE = """
[[authorities]]
key = "isle-harbours"
country = "japan"
en = ["Isle Harbour Licensing Office"]
initials = ["IHLO"]
zh = ["岛国港务许可署"]
zh_short = ["港务许可署"]
"""

HARBOUR_ZH = (
    "港务许可署发布渡轮排放新规\n岛国港务许可署周三表示，自明年起靠港渡轮须使用岸电，"
    "违者将被暂停靠泊许可。"
)
HARBOUR_EN = (
    "Harbour office orders ferries onto shore power\nThe IHLO said on Wednesday that ferries "
    "calling at the island's ports must plug into shore power from next year."
)
FTC_EN = (
    "FTC finalises rule on fake reviews\nThe Federal Trade Commission said sellers may no "
    "longer buy or post invented customer reviews."
)


def _item(text: str, n: int) -> ClusterItem:
    title, body = text.split("\n", 1)
    return ClusterItem(
        article_id=f"a{n}",
        title=title,
        published=datetime(2031, 3, 5, 9, tzinfo=UTC),
        outlet_id="test",
        vector=np.zeros(384, dtype=np.float32),
        text=body,
    )


def _authorities(config: Path, text: str) -> frozenset[str]:
    settings = load_settings().model_copy(update={"config_dir": config})
    reading = Profiler(params_of(settings))(_item(text, 1)).reading
    assert reading is not None
    return reading.evidence.authorities


def test_the_foreign_authorities_come_from_the_configuration_folder(config_dir: Path) -> None:
    (config_dir / "foreign_authorities.toml").write_text(ISLAND_TABLE, encoding="utf-8")
    assert _authorities(config_dir, HARBOUR_ZH) == {"isle-harbours"}
    assert _authorities(config_dir, HARBOUR_EN) == {"isle-harbours"}
    # the folder's table replaces the project's: the FTC is not in this one
    assert _authorities(config_dir, FTC_EN) == frozenset()


def test_a_configuration_without_the_table_reads_the_projects(config_dir: Path) -> None:
    (config_dir / "foreign_authorities.toml").unlink()
    assert _authorities(config_dir, FTC_EN) == {"us-ftc"}
    assert _authorities(config_dir, HARBOUR_EN) == frozenset()


def _grouper():
    from nlp.cluster import Grouper

    return Grouper(params_of(load_settings()))


def test_a_foreign_authoritys_name_and_its_country_are_one_authority() -> None:
    grouper = _grouper()
    ftc, us = frozenset({"n:ftc"}), frozenset({"united-states"})
    assert grouper._named_as(ftc, us) == 1.0
    assert grouper._named_as(us, frozenset({"n:federal trade commission"})) == 1.0
    assert grouper._named_as(frozenset({"n:ofgem"}), frozenset({"united-kingdom"})) == 1.0
    # another country, or an agency of the same country: another authority
    assert grouper._named_as(ftc, frozenset({"japan"})) == 0.0
    assert grouper._named_as(ftc, frozenset({"us-commerce"})) == 0.0
    assert grouper._named_as(ftc, frozenset({"united-states", "us-commerce"})) == 0.0
    # a name off the table: nothing
    assert grouper._named_as(frozenset({"n:harbour board"}), us) == 0.0


def test_the_learned_step_looks_for_the_authority_by_its_other_key() -> None:
    grouper = _grouper()
    assert "united-states" in grouper._authority_naming(frozenset({"n:ftc"}))
    naming = grouper._authority_naming(frozenset({"united-kingdom"}))
    assert {"n:ofgem", "n:ofcom"} <= naming
    assert "n:ftc" not in naming
    # a development keyed by an agency is not looked for under foreign authorities' names
    assert not grouper._authority_naming(frozenset({"us-commerce"}))


def test_the_table_names_its_authorities_by_country(config_dir: Path) -> None:
    from nlp.cluster import authority_countries
    from nlp.crosslingual import foreign_authority_rows

    rows = foreign_authority_rows(
        [
            {"key": "isle", "country": "japan", "en": ["Isle Harbour Office"], "initials": ["IHO"]},
            {"key": "mainland", "country": "korea-x", "en": ["Mainland Office"]},
            {"key": "other", "country": "germany", "initials": ["IHO"]},
        ]
    )
    got = authority_countries(rows, {"japan", "germany"}, {"mainland office"})
    # the initials two countries' authorities share name neither; a country off the watchlist
    # and a name the watchlist holds are left out
    assert got == {"isle harbour office": "japan"}


def _keyless(n: int, day: int, text: str, vector: np.ndarray, kinds: set[str]) -> ClusterItem:
    title, body = text.split("\n", 1)
    return ClusterItem(
        article_id=f"k{n}",
        title=title,
        published=datetime(2031, 6, day, 9, tzinfo=UTC),
        outlet_id=f"outlet{n}",
        vector=vector.astype(np.float32),
        text=body,
        signal_kinds=frozenset(kinds),
    )


def _vectors(cos: float) -> tuple[np.ndarray, np.ndarray]:
    one = np.zeros(384)
    one[0] = 1.0
    two = np.zeros(384)
    two[0], two[1] = cos, (1 - cos**2) ** 0.5
    return one, two


RULES = (
    "Harbour office restricts ferry emissions at berth\nThe Isle Harbour Licensing Office "
    "said ferries may no longer run their engines at berth and must use shore power."
)
PERMIT = (
    "Shipyard wins permit for shore power plant\nThe Port City council granted the Nordholm "
    "shipyard an environmental permit to build a shore power station for visiting ferries."
)
MORE_RULES = (
    "Island extends ban on idling ferries to cargo ships\nThe harbour office said cargo ships "
    "at berth will also have to switch off their engines and plug into shore power."
)


def _stories(second: str, kinds: tuple[set[str], set[str]]) -> tuple[str, str]:
    from nlp.cluster import Corrections, Grouper, development_id_for

    one, two = _vectors(0.6)
    items = [
        _keyless(1, 3, RULES, one, kinds[0]),
        _keyless(2, 11, second, two, kinds[1]),
    ]
    # each report its own development (as an analyst's pins hold them): the story level alone
    pins = {i.article_id: development_id_for(i.article_id) for i in items}
    grouper = Grouper(params_of(load_settings()), corrections=Corrections(pins=pins))
    devs = {a.article_id: a.development_id for a in grouper.assign_all(items)}
    assert devs["k1"] != devs["k2"]
    return grouper.developments[devs["k1"]].story_id, grouper.developments[devs["k2"]].story_id


def test_a_keyless_measure_of_another_kind_stays_out_of_the_story() -> None:
    first, second = _stories(PERMIT, ({"restriction"}, {"approval-requirement"}))
    assert first != second


def test_a_keyless_measure_of_the_same_kind_and_news_without_signals_still_join() -> None:
    first, second = _stories(MORE_RULES, ({"restriction"}, {"restriction"}))
    assert first == second
    first, second = _stories(PERMIT, (set(), set()))
    assert first == second


RULE = (
    "METI sets energy efficiency benchmark for data centres\nJapan's trade ministry said data "
    "centre operators must report their power usage each year and meet an efficiency benchmark."
)
RESULTS = (
    "Twelve data centre operators fall short of METI efficiency benchmark\nThe trade ministry's "
    "first annual figures show twelve operators missed the power usage benchmark."
)
LATER = (
    "METI names new members of data centre advisory panel\nThe trade ministry appointed five "
    "engineers to the panel that advises it on data centre power."
)

#: the same ministry's panel on another matter (export controls, not data centres)
LATER_OTHER = (
    "METI names new members of export control advisory panel\nThe trade ministry appointed five "
    "lawyers to the panel that advises it on export licences for machine tools."
)


def _results_stories(
    later: str, days: int, monkeypatch, kinds: frozenset[str] = frozenset({"restriction"})
) -> tuple[str, str]:
    from datetime import timedelta

    import nlp.cluster as cluster
    from nlp.cluster import Corrections, Grouper, development_id_for
    from nlp.story_model import STORY_FEATURES, StoryModel

    # a stand-in for the shipped model: it links exactly the pairs that share a story key
    coef = tuple(20.0 if f == "key" else 0.0 for f in STORY_FEATURES)
    stub = StoryModel("stub", STORY_FEATURES, coef, -10.0, 0.5)
    monkeypatch.setattr(cluster, "load_story_model", lambda name: stub)
    one, two = _vectors(0.8)
    start = datetime(2030, 1, 15, 9, tzinfo=UTC)
    items = []
    sides = ((RULE, one, 0, frozenset({"restriction"})), (later, two, days, kinds))
    for n, (text, vector, day, signals) in enumerate(sides):
        title, body = text.split("\n", 1)
        items.append(
            ClusterItem(
                article_id=f"r{n}",
                title=title,
                published=start + timedelta(days=day),
                outlet_id="outlet",
                vector=vector.astype(np.float32),
                text=body,
                entity_ids=frozenset({"meti", "japan"}),
                signal_kinds=signals,
                main_entity_ids=frozenset({"meti"}),
            )
        )
    pins = {i.article_id: development_id_for(i.article_id) for i in items}
    grouper = Grouper(params_of(load_settings()), corrections=Corrections(pins=pins))
    devs = {a.article_id: a.development_id for a in grouper.assign_all(items)}
    return grouper.developments[devs["r0"]].story_id, grouper.developments[devs["r1"]].story_id


def test_first_results_a_year_and_a_half_on_join_the_rule(monkeypatch) -> None:
    first, second = _results_stories(RESULTS, 500, monkeypatch)
    assert first == second


def test_other_news_that_late_and_results_beyond_the_reach_stay_apart(monkeypatch) -> None:
    # Changed in the thirty-fourth story round: the panel's members, keyed alike (METI) with
    # the texts' topics agreeing (data centres) and nothing stated against, are weighed beyond
    # the horizon (:func:`nlp.cluster.keyed_alike_on_its_topics`: on the 30 read splits 32
    # pairs of one thread and 9 distractors admitted, one distractor over the shipped bar;
    # left-out mean 0.6105 -> 0.6182, no split down), so this stand-in model, which links
    # every keyed pair, links them: the shipped model's bar decides. The same ministry's panel
    # on another matter (other topics) still stays apart
    first, second = _results_stories(LATER, 500, monkeypatch)
    assert first == second
    first, second = _results_stories(LATER_OTHER, 500, monkeypatch)
    assert first != second
    first, second = _results_stories(RESULTS, 800, monkeypatch)
    assert first != second
    # within the usual horizon the learned step links either
    first, second = _results_stories(LATER, 200, monkeypatch)
    assert first == second


FINE_UNDER = (
    "Osaka office fines data centre operator\nThe regional office fined an operator for "
    "breaching the data centre efficiency benchmark rules by leaving its power use unreported."
)
FINE_OTHER = (
    "Osaka office fines building operator over blocked fire exits\nThe regional office fined "
    "an operator over fire exits that were blocked during an inspection of its offices."
)


def test_a_case_naming_the_rule_a_year_and_a_half_on_joins_it(monkeypatch) -> None:
    fine = frozenset({"enforcement-fine"})
    first, second = _results_stories(FINE_UNDER, 450, monkeypatch, fine)
    assert first == second
    # the same office's fine over something else: a key alone does not take a case that late
    first, second = _results_stories(FINE_OTHER, 450, monkeypatch, fine)
    assert first != second
