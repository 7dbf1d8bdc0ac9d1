"""The review's contrast split: two events the model links at high probability, told apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import numpy as np
import numpy.typing as npt

from nlp.cluster import ClusterItem, Grouper, GroupingParams, development_id_for
from nlp.features import DecisionModel

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _unit(v: npt.NDArray[np.float64]) -> npt.NDArray[np.float32]:
    return np.asarray(v / np.linalg.norm(v), dtype=np.float32)


def _two_close_events() -> list[ClusterItem]:
    """Two events of one topic, interleaved: reports of one event lie at cosine 0.99 to each
    other and at 0.8 to the other event's (both above even odds for the model below)."""
    basis = np.linalg.qr(np.random.default_rng(5).normal(size=(16, 16)))[0].T
    a = basis[0]
    b = 0.8 * basis[0] + 0.6 * basis[1]
    reports = []
    for n in range(4):
        reports.append((f"a{n}", _unit(a + 0.07 * basis[2 + n])))
        reports.append((f"b{n}", _unit(b + 0.07 * basis[8 + n])))
    return [
        ClusterItem(
            article_id=aid,
            title=f"report {aid}",
            published=T0 + timedelta(minutes=k),
            outlet_id="o",
            vector=v,
            text=f"report {aid}",
        )
        for k, (aid, v) in enumerate(reports)
    ]


def _embedding_model() -> DecisionModel:
    """A model that joins on the best embedding cosine alone (0.7 is even odds)."""
    return DecisionModel("emb", ("emb_max",), (0.7,), (0.05,), (1.0,), 0.0, {})


def _grouped(params: GroupingParams) -> tuple[Grouper, dict[str, str]]:
    grouper = Grouper(params, model=_embedding_model(), dim=16)
    result = {a.article_id: a.development_id for a in grouper.assign_all(_two_close_events())}
    return grouper, result


def test_events_the_model_links_above_the_bar_stay_together_without_the_contrast():
    _, result = _grouped(GroupingParams(review_contrast=None))
    assert len(set(result.values())) == 1


def test_the_contrast_separates_two_events_the_embedding_tells_apart():
    grouper, result = _grouped(GroupingParams(review_contrast=0.1))
    a_dev = {result[f"a{n}"] for n in range(4)}
    b_dev = {result[f"b{n}"] for n in range(4)}
    assert len(a_dev) == len(b_dev) == 1
    assert a_dev != b_dev
    assert a_dev == {development_id_for("a0")}
    assert b_dev == {development_id_for("b0")}
    assert grouper.developments[development_id_for("b0")].member_ids == ["b0", "b1", "b2", "b3"]


def test_the_contrast_needs_the_model_to_agree():
    # the model's links within the parts (0.99+) exceed those across (0.88) by about 0.12
    _, result = _grouped(GroupingParams(review_contrast=0.2))
    assert len(set(result.values())) == 1


def test_the_contrast_never_moves_a_stored_report():
    items = _two_close_events()
    grouper = Grouper(GroupingParams(review_contrast=0.1), model=_embedding_model(), dim=16)
    grouper.assign_all(items[:2])  # a0 and b0: decided and stored by an earlier batch
    later = {a.article_id: a.development_id for a in grouper.assign_all(items[2:])}
    dev = grouper.member_of["a0"]
    assert grouper.member_of["b0"] == dev
    # b0 is final and the B part cannot leave without it, nor the A part without a0
    assert set(later.values()) == {dev}


def test_the_contrast_leaves_short_reports_alone():
    # the same reports, now with bodies under the model's short-report length
    model = replace(_embedding_model(), short_words=36)
    grouper = Grouper(GroupingParams(review_contrast=0.1), model=model, dim=16)
    result = {a.article_id: a.development_id for a in grouper.assign_all(_two_close_events())}
    assert len(set(result.values())) == 1
