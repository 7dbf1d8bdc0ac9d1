"""Headline evidence: the persons, places and counts a headline states (``nlp.headline``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import numpy as np
import pytest

from nlp import headline
from nlp.cluster import ClusterItem, Grouper, GroupingParams, profile
from nlp.features import FEATURES, DecisionModel, load_model

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _span(label: str, text: str) -> SimpleNamespace:
    return SimpleNamespace(label_=label, text=text)


def test_keys_are_typed_and_a_person_is_keyed_by_surname():
    keys = headline.keys_of(
        [
            _span("PERSON", "Marta Okonkwo's"),
            _span("GPE", "Port  Elsby"),
            _span("CARDINAL", "14"),
            _span("ORG", "Harbour Board"),
            _span("DATE", "Tuesday"),
        ]
    )
    assert keys == frozenset({"per:okonkwo", "loc:port elsby", "num:14"})


def test_conflicts_need_both_headlines_to_state_the_type():
    a = frozenset({"per:okonkwo", "loc:port elsby", "num:14"})
    b = frozenset({"per:lindqvist", "loc:port elsby"})
    assert headline.conflicts(a, b) == (1.0, 0.0, 0.0)
    assert headline.conflicts(a, frozenset({"per:okonkwo", "num:9"})) == (0.0, 0.0, 1.0)
    assert headline.conflicts(a, frozenset()) == (0.0, 0.0, 0.0)


def test_the_recogniser_reads_people_places_and_counts_in_a_headline():
    if headline._recogniser() is None:
        pytest.skip("the statistical spaCy model is not installed")
    keys = headline.entities("Police in Chicago arrest 12 after Daniel Whitfield protest")
    assert "loc:chicago" in keys
    assert "num:12" in keys
    assert "per:whitfield" in keys
    assert headline.entities("") == frozenset()


def _item(aid: str, title: str, minute: int) -> ClusterItem:
    v = np.ones(8, dtype=np.float32) / np.sqrt(8)
    return ClusterItem(
        article_id=aid,
        title=title,
        published=T0 + timedelta(minutes=minute),
        outlet_id="o",
        vector=v,
    )


def test_the_grouper_measures_the_conflicts_against_each_report():
    if headline._recogniser() is None:
        pytest.skip("the statistical spaCy model is not installed")
    grouper = Grouper(GroupingParams(review=False), dim=8)
    first = profile(_item("a", "Rangers sign striker Tomas Berglund for 20 million", 0))
    other = profile(_item("b", "Rangers sign striker Owen Maddox for 35 million", 1))
    same = profile(_item("c", "Tomas Berglund joins Rangers", 2))
    dev = grouper._new_development("d", first)
    grouper._add_to(dev, first)
    weights, norm = grouper._item_weights(other)
    feats = grouper.features(other, dev, weights, norm)
    assert feats["person_conflict"] == 1.0
    assert feats["count_conflict"] == 1.0
    weights, norm = grouper._item_weights(same)
    assert grouper.features(same, dev, weights, norm)["person_conflict"] == 0.0


def test_the_short_branch_weighs_a_person_conflict_against_a_join():
    model = load_model()
    assert model.short is not None
    assert "person_conflict" in model.short.features
    feats = {name: mean for name, mean in zip(model.short.features, model.short.mean, strict=True)}
    feats["min_words"] = 0.0
    apart = dict(feats, person_conflict=1.0)
    together = dict(feats, person_conflict=0.0)
    assert model.probability(apart) < model.probability(together)


def test_a_model_without_the_headline_features_still_loads():
    data = DecisionModel("x", ("emb_max",), (0.5,), (0.1,), (1.0,), 0.0, {}).to_json()
    assert DecisionModel.from_json(data).features == ("emb_max",)
    assert {"person_conflict", "place_conflict", "count_conflict"} <= set(FEATURES)


def test_full_text_pairs_never_read_the_headlines():
    body = " ".join(f"word{n}" for n in range(80))
    grouper = Grouper(GroupingParams(review=False), dim=8)
    first = profile(
        ClusterItem("a", "Rangers sign Tomas Berglund", T0, "o", np.ones(8, np.float32), text=body)
    )
    other = profile(
        ClusterItem("b", "Rangers sign Owen Maddox", T0, "o", np.ones(8, np.float32), text=body)
    )
    dev = grouper._new_development("d", first)
    grouper._add_to(dev, first)
    weights, norm = grouper._item_weights(other)
    feats = grouper.features(other, dev, weights, norm)
    assert feats["min_words"] >= 36
    assert feats["person_conflict"] == 0.0
    assert other.head_ents is None
    assert first.head_ents is None
