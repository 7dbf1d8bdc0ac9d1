"""Caches keyed on an object's id keep the object and check it (A, then B, then A again).

``id()`` is an address: once an object is freed, the next one made may get it. A cache keyed on
``id(seeds)`` alone then answers a new seed matrix with the freed one's cosines. Each test reads
with one object, frees it, reads with new objects of other content (one of which takes the
freed address), and compares every answer with a fresh computation; on the code before, the
new object at the old address was answered from the cache (``nlp.kinds._near``, the seed
matrices of ``nlp.reported_reading``, ``nlp.kinds._seeds``).
"""

from __future__ import annotations

import numpy as np

from nlp import kinds, reported_reading
from nlp.kinds import WordVectors, seed_matrix, similarities

WORDS = ["ban", "export", "chip", "profit", "weather", "tariff"]


def _table(seed: int) -> WordVectors:
    rows = np.random.default_rng(seed).normal(size=(len(WORDS), 8)).astype(np.float32)
    return WordVectors({w: i for i, w in enumerate(WORDS)}, rows)


def _fresh(word: str, seeds: np.ndarray, vectors: WordVectors) -> np.ndarray:
    vec = vectors.get(word)
    assert vec is not None
    return np.asarray(seeds @ (vec / np.linalg.norm(vec)), dtype=np.float32)


def test_a_new_seed_matrix_at_a_freed_ones_address_gets_its_own_cosines() -> None:
    vectors = _table(0)
    first = seed_matrix(["ban", "export"], vectors)
    assert np.allclose(similarities(["chip"], first, vectors), _fresh("chip", first, vectors))
    del first
    for i in range(50):
        other = seed_matrix([WORDS[(i + 2) % 6], WORDS[(i + 3) % 6]], vectors)
        assert np.allclose(similarities(["chip"], other, vectors), _fresh("chip", other, vectors))
        del other


def test_new_seed_matrices_of_the_reading_at_a_freed_address_get_their_own_nearness() -> None:
    vectors = _table(1)
    first = {"a": seed_matrix(["ban", "export"], vectors)}
    want = float(_fresh("chip", first["a"], vectors).max())
    assert reported_reading.word_nearness("chip", first, vectors) == (want,)
    del first
    for i in range(50):
        other = {"a": seed_matrix([WORDS[(i + 2) % 6], WORDS[(i + 3) % 6]], vectors)}
        want = float(_fresh("chip", other["a"], vectors).max())
        found = reported_reading.word_nearness("chip", other, vectors)
        assert found is not None
        assert np.isclose(found[0], want)
        del other


def test_a_new_table_at_a_freed_ones_address_gets_its_own_seed_matrix() -> None:
    words = ("ban", "export")
    first = _table(2)
    assert np.array_equal(kinds._seeds(words, first), seed_matrix(words, first))
    del first
    for i in range(50):
        other = _table(3 + i)
        assert np.array_equal(kinds._seeds(words, other), seed_matrix(words, other))
        del other
