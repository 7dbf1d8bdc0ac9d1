"""The kind detector's two fitters (dense for its own trainer, sparse for the reading's folds)
give the same model: both go through ``bench.train_kinds.fit_matrix``."""

from __future__ import annotations

import numpy as np
import pytest

from bench.train_kinds import Example, fit
from bench.train_reported import fit_detector
from nlp.kinds import Unit

pytest.importorskip("sklearn")
pytest.importorskip("scipy")


def _examples() -> list[Example]:
    rng = np.random.default_rng(7)
    words = ["ban", "fine", "export", "licence", "grant", "draft", "probe", "curb"]
    kinds = ["restriction", "enforcement-fine", "export-control"]
    out = []
    for i in range(40):
        picked = frozenset(rng.choice(words, size=3, replace=False).tolist())
        reported = frozenset(k for j, k in enumerate(kinds) if (i + j) % 3 == 0)
        out.append(Example(Unit(picked, rng.normal(size=4).astype(np.float32)), reported))
    return out


@pytest.mark.parametrize("seeds", [(), ("ban", "fine")])
def test_the_sparse_and_dense_fitters_give_the_same_model(seeds: tuple[str, ...]) -> None:
    train = _examples()
    dense = fit(train, seeds=seeds)
    sparse = fit_detector(train, seeds)
    assert dense.kinds
    assert dense.kinds.keys() == sparse.kinds.keys()
    for kind, weights in dense.kinds.items():
        other = sparse.kinds[kind]
        assert weights.bias == pytest.approx(other.bias, abs=1e-4)
        assert weights.sparse.keys() == other.sparse.keys()
        for feature, value in weights.sparse.items():
            assert value == pytest.approx(other.sparse[feature], abs=1e-4)
        assert np.allclose(weights.dense, other.dense, atol=1e-4)
    assert np.allclose(dense.dense_mean, sparse.dense_mean)
    assert np.allclose(dense.dense_scale, sparse.dense_scale)
