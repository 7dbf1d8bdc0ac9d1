"""k-nearest average link: the means read the reports nearest the article (invented texts)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from nlp.cluster import ClusterItem, DevelopmentState, Grouper, GroupingParams, profile
from nlp.features import DecisionModel, load_model

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DIM = 8

NEAR = (
    "Ferry crews in Valmora strike over rosters",
    "Ferry crews of the Valmora port walked out on Monday over night rosters, the Harlen union "
    "said. Crossings to Ostrin island were cancelled.",
)
FAR = (
    "Island shops run short as crossings stop",
    "Grocers on a small island say shelves are thin. Deliveries come by road next week, a "
    "council spokesperson said.",
)
ARTICLE = (
    "Valmora ferry strike enters second day",
    "The Harlen union kept Valmora ferry crews off duty for a second day over rosters; no "
    "crossings to Ostrin ran.",
)


def _vec(*weights: float) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    v[: len(weights)] = weights
    return (v / np.linalg.norm(v)).astype(np.float32)


def _item(aid: str, texts: tuple[str, str], vector: np.ndarray, hours: float) -> ClusterItem:
    return ClusterItem(
        article_id=aid,
        title=texts[0],
        published=T0 + timedelta(hours=hours),
        outlet_id="o-" + aid,
        vector=vector,
        text=texts[1],
    )


# A development of six reports: two close to the article, four drifting away from it.
MEMBERS = [
    _item("n1", NEAR, _vec(1.0, 0.1), 0),
    _item("n2", NEAR, _vec(1.0, 0.2), 1),
    *[_item(f"f{i}", FAR, _vec(0.2, 1.0, 0.3 * i), 2 + i) for i in range(4)],
]
ART = _item("x", ARTICLE, _vec(1.0, 0.15), 8)


def _features(params: GroupingParams, model: DecisionModel | None = None) -> dict[str, float]:
    g = Grouper(params, model=model or load_model("grouping-v2.json"), dim=DIM)
    first = profile(MEMBERS[0])
    dev = DevelopmentState("d", first.title, "n1", first.published, first.published)
    g.load_members(dev, MEMBERS)
    prof = profile(ART)
    g._count(prof)
    (cand,) = g.candidates(prof)
    return cand.features


def test_means_read_only_the_nearest_reports():
    sims = sorted((float(m.vector @ ART.vector) for m in MEMBERS), reverse=True)
    every = _features(GroupingParams(evidence_top=0))
    top2 = _features(GroupingParams(evidence_top=2))
    assert every["emb_mean"] == pytest.approx(np.mean(sims), abs=1e-6)
    assert top2["emb_mean"] == pytest.approx(np.mean(sims[:2]), abs=1e-6)
    # The lexical means follow: the two near reports share the article's names and words.
    assert top2["tfidf_mean"] > every["tfidf_mean"]
    assert top2["names_mean"] > every["names_mean"]
    assert top2["head_cov"] > every["head_cov"]
    # Development-wide and best-member evidence does not change.
    for name in ("emb_max", "emb_centroid", "tfidf", "names", "names_back", "near_copy"):
        assert top2[name] == every[name]


def test_a_development_no_larger_than_k_is_read_whole():
    assert _features(GroupingParams(evidence_top=6)) == _features(GroupingParams(evidence_top=0))


def test_the_model_carries_its_k_and_params_override_it():
    v2 = load_model("grouping-v2.json")
    assert v2.evidence_top is None
    with_k = DecisionModel.from_json({**v2.to_json(), "evidence_top": 2})
    assert with_k.evidence_top == 2
    assert DecisionModel.from_json(with_k.to_json()) == with_k
    assert "evidence_top" not in v2.to_json()
    assert _features(GroupingParams(), with_k) == _features(GroupingParams(evidence_top=2))
    assert _features(GroupingParams(evidence_top=0), with_k) == _features(
        GroupingParams(evidence_top=0)
    )
