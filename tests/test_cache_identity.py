"""Caches keyed on an object's id keep every object of the key and check it.

``id()`` is an address: once an object is freed, the next one made may get it. Whether CPython
reuses an address is not under a test's control, so the reused address is made certain here: an
entry made for one object is planted under the key of another live object (what the cache holds
when the second object took the first one's address), and the answer for the second object must
be its own, fresh one. Each cache is read A, then B, then A again. The cosines are also asked of
one seed matrix with two tables: the answer depends on the table too, which is in the key.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from typing import Any

import numpy as np
import pytest

from nlp import kinds, reported_reading
from nlp.idcache import IdCache
from nlp.kinds import KindModel, WordVectors, seed_matrix, similarities
from nlp.reported_reading import ReadingModel

WORDS = ["ban", "export", "chip", "profit", "weather", "tariff"]
CACHES: tuple[IdCache[Any], ...] = (
    kinds._NEAR,
    kinds._UNIT,
    kinds._SEED_CACHE,
    reported_reading._SEEDS,
    reported_reading._DETECTOR_SEEDS,
    reported_reading._WORD_NEAR,
)


@pytest.fixture(autouse=True)
def fresh_caches() -> Iterator[None]:
    for cache in CACHES:
        cache.clear()
    yield
    for cache in CACHES:
        cache.clear()


def _table(seed: int) -> WordVectors:
    rows = np.random.default_rng(seed).normal(size=(len(WORDS), 8)).astype(np.float32)
    return WordVectors({w: i for i, w in enumerate(WORDS)}, rows)


def _fresh(word: str, seeds: np.ndarray, vectors: WordVectors) -> np.ndarray:
    vec = vectors.get(word)
    assert vec is not None
    return np.asarray(seeds @ (vec / np.linalg.norm(vec)), dtype=np.float32)


def _plant(
    cache: IdCache[Any], held: tuple[object, ...], at: tuple[object, ...], extra: Hashable
) -> None:
    """Move the entry of ``held`` to the key of ``at``: ``at`` took ``held``'s address."""
    entries = cache._entries
    entries[(tuple(map(id, at)), extra)] = entries.pop((tuple(map(id, held)), extra))


def test_the_helper_answers_an_object_at_a_used_address_with_its_own_value() -> None:
    cache: IdCache[str] = IdCache(4)
    a, b = object(), object()
    assert cache.get((a,), "x", lambda: "a") == "a"
    _plant(cache, (a,), (b,), "x")
    assert cache.get((b,), "x", lambda: "b") == "b"
    assert cache.get((a,), "x", lambda: "a again") == "a again"
    assert cache.get((a,), "x", lambda: "not asked") == "a again"


def test_the_helper_is_bounded() -> None:
    cache: IdCache[int] = IdCache(3)
    kept = [object() for _ in range(10)]
    for i, obj in enumerate(kept):
        assert cache.get((obj,), None, lambda i=i: i) == i  # type: ignore[misc]
        assert len(cache) <= 3


def test_a_seed_matrix_at_a_used_address_gets_its_own_cosines() -> None:
    vectors = _table(0)
    first = seed_matrix(["ban", "export"], vectors)
    other = seed_matrix(["profit", "weather"], vectors)
    assert np.allclose(similarities(["chip"], first, vectors), _fresh("chip", first, vectors))
    _plant(kinds._NEAR, (first, vectors), (other, vectors), "chip")
    assert np.allclose(similarities(["chip"], other, vectors), _fresh("chip", other, vectors))
    assert np.allclose(similarities(["chip"], first, vectors), _fresh("chip", first, vectors))


def test_one_seed_matrix_with_two_tables_gets_each_tables_cosines() -> None:
    one, two = _table(1), _table(2)
    seeds = seed_matrix(["ban", "export"], one)
    for vectors in (one, two, one):
        assert np.allclose(similarities(["chip"], seeds, vectors), _fresh("chip", seeds, vectors))


def test_a_table_at_a_used_address_gets_its_own_unit_vectors() -> None:
    one, two = _table(3), _table(4)
    seeds = seed_matrix(["ban", "export"], one)
    assert np.allclose(similarities(["chip"], seeds, one), _fresh("chip", seeds, one))
    kinds._NEAR.clear()
    _plant(kinds._UNIT, (one,), (two,), "chip")
    assert np.allclose(similarities(["chip"], seeds, two), _fresh("chip", seeds, two))


def test_the_reading_nearness_at_a_used_address_and_with_two_tables() -> None:
    one, two = _table(5), _table(6)
    first = {"a": seed_matrix(["ban", "export"], one)}
    other = {"a": seed_matrix(["profit", "weather"], one)}

    def want(seeds: dict[str, np.ndarray], vectors: WordVectors) -> float:
        return float(_fresh("chip", seeds["a"], vectors).max())

    def near(seeds: dict[str, np.ndarray], vectors: WordVectors) -> float:
        found = reported_reading.word_nearness("chip", seeds, vectors)
        assert found is not None
        return found[0]

    assert np.isclose(near(first, one), want(first, one))
    _plant(reported_reading._WORD_NEAR, (first, one), (other, one), "chip")
    assert np.isclose(near(other, one), want(other, one))
    assert np.isclose(near(first, one), want(first, one))
    assert np.isclose(near(first, two), want(first, two))


def test_a_table_at_a_used_address_gets_its_own_seed_matrix() -> None:
    words = ("ban", "export")
    first, other = _table(7), _table(8)
    assert np.allclose(kinds._seeds(words, first), seed_matrix(words, first))
    _plant(kinds._SEED_CACHE, (first,), (other,), words)
    assert np.allclose(kinds._seeds(words, other), seed_matrix(words, other))
    assert np.allclose(kinds._seeds(words, first), seed_matrix(words, first))


def test_a_reading_model_or_table_at_a_used_address_gets_its_own_seed_matrices() -> None:
    one, two = _table(9), _table(10)
    a = ReadingModel({}, 0.0, 0.5, {"k": ("ban", "export")})
    b = ReadingModel({}, 0.0, 0.5, {"k": ("profit", "weather")})
    calls = [(a, one), (b, one), (a, one), (a, two), (a, one)]
    for model, vectors in calls:
        want = seed_matrix(model.seeds["k"], vectors)
        assert np.allclose(reported_reading._seed_matrices(model, vectors)["k"], want)
    _plant(reported_reading._SEEDS, (a, one), (b, one), None)
    assert np.allclose(reported_reading._seed_matrices(b, one)["k"], seed_matrix(b.seeds["k"], one))
    _plant(reported_reading._SEEDS, (b, one), (b, two), None)
    assert np.allclose(reported_reading._seed_matrices(b, two)["k"], seed_matrix(b.seeds["k"], two))


def test_a_table_at_a_used_address_gets_its_own_detector_seeds() -> None:
    one, two = _table(11), _table(12)
    detector = KindModel({}, np.zeros(2, np.float32), np.ones(2, np.float32), ("ban", "export"))
    for vectors in (one, two, one):
        want = seed_matrix(detector.seeds, vectors)
        assert np.allclose(reported_reading._detector_seeds(detector, vectors), want)
    # the table T1 dropped, a new T2 made at its address: T2 gets its own seed matrix
    _plant(reported_reading._DETECTOR_SEEDS, (detector, one), (detector, two), None)
    want = seed_matrix(detector.seeds, two)
    assert np.allclose(reported_reading._detector_seeds(detector, two), want)
    assert np.allclose(
        reported_reading._detector_seeds(detector, one), seed_matrix(detector.seeds, one)
    )
