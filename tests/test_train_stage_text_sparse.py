"""The stage trainer's sparse fit against the dense one it replaced, at every C it chooses from.

``bench.train_stage_text.fit`` fits on the sparse matrix of ``bench.common.csr_of``; it was
written to give the weights of the dense matrix to the six decimals the model file keeps. Here
both are fitted on a small set of the same shape (a few stage features and many rare tokens,
three stages) at each C of ``GRID``; the rounded weights and intercepts must be equal.
"""

from __future__ import annotations

import numpy as np
import pytest

from bench.common import csr_of
from bench.train_stage_text import GRID


def _rows(seed: int) -> tuple[list[dict[str, float]], list[str], dict[str, int]]:
    rng = np.random.default_rng(seed)
    stages = ["proposed", "adopted", "in_force"]
    names = [f"cue_{k}" for k in range(6)] + [f"tok_{k}" for k in range(120)]
    rows: list[dict[str, float]] = []
    labels: list[str] = []
    for i in range(150):
        stage = i % 3
        row = {
            f"cue_{k}": float(rng.random() < (0.6 if k % 3 == stage else 0.15)) for k in range(6)
        }
        for k in rng.choice(120, size=12, replace=False):
            row[f"tok_{k}"] = 1.0 if k % 3 != stage or rng.random() < 0.5 else 2.0
        row["unknown"] = 1.0  # a name the index lacks is dropped
        rows.append(row)
        labels.append(stages[stage])
    return rows, labels, {n: i for i, n in enumerate(names)}


def test_csr_of_holds_each_rows_values_in_their_columns() -> None:
    x = csr_of([{"b": 2.0, "a": 1.0, "z": 5.0}, {}, {"c": 3.0}], {"a": 0, "b": 1, "c": 2})
    assert x.shape == (3, 3)
    assert x.dtype == np.float64
    assert np.array_equal(x.toarray(), [[1.0, 2.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 3.0]])
    assert csr_of([{"a": 1.0}], {"a": 0}, np.float32).dtype == np.float32


@pytest.mark.parametrize("c", GRID)
def test_the_sparse_fit_gives_the_dense_fits_rounded_weights(c: float) -> None:
    from sklearn.linear_model import LogisticRegression

    rows, labels, index = _rows(0)
    sparse = csr_of(rows, index)
    fits = []
    for x in (sparse, sparse.toarray()):
        model = LogisticRegression(C=c, max_iter=5000).fit(x, labels)
        fits.append((np.round(model.coef_, 6), np.round(model.intercept_, 6)))
    assert np.array_equal(fits[0][0], fits[1][0])
    assert np.array_equal(fits[0][1], fits[1][1])
