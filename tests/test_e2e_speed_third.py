"""The third e2e speed edits give the same answers (docs/decisions/2026-12-06-e2e-speed-third.md).

The lexical readings kept per text (``terms``, ``names``, ``sentence_key``, ``minhash``) equal a
fresh reading, in the same order, and hand out values a caller may change without changing what
is kept; ``words`` without the apostrophe replacement on texts that hold no curly apostrophe;
the development's TF-IDF dot product over the shared terms only, in the item's order, equal to
the sum over every term. Seeded random texts and bags beside hand-written edge cases. No timing
is asserted.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from datetime import UTC, datetime

import numpy as np

from nlp import lexical
from nlp.cluster import DevelopmentState, Grouper, GroupingParams

T0 = datetime(2026, 11, 20, 8, tzinfo=UTC)

SENTENCES = [
    "The European Commission fined Meta €1.2bn on Monday over data transfers.",
    "Lindsay Lohan’s lawyer said the court of appeal in New York would rule by June 3.",
    "“It’s over,” said Mr. O’Neill, the minister for Foreign Affairs and Trade.",
    "China’s Ministry of Commerce added 12 firms to its export-control list, 1,300 pages long.",
    "Ahead of the vote, the U.S. Senate’s leaders met at 10 a.m.; nothing was agreed.",
    "ſtraße KELVIN İstanbul ıi µ ςΣ — the case-folding letters in a text",
    "工业和信息化部 发布 2026年 第3号 公告 and the English after it",
    "",
    "   ",
    "'quoted' and ’curly’ apostrophes, don’t and can't, O’Brien's",
]

WORDS = " ".join(
    (
        "the regulator fined company data transfer court appeal ruled ruling rules minister",
        "Ministry Commerce Senate vote export control list pages Monday June New York O’Neill",
        "Meta China’s don’t it's 12 1,300 2026 3.5 U.S. a I of on by",
    )
).split()


def _random_texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(0, 60))]
        for k in range(0, len(words), rng.randint(5, 15) or 1):
            words[k] = words[k].capitalize() if rng.random() < 0.5 else words[k]
        text = " ".join(words)
        if rng.random() < 0.3:
            text = text.replace(" ", ". ", rng.randint(0, 4))
        out.append(text)
    return out


TEXTS = SENTENCES + _random_texts(1, 400)


def _words_before(text: str) -> list[str]:
    """``words`` as it was written: every token lowercased and its curly apostrophes replaced."""
    return [w.lower().replace("’", "'") for w in lexical._WORD.findall(text)]


def test_words_equal_the_form_that_replaced_in_every_token():
    for text in TEXTS:
        assert lexical.words(text) == _words_before(text), text


def test_kept_terms_equal_a_fresh_reading_in_the_same_order():
    for text in TEXTS + TEXTS:  # the second pass reads what the first kept
        kept = lexical.terms(text)
        fresh = lexical.count_terms(text)
        assert kept == fresh
        assert list(kept.items()) == list(fresh.items())  # the order the TF-IDF sums follow


def test_kept_terms_are_a_copy_the_caller_may_change():
    text = "Regulators fined the regulator; the regulator appealed."
    first = lexical.terms(text)
    first.update({"appeal": 5, "new": 1})
    first["regul"] = 0
    assert lexical.terms(text) == lexical.count_terms(text)
    assert lexical.terms(text) is not lexical.terms(text)


def test_kept_names_and_sentence_keys_equal_fresh_readings():
    for text in TEXTS + TEXTS:
        assert lexical.names(text) == lexical.read_names(text)
        assert lexical.sentence_key(text) == frozenset(lexical.count_terms(text))
        assert isinstance(lexical.names(text), frozenset)
        assert isinstance(lexical.sentence_key(text), frozenset)


def test_kept_sketches_equal_fresh_ones_and_are_the_caller_s_own():
    for text in TEXTS[:120] * 2:
        kept = lexical.minhash(text)
        assert kept.dtype == np.uint64
        assert kept.shape == (lexical.NUM_PERM,)
        assert np.array_equal(kept, lexical.read_minhash(text))
    text = SENTENCES[0]
    one = lexical.minhash(text)
    one[:] = 0
    assert np.array_equal(lexical.minhash(text), lexical.read_minhash(text))


def test_readings_are_kept_within_their_bounds():
    lexical.names.cache_clear()
    for text in _random_texts(2, 50):
        lexical.names(text)
    assert lexical.names.cache_info().currsize <= lexical.SENTENCE_CACHE
    assert lexical._terms.cache_info().maxsize == lexical.TEXT_CACHE
    assert lexical._minhash.cache_info().maxsize == lexical.TEXT_CACHE
    assert lexical.sentence_key.cache_info().maxsize == lexical.SENTENCE_CACHE


def _tfidf_before(
    weights: dict[str, float],
    norm: float,
    counts: Counter[str],
    idf: dict[str, float],
    dev_norm: float,
) -> float:
    """The development's TF-IDF cosine as it was written: every item term looked up in turn."""
    if norm == 0 or not counts:
        return 0.0
    dot = 0.0
    for term, w in weights.items():
        c = counts.get(term)
        if c:
            dot += w * (1.0 + math.log(c)) * idf[term]
    return dot / (norm * dev_norm) if dev_norm else 0.0


def test_development_tfidf_over_shared_terms_equals_the_sum_over_every_term():
    rng = random.Random(7)
    vocab = [f"t{k}" for k in range(300)]
    grouper = Grouper(GroupingParams(), dim=8)
    for case in range(300):
        item = Counter({t: rng.randint(1, 6) for t in rng.sample(vocab, rng.randint(0, 80))})
        dev_counts = Counter({t: rng.randint(0, 9) for t in rng.sample(vocab, rng.randint(0, 200))})
        idf = {t: rng.uniform(1.0, 7.0) for t in item}
        weights = {t: (1.0 + math.log(c)) * idf[t] for t, c in item.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) if case % 17 else 0.0
        dev = DevelopmentState(
            development_id=f"d{case}",
            headline="",
            first_article_id="a",
            first_published=T0,
            last_published=T0,
            term_counts=dev_counts,
        )
        grouper._item_idf = idf
        got = grouper._tfidf(weights, norm, dev)
        expected = _tfidf_before(weights, norm, dev_counts, idf, grouper._dev_norm(dev))
        assert got == expected  # the same float: the same terms added in the same order
