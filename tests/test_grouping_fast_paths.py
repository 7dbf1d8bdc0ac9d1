"""The faster evidence paths of grouping give, to the bit, what the plain computations give.

- IDF weights read from a table (:class:`nlp.lexical.IdfWeights`) and key-set totals kept while
  the counts hold (:meth:`nlp.lexical.DocumentFrequencies.total`) are the smoothed IDF and its
  exactly rounded sums computed afresh, before and after the counts change;
- the name and argument evidence built on them (:func:`nlp.lexical.weighted_containment`,
  :func:`nlp.lexical.weighted_jaccard`, :func:`nlp.lexical.argument_evidence`) equals the same
  formulas written plainly below, one IDF computation per key;
- the near-copy share counted as integers (:func:`nlp.cluster.near_copy`) equals the maximum of
  the rows' means of the equality mask;
- the review's average-link grouping with its links kept (:meth:`nlp.cluster.Grouper._two_parts`)
  finds the parts the plain loop, reading every link again, finds;
- headlines read in batches give the entities read one at a time, and ``cluster`` reads them
  only for a batch with a short report.

The inputs are small and written (or drawn from a seeded generator) for this test.
"""

from __future__ import annotations

import math
import pickle
from collections import Counter
from collections.abc import Iterable, Mapping

import numpy as np
import pytest

from nlp import lexical
from nlp.lexical import Arguments, DocumentFrequencies

VOCAB = [f"n:name{i}" for i in range(40)] + [f"#:{n}" for n in (3, 12, 250, 1999, 2026)]


def plain_idf(freqs: DocumentFrequencies, key: str) -> float:
    assert freqs.df is not None
    return math.log((freqs.n_docs + 1) / (freqs.df.get(key, 0) + 1)) + 1.0


def plain_containment(item: Iterable[str], other: Mapping[str, int] | frozenset[str], freqs):
    weights = [(plain_idf(freqs, k), k in other) for k in item]
    total = math.fsum(w for w, _ in weights)
    shared = math.fsum(w for w, held in weights if held)
    return shared / total if total else 0.0


def plain_jaccard(a: frozenset[str], b: frozenset[str], freqs) -> float:
    if not a or not b or not a & b:
        return 0.0
    inter = math.fsum(plain_idf(freqs, k) for k in a & b)
    union = math.fsum(plain_idf(freqs, k) for k in a) + math.fsum(
        plain_idf(freqs, k) for k in b - a
    )
    return inter / union if union else 0.0


def plain_arguments(a: Arguments, b: Arguments, freqs) -> tuple[float, ...]:
    cov = plain_containment(a.head, b.names, freqs)
    back = plain_containment(b.head, a.names, freqs)
    if a.head and b.head:
        conflict = (1.0 - cov) * (1.0 - back)
        lead = (1.0 - plain_containment(a.head, b.head, freqs)) * (
            1.0 - plain_containment(b.head, a.head, freqs)
        )
    else:
        conflict = lead = 0.0
    return cov, back, conflict, lead


def _keys(rng: np.random.Generator, low: int, high: int) -> frozenset[str]:
    size = int(rng.integers(low, high))
    return frozenset(str(k) for k in rng.choice(VOCAB, size=size, replace=False))


@pytest.fixture
def freqs() -> DocumentFrequencies:
    rng = np.random.default_rng(7)
    made = DocumentFrequencies()
    for _ in range(30):
        made.add(_keys(rng, 1, 12))
    return made


def test_idf_table_and_totals_are_the_plain_values_before_and_after_changes(freqs):
    keys = frozenset([*VOCAB[:10], "n:never-seen"])
    for _ in range(2):  # computed, then read back from the table and the kept totals
        for key in keys:
            assert freqs.weights[key] == freqs.idf(key) == plain_idf(freqs, key)
        assert freqs.total(keys) == math.fsum(plain_idf(freqs, k) for k in keys)
    kept = freqs.total(keys)
    freqs.add(VOCAB[:3])  # the counts change: nothing kept may be read again
    assert freqs.total(keys) == math.fsum(plain_idf(freqs, k) for k in keys) != kept
    assert all(freqs.weights[k] == plain_idf(freqs, k) for k in VOCAB)
    freqs.remove(VOCAB[:3])
    assert freqs.total(keys) == kept
    # sets, lists and generators are summed afresh; an equal frozenset reads the kept total
    assert freqs.total(set(keys)) == freqs.total(list(keys)) == freqs.total(iter(keys)) == kept
    assert freqs.total(frozenset(sorted(keys))) == kept
    assert freqs.total(frozenset()) == 0.0


def test_frequencies_survive_pickling_with_their_table(freqs):
    for key in VOCAB[:5]:
        freqs.idf(key)
    copy = pickle.loads(pickle.dumps(freqs))
    assert copy == freqs
    copy.add(["n:name0"])
    assert copy.weights["n:name0"] == plain_idf(copy, "n:name0") != freqs.idf("n:name0")
    assert freqs.idf("n:name0") == plain_idf(freqs, "n:name0")


def test_name_and_argument_evidence_equal_the_plain_formulas(freqs):
    rng = np.random.default_rng(11)
    for _ in range(200):
        a, b = _keys(rng, 0, 14), _keys(rng, 0, 14)
        counts = Counter({k: int(rng.integers(1, 4)) for k in b})
        assert lexical.weighted_containment(a, counts, freqs) == plain_containment(a, counts, freqs)
        assert lexical.weighted_containment(a, b, freqs) == plain_containment(a, b, freqs)
        # any iterable, consumed once
        assert lexical.weighted_containment(iter(sorted(a)), b, freqs) == plain_containment(
            a, b, freqs
        )
        assert lexical.weighted_jaccard(a, b, freqs) == plain_jaccard(a, b, freqs)
        weight = lexical.idf_sum(a, freqs)
        assert lexical.weighted_jaccard(a, b, freqs, weight) == plain_jaccard(a, b, freqs)
        head_a, head_b = _keys(rng, 0, 5), _keys(rng, 0, 5)
        args_a = Arguments.of(head_a, a | head_a)
        args_b = Arguments.of(head_b, b | head_b)
        got = lexical.argument_evidence(args_a, args_b, freqs)
        assert (got.head_cov, got.head_back, got.head_conflict, got.lead_conflict) == (
            plain_arguments(args_a, args_b, freqs)
        )


def test_near_copy_is_the_maximum_of_the_row_means():
    from nlp.cluster import near_copy

    rng = np.random.default_rng(3)
    for rows in (1, 2, 5, 17):
        for _ in range(50):
            sketch = rng.integers(0, 6, size=lexical.NUM_PERM).astype(np.uint64)
            matrix = rng.integers(0, 6, size=(rows, lexical.NUM_PERM)).astype(np.uint64)
            matrix[rng.random(matrix.shape) < rng.random()] = sketch[0]
            expected = float((matrix == sketch).mean(axis=1).max())
            assert near_copy(matrix, sketch) == expected
    sketch = np.arange(lexical.NUM_PERM, dtype=np.uint64)
    assert near_copy(np.vstack([sketch, sketch + 1]), sketch) == 1.0
    assert near_copy(np.vstack([sketch + 1]), sketch) == 0.0


def plain_two_parts(sim: np.ndarray, bar: float, min_part: int):
    """The review's average-link grouping reading every link afresh (the reference)."""

    def link(a, b):
        return float(sim[np.ix_(a, b)].mean())

    def closest(groups):
        best = None
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                value = link(groups[a], groups[b])
                if best is None or value > best[0]:
                    best = (value, a, b)
        return best

    clusters = [[i] for i in range(sim.shape[0])]
    while len(clusters) > 2:
        value, a, b = closest(clusters)
        if value < bar:
            break
        clusters[a] = sorted(clusters[a] + clusters[b])
        del clusters[b]
    major = [c for c in clusters if len(c) >= min_part]
    if len(major) < 2:
        return None
    for c in clusters:
        if len(c) < min_part:
            target = max(range(len(major)), key=lambda k: (link(c, major[k]), -k))
            major[target] = sorted(major[target] + c)
    while len(major) > 2:
        _, a, b = closest(major)
        major[a] = sorted(major[a] + major[b])
        del major[b]
    return major[0], major[1]


def test_review_parts_with_kept_links_are_the_plain_parts():
    from nlp.cluster import Grouper, GroupingParams

    grouper = Grouper(GroupingParams())
    min_part = grouper.params.review_min_part
    rng = np.random.default_rng(5)
    found = 0
    for n in (4, 5, 7, 9, 12):
        for _ in range(40):
            # two events (blocks of high probability) with noise, or noise alone
            events = rng.integers(0, 2, size=n)
            sim = rng.random((n, n)) * 0.5 + (events[:, None] == events[None, :]) * 0.45
            sim = (sim + sim.T) / 2
            for bar in (0.3, 0.5, 0.7):
                expected = plain_two_parts(sim, bar, min_part)
                assert grouper._two_parts(sim, bar) == expected
                found += expected is not None
    assert found > 20  # the inputs do split, not only stay whole


TITLES = [
    "Jackson arrested in San Diego after crash",
    "Two dead as earthquake hits Indonesia's Aceh province",
    "Apple unveils new MacBook Pro in San Francisco",
    "Police: Lohan to face 3 charges",
    "Ireland's central bank raises rates",
]


@pytest.mark.slow
def test_headlines_read_in_batches_are_read_as_one_at_a_time():
    from nlp import headline

    nlp = headline._recogniser()
    if nlp is None:
        pytest.skip("the statistical model is not installed")
    headline._READ.clear()
    headline.prime(TITLES)
    batched = [headline.entities(t) for t in TITLES]
    alone = [headline.keys_of(nlp(headline._text(t)).ents) for t in TITLES]
    assert batched == alone
    assert any(batched)


def test_cluster_reads_headlines_only_for_a_batch_with_a_short_report(monkeypatch, settings):
    from dataclasses import replace

    from nlp import headline
    from nlp.cluster import Grouper
    from policywatch.archive import _read_headlines
    from policywatch_core.models import Article

    read: list[list[str]] = []
    monkeypatch.setattr(headline, "prime", lambda titles: read.append(list(titles)))
    long_text = " ".join(["word"] * 80)
    articles = [
        Article(
            url=f"https://example.test/{i}",
            outlet_id="o",
            title=title,
            text=long_text,
            language="en",
        )
        for i, title in enumerate(TITLES)
    ]
    grouper = Grouper(_params(settings))
    _read_headlines(articles, grouper)
    assert read == []
    articles[2] = replace(articles[2], text="Apple unveiled it on Tuesday.")
    _read_headlines(articles, grouper)
    assert read == [TITLES]  # every headline: a long report may be compared with the short one


@pytest.fixture(scope="module")
def settings():
    from policywatch_core.settings import load_settings

    return load_settings()


def _params(settings):
    from nlp.archive import params_of

    return params_of(settings)
