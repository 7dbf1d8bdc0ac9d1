"""The grouping's sublinear term weight read from a kept table (``nlp.lexical.TF_WEIGHTS``).

The table gives the same float as ``1.0 + math.log(count)`` for every count (ints, equal floats,
large and fractional counts), raises as the logarithm does for zero and negative counts, stays
within its bound, and the grouper's TF-IDF norms, weights and dot products computed with it are
bit-for-bit those of the expression on seeded random term bags.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any, cast

import pytest

from nlp import lexical
from nlp.cluster import DevelopmentState, Grouper, GroupingParams, Profile

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def test_tf_weights_equal_the_expression_for_every_kind_of_count() -> None:
    # a table of its own: the process-wide one is left to the grouping's real counts
    table = lexical.TfWeights()
    counts: list[Any] = [*range(1, 3000), 1.0, 2.0, 2.5, 0.001, 1e6, 7.75, 10**20, 2**60 + 1]
    for count in counts:
        assert table[count] == 1.0 + math.log(count), count
    # an int and the equal float are one key and one value
    assert table[3] == table[3.0] == 1.0 + math.log(3.0)


@pytest.mark.parametrize("count", [0, -1, -2.5, 0.0])
def test_tf_weights_refuse_what_the_logarithm_refuses(count: float) -> None:
    with pytest.raises(ValueError, match="math domain error"):
        lexical.TfWeights()[count]
    with pytest.raises(ValueError, match="math domain error"):
        1.0 + math.log(count)


def test_tf_weights_stay_within_their_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexical, "TF_WEIGHTS_KEPT", 10)
    table = lexical.TfWeights()
    for count in range(1, 50):
        assert table[count] == 1.0 + math.log(count)
    assert len(table) == 10
    # a count read again past the bound is computed again, the same
    assert table[49] == 1.0 + math.log(49)
    assert len(table) == 10


def _bag(rng: random.Random, vocabulary: list[str]) -> Counter[str]:
    size = rng.randint(0, 60)
    return Counter(
        {t: rng.choice([1, 1, 1, 2, 2, 3, 4, 7, 12, 40]) for t in rng.sample(vocabulary, size)}
    )


def _old_norm(counts: Counter[str], idf: Any) -> float:
    return math.sqrt(sum(((1.0 + math.log(c)) * idf[t]) ** 2 for t, c in counts.items() if c > 0))


def test_grouper_tfidf_equals_the_expression_on_random_bags() -> None:
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(300)] + ["export", "licence", "gallium", "法规"]
    g = Grouper(GroupingParams(), dim=8)
    for _ in range(40):
        g.freqs.add(_bag(rng, vocabulary))
    idf = g.freqs.weights
    for case in range(200):
        item = _bag(rng, vocabulary)
        members = [_bag(rng, vocabulary) for _ in range(rng.randint(1, 5))]
        dev = DevelopmentState(
            development_id=f"d{case}",
            headline="",
            first_article_id="a0",
            first_published=T0,
            last_published=T0,
            member_ids=[f"m{case}-{i}" for i in range(len(members))],
        )
        for bag in members:
            dev.term_counts.update(bag)
        if case % 3 == 0 and members[0]:
            dev.term_counts[next(iter(members[0]))] = 0  # a term counted out
        weights, norm = g._item_weights(cast(Profile, SimpleNamespace(terms=item)))
        old_weights = {t: (1.0 + math.log(c)) * idf[t] for t, c in item.items()}
        assert weights == old_weights
        assert norm == math.sqrt(sum(w * w for w in old_weights.values()))
        dev_norm = g._dev_norm(dev)
        assert dev_norm == _old_norm(dev.term_counts, idf)
        old_dot = 0.0
        for t in weights:
            if dev.term_counts.get(t):
                old_dot += weights[t] * (1.0 + math.log(dev.term_counts[t])) * idf[t]
        old_tfidf = old_dot / (norm * dev_norm) if norm and dev_norm and dev.term_counts else 0.0
        assert g._tfidf(weights, norm, dev) == old_tfidf
        for member_id, bag in zip(dev.member_ids, members, strict=True):
            other = g._member_norm(member_id, bag)
            assert other == _old_norm(bag, idf)
            shared = math.fsum(
                weights[t] * (1.0 + math.log(bag[t])) * idf[t] for t in weights if bag.get(t)
            )
            expected = shared / (norm * other) if norm and other else 0.0
            assert g._member_tfidf(weights, norm, bag, other) == expected


def _old_bag_tfidf(a: Counter[str], b: Counter[str], idf: Any) -> float:
    wa = {t: (1.0 + math.log(c)) * idf[t] for t, c in a.items() if c > 0}
    wb = {t: (1.0 + math.log(c)) * idf[t] for t, c in b.items() if c > 0}
    norm_a = math.sqrt(math.fsum(w * w for w in wa.values()))
    norm_b = math.sqrt(math.fsum(w * w for w in wb.values()))
    if not norm_a or not norm_b:
        return 0.0
    return math.fsum(w * wb[t] for t, w in wa.items() if t in wb) / (norm_a * norm_b)


def _old_tfidf_cosine(a: Counter[str], b: Counter[str], idf: Any) -> float:
    if not a or not b:
        return 0.0
    wa = {t: (1.0 + math.log(c)) * idf[t] for t, c in a.items() if c > 0}
    na = math.sqrt(sum(v * v for v in wa.values()))
    dot = nb2 = 0.0
    for t, c in b.items():
        if c <= 0:
            continue
        w = (1.0 + math.log(c)) * idf[t]
        nb2 += w * w
        if t in wa:
            dot += wa[t] * w
    return 0.0 if na == 0 or nb2 == 0 else dot / (na * math.sqrt(nb2))


def test_bag_pair_and_lexical_tfidf_equal_the_expression_on_random_bags() -> None:
    rng = random.Random(11)
    vocabulary = [f"w{i}" for i in range(300)] + ["export", "licence", "gallium", "法规"]
    g = Grouper(GroupingParams(), dim=8)
    for _ in range(40):
        g.freqs.add(_bag(rng, vocabulary))
    idf = g.freqs.weights
    for case in range(200):
        a, b = _bag(rng, vocabulary), _bag(rng, vocabulary)
        if case % 4 == 0 and a:
            a[next(iter(a))] = 0  # a term counted out
        if case % 5 == 0:
            b.update(rng.sample(sorted(a), min(len(a), 8)))  # terms shared
        assert g._bag_tfidf(a, b) == _old_bag_tfidf(a, b, idf)
        assert lexical.tfidf_cosine(a, b, g.freqs) == _old_tfidf_cosine(a, b, idf)
        devs = []
        for side, bag in enumerate((a, b)):
            dev = DevelopmentState(
                development_id=f"p{case}-{side}",
                headline="",
                first_article_id="a0",
                first_published=T0,
                last_published=T0,
                member_ids=[f"p{case}-{side}"],
            )
            dev.term_counts.update(bag)
            devs.append(dev)
        norm_a, norm_b = _old_norm(a, idf), _old_norm(b, idf)
        dot = math.fsum(
            (1.0 + math.log(c)) * (1.0 + math.log(d)) * idf[t] ** 2
            for t, c in sorted((a, b), key=len)[0].items()
            if c > 0 and (d := sorted((a, b), key=len)[1].get(t, 0)) > 0
        )
        expected = dot / (norm_a * norm_b) if norm_a and norm_b else 0.0
        assert g._pair_tfidf(devs[0], devs[1]) == expected
