"""The pure grouping core on small synthetic items (no embedding model)."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from nlp import lexical
from nlp.cluster import (
    CandidateIndex,
    ClusterItem,
    Corrections,
    Grouper,
    GroupingParams,
    development_id_for,
)
from nlp.features import FEATURES, DecisionModel, load_model

T0 = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)
DIM = 16

# Two developments of the same kind (two export-control announcements) and an unrelated one.
TEXTS = {
    "gallium": (
        "Beijing tightens gallium export licences",
        "The Ministry of Commerce in Beijing said exporters of gallium and germanium will need "
        "a licence from 1 August. The ministry named 14 compounds. Traders in Rotterdam expect "
        "delays of 45 days.",
    ),
    "chips": (
        "Washington widens chip export controls on Nanjing foundry",
        "The Commerce Department in Washington added the Nanjing foundry Huaxin to the entity "
        "list on Tuesday. Suppliers of lithography tools need a licence. Shares of Huaxin fell 9 "
        "percent in Shanghai.",
    ),
    "robot": (
        "Osaka startup shows a dishwashing robot",
        "An Osaka startup called Kaiten showed a robot that loads dishwashers at a trade fair in "
        "Tokyo. The robot costs 12,000 dollars and ships in spring.",
    ),
}
REWRITES = {
    "gallium": (
        "China requires licences for gallium and germanium exports",
        "Exporters of gallium and germanium must apply to the Ministry of Commerce for a licence "
        "from 1 August, Beijing said, listing 14 compounds. Rotterdam traders fear 45 days of "
        "delay. Prices of gallium rose 6 percent.",
    ),
    "chips": (
        "US adds Huaxin foundry in Nanjing to entity list",
        "Huaxin, a Nanjing foundry, was put on the entity list by the Commerce Department in "
        "Washington. Lithography suppliers now need a licence. Huaxin shares dropped 9 percent "
        "in Shanghai trading.",
    ),
}


def _direction(seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    v = rng.normal(size=DIM).astype(np.float32)
    return v / np.linalg.norm(v)


BASE = _direction(0)
DIRECTIONS = {"gallium": _direction(1), "chips": _direction(2), "robot": _direction(3)}


def vec(event: str, seed: int, topic_share: float = 0.5) -> np.ndarray:
    """Events of one topic share a direction (like two export-control stories do)."""
    noise = _direction(100 + seed) * 0.15
    topic = BASE * topic_share if event != "robot" else 0
    v = DIRECTIONS[event] + topic + noise
    return (v / np.linalg.norm(v)).astype(np.float32)


def item(aid: str, event: str, hours: float, *, rewrite: bool = False, seed: int = 0, **kw):
    title, text = (REWRITES if rewrite else TEXTS)[event]
    return ClusterItem(
        article_id=aid,
        title=title,
        published=T0 + timedelta(hours=hours),
        outlet_id=kw.pop("outlet", "o-" + aid),
        vector=vec(event, seed),
        text=text,
        **kw,
    )


def grouper(**kw) -> Grouper:
    return Grouper(GroupingParams(**kw), dim=DIM)


def test_rewrites_join_and_same_kind_events_stay_apart():
    items = [
        item("a1", "gallium", 0, seed=1),
        item("b1", "chips", 1, seed=2),
        item("c1", "robot", 2, seed=3),
        item("a2", "gallium", 5, rewrite=True, seed=4),
        item("b2", "chips", 6, rewrite=True, seed=5),
    ]
    result = {a.article_id: a for a in grouper().assign_all(items)}
    assert result["a2"].development_id == result["a1"].development_id
    assert result["b2"].development_id == result["b1"].development_id
    assert len({result[x].development_id for x in ("a1", "b1", "c1")}) == 3
    assert result["a1"].is_new
    assert not result["a2"].is_new
    assert result["a1"].development_id == development_id_for("a1")
    # The decision keeps its evidence: probability and the features of the best candidate.
    assert result["a2"].score >= 0.5
    assert set(FEATURES) <= set(result["a2"].features)


def test_order_is_publication_order_not_input_order():
    items = [item("late", "gallium", 10, rewrite=True, seed=4), item("early", "gallium", 0)]
    result = {a.article_id: a for a in grouper().assign_all(items)}
    assert result["early"].is_new
    assert result["late"].development_id == development_id_for("early")


def test_window_closes_developments():
    items = [item("a1", "gallium", 0), item("a2", "gallium", 24 * 20, rewrite=True, seed=4)]
    result = {a.article_id: a for a in grouper(window_days=14).assign_all(items)}
    assert result["a2"].is_new
    result = {a.article_id: a for a in grouper(window_days=30).assign_all(items)}
    assert not result["a2"].is_new


def test_threshold_is_the_join_probability():
    items = [item("a1", "gallium", 0), item("a2", "gallium", 5, rewrite=True, seed=4)]
    model = DecisionModel("t", ("tfidf",), (0.0,), (1.0,), (1.0,), 0.0, {})
    loose = Grouper(GroupingParams(threshold=0.5), model=model, dim=DIM).assign_all(items)
    p = loose[1].score
    assert 0.5 < p < 0.75
    assert not loose[1].is_new
    strict = Grouper(GroupingParams(threshold=p + 0.01), model=model, dim=DIM).assign_all(items)
    assert strict[1].is_new
    assert strict[1].candidate_id == development_id_for("a1")


def test_assignment_is_deterministic_and_rerun_keeps_members():
    items = [item(f"x{i}", ev, i, seed=i) for i, ev in enumerate(["gallium", "chips"] * 3)]
    g = grouper()
    first = [(a.article_id, a.development_id) for a in g.assign_all(items)]
    second = [(a.article_id, a.development_id) for a in grouper().assign_all(items)]
    assert first == second
    again = g.assign_all(items)  # same grouper: already members, nothing moves
    assert [(a.article_id, a.development_id) for a in again] == first


def test_corrections_pin_articles_and_redirect_merged_developments():
    items = [
        item("a1", "gallium", 0),
        item("a2", "gallium", 5, rewrite=True, seed=4),
        item("b1", "chips", 6),
    ]
    pins = {"a2": "dev-split"}
    aliases = {development_id_for("b1"): development_id_for("a1")}
    g = Grouper(GroupingParams(), corrections=Corrections(pins, aliases), dim=DIM)
    result = {a.article_id: a for a in g.assign_all(items)}
    assert result["a2"].development_id == "dev-split"
    assert result["a2"].features["pinned"] == 1.0
    assert result["b1"].development_id == development_id_for("a1")


def test_linked_entities_and_signals_are_recorded():
    items = [
        item("a1", "gallium", 0, entity_ids=frozenset({"china"}), signal_kinds=frozenset({"ec"})),
        item(
            "a2",
            "gallium",
            3,
            rewrite=True,
            seed=4,
            entity_ids=frozenset({"china"}),
            signal_kinds=frozenset({"ec"}),
        ),
    ]
    result = {a.article_id: a for a in grouper().assign_all(items)}
    assert result["a2"].features["entities"] == 1.0
    assert result["a2"].features["signals"] == 1.0
    assert result["a2"].features["days"] == pytest.approx(0.125)


def test_candidate_index_finds_best_open_development_only():
    index = CandidateIndex(dim=DIM, capacity=2)
    for i, ev in enumerate(["gallium", "chips", "robot"]):
        index.add(f"d-{ev}", vec(ev, i), last_ts=1000.0 * i)
    index.add("d-chips", vec("chips", 7), last_ts=1500.0)
    ids = index.search(vec("chips", 9), at_ts=1000.0, window_s=5000.0, k=2)
    assert ids[0] == "d-chips"
    assert len(ids) == 2
    sims = index.member_sims([1, 3], vec("chips", 9))
    assert sims.shape == (2,)
    assert sims.min() > 0.8
    assert index.search(vec("chips", 9), at_ts=10_000.0, window_s=5000.0, k=3) == []
    mapping = index.compact({"d-robot", "d-chips"})
    assert mapping == {1: 0, 2: 1, 3: 2}
    assert index.search(vec("robot", 9), at_ts=2000.0, window_s=5000.0, k=3)[0] == "d-robot"
    assert "d-gallium" not in index.search(vec("gallium", 9), 2000.0, 5000.0, 3)


def test_near_copies_score_high():
    a = lexical.minhash(TEXTS["gallium"][1])
    b = lexical.minhash(TEXTS["gallium"][1] + " Updated at noon.")
    c = lexical.minhash(TEXTS["chips"][1])
    assert lexical.sketch_similarity(a, b) > 0.7
    assert lexical.sketch_similarity(a, c) < 0.2


def test_names_and_terms():
    names = lexical.names("The Ministry of Commerce said Lindsay Lohan paid 12,000 dollars.")
    assert "n:ministry of commerce" in names
    assert "n:lohan" in names
    assert "n:lindsay lohan" in names
    assert "#:12000" in names
    assert lexical.terms("Sanctions sanctioned")["sanction"] == 2


def test_shipped_model_loads_and_weighs_known_features():
    model = load_model()
    assert model.version
    assert set(model.features) <= set(FEATURES)
    assert model.meta["trained_on"].startswith("ECB+ train")
    strong = {f: 1.0 for f in model.features}
    weak = {f: 0.0 for f in model.features}
    assert model.probability(strong) > model.probability(weak)


def test_model_json_round_trip():
    model = DecisionModel("t", ("tfidf",), (0.5,), (0.2,), (2.0,), -1.0, {"x": 1})
    again = DecisionModel.from_json(model.to_json())
    assert again == model
    assert again.probability({"tfidf": 0.5}) == pytest.approx(1 / (1 + math.e))
    assert again.contributions({"tfidf": 0.7}) == {"tfidf": pytest.approx(2.0)}


def test_member_evidence_reads_the_closest_reports_of_a_long_story():
    g = grouper(member_evidence=2)
    sims = np.array([0.1, 0.9, 0.5, 0.7, 0.2], dtype=np.float32)
    assert g._evidence_members(sims, 5) == [1, 3]
    assert g._evidence_members(sims[:2], 2) == [0, 1]  # a development within the limit: all


def test_a_long_story_groups_as_with_every_member_read():
    """30 rewrites of one story: reading 4 members' evidence decides as reading all of them."""
    items = [
        item(f"g{i}", "gallium", i, rewrite=bool(i % 2), seed=10 + i, outlet=f"o{i}")
        for i in range(30)
    ] + [item("chips", "chips", 31, seed=99)]
    capped = {a.article_id: a.development_id for a in grouper(member_evidence=4).assign_all(items)}
    full = {a.article_id: a.development_id for a in grouper(member_evidence=1000).assign_all(items)}
    assert capped == full
    assert len({capped[f"g{i}"] for i in range(30)}) == 1
    assert capped["chips"] != capped["g0"]


def test_head_is_title_and_lead_cut_at_a_word():
    body = "Storm Alder reached Brest on Monday. " + "Crews cleared roads all day. " * 20
    head = lexical.head("Storm Alder reaches Brest", body)
    assert head.startswith("Storm Alder reaches Brest\nStorm Alder reached Brest")
    assert len(head) <= lexical.HEAD_CHARS
    assert body.startswith(head.split("\n", 1)[1])  # ends on a whole word
    # A body that repeats the headline does not state it twice.
    assert lexical.head("Dam opens", "Dam opens\nThe dam at Kell opened.") == (
        "Dam opens\nThe dam at Kell opened."
    )


def _arguments(title: str, body: str) -> lexical.Arguments:
    return lexical.Arguments.of(
        lexical.names(lexical.head(title, body)), lexical.names(f"{title}\n{body}")
    )


def test_argument_evidence_tells_two_same_kind_events_apart():
    freqs = lexical.DocumentFrequencies()
    quake_a = _arguments(
        "Quake of magnitude 6.1 hits Varna",
        "A quake of magnitude 6.1 struck Varna in 2031, killing 14 people, officials said.",
    )
    quake_a2 = _arguments(
        "Varna earthquake kills 14",
        "Rescuers in Varna searched for survivors after the 6.1 quake of 2031 killed 14.",
    )
    quake_b = _arguments(
        "Quake of magnitude 5.4 hits Oradea",
        "A quake of magnitude 5.4 struck Oradea in 2029, injuring 3 people, officials said.",
    )
    for args in (quake_a, quake_a2, quake_b):
        freqs.add(args.names)
    assert quake_a.years == {"#:2031"}
    assert quake_a.figures >= {"#:6.1", "#:14"}
    same = lexical.argument_evidence(quake_a2, quake_a, freqs)
    other = lexical.argument_evidence(quake_b, quake_a, freqs)
    # "Rescuers" opens a sentence, so it reads as a name the first report lacks: shares, not 1.0.
    assert same.head_cov > 0.7
    assert same.head_back > 0.7
    assert same.head_conflict < 0.1
    assert same.num_conflict == 0.0
    assert same.year_conflict == 0.0
    assert other.head_cov < 0.5
    assert other.head_back < 0.5
    assert other.head_conflict > 0.25 > same.head_conflict
    assert other.num_conflict == 1.0
    assert other.year_conflict == 1.0


def test_argument_evidence_needs_both_sides_to_state_something():
    freqs = lexical.DocumentFrequencies()
    stated = _arguments("Port of Kell closes in 2030", "The port of Kell closes on 3 June 2030.")
    silent = _arguments("the port closes", "the port closes, a spokeswoman said.")
    for args in (stated, silent):
        freqs.add(args.names)
    evidence = lexical.argument_evidence(stated, silent, freqs)
    assert evidence.head_cov == 0.0
    assert evidence.head_conflict == 0.0  # no conflict without a claim on both sides
    assert evidence.num_conflict == 0.0
    assert evidence.year_conflict == 0.0
    assert lexical.is_year("#:2030")
    assert not lexical.is_year("#:3")
    assert not lexical.is_year("#:2.5")


def test_argument_features_are_recorded_with_the_decision():
    items = [item("a1", "gallium", 0), item("a2", "gallium", 5, rewrite=True, seed=4)]
    result = grouper().assign_all(items)
    feats = result[1].features
    for name in ("head_cov", "head_back", "head_conflict", "num_conflict", "year_conflict"):
        assert name in feats
    assert feats["head_cov"] > 0.5  # the rewrite's headline names (gallium, germanium) are known
    assert feats["num_conflict"] == 0.0


def test_weighted_containment_does_not_depend_on_iteration_order():
    """Sets iterate in a per-process order (string hashing): evidence must not change with it."""
    from nlp.lexical import DocumentFrequencies, weighted_containment

    freqs = DocumentFrequencies()
    rng = np.random.default_rng(2)
    keys = [f"k{i}" for i in range(300)]
    for _ in range(200):
        freqs.add(rng.choice(keys, size=int(rng.integers(1, 60))))
    item = [str(k) for k in rng.choice(keys, size=120, replace=False)]
    other = frozenset(str(k) for k in rng.choice(keys, size=150, replace=False))
    forward = weighted_containment(item, other, freqs)
    assert 0.0 < forward < 1.0
    for seed in range(5):
        shuffled = list(item)
        np.random.default_rng(seed).shuffle(shuffled)
        assert weighted_containment(shuffled, other, freqs) == forward
