"""The fourth round of speed: what the faster paths give is what the plain ones give.

- The learned reading's cosines of a word to each kind's seed words, read with the word's unit
  vector once (``nlp.kinds.closest_cosines``): the cosines ``similarities`` gives, for every
  word of the vector table, and the nearness of a text is :func:`nearness`'s.
- The tagger's loaded objects are left out of the garbage collector's full collections, and
  what is made after loading is still collected.
- The tokenizer's prefix and suffix searches remembered: the pattern's answers, the same tokens,
  and the tokenizer is still saved and pickled with its patterns.
- The bench times the two readings of the reported kinds in turn on the same footing.
"""

from __future__ import annotations

import gc
import itertools

import pytest
from spacy.language import Language

from bench.about import best_rates, warm_order
from nlp import kinds, reported_reading
from nlp.about_eval import load_cases
from nlp.kinds import closest_cosines, load_vectors, seed_matrix, similarities
from nlp.reported_reading import _seed_matrices, _text_nearness, load_model, nearness, words_of
from policywatch_core.models import WatchEntity

# Words of our own: in the table, only by their stem, function words, none, odd forms.
WORDS = [
    "tariff",
    "tariffs",
    "sanctioned",
    "banning",
    "the",
    "which",
    "zzqxv",
    "",
    "Export",
    "anti-dumping",
    "subsidies",
    "licence",
    "3nm",
]

# Sentences of our own, for the nearness of a text.
SENTENCES = [
    "Regulators widen the curbs on chip exports to three more countries",
    "The ministry said on Monday it would fine the platform for leaking data.",
    "Shares of the chip maker fell by a tenth after the results.",
    "A court stayed the order until a hearing next month.",
    "商务部宣布对部分物项实施出口管制",
    "",
]


def reference(
    word: str, matrices: list[kinds.Vector], vectors: kinds.WordVectors
) -> tuple[float, ...]:
    """What the learned reading computed for a word before: per matrix, the plain cosines."""
    return tuple(
        float(similarities([word], matrix, vectors).max()) if len(matrix) else 0.0
        for matrix in matrices
    )


def test_closest_cosines_are_the_similarities_for_every_word_of_the_table() -> None:
    vectors = load_vectors()
    matrices = list(_seed_matrices(load_model(), vectors).values())
    assert matrices, "the shipped reading has seed words: the comparison is not of nothing"
    words = [*vectors.index, *WORDS]
    values: set[float] = set()
    for word in words:
        found = closest_cosines(word, matrices, vectors)
        assert found == reference(word, matrices, vectors), word
        values.update(found)
    assert len(values) > len(vectors.index)  # the cosines compared are not a few constants


def test_closest_cosines_of_a_word_not_read_and_of_a_matrix_without_seeds() -> None:
    vectors = load_vectors()
    empty = seed_matrix([], vectors)
    some = seed_matrix(["ban", "tariff"], vectors)
    # a function word with a vector is not read: zeros, as similarities gives
    assert vectors.get("the") is not None
    assert closest_cosines("the", [some, empty], vectors) == (0.0, 0.0)
    assert closest_cosines("zzqxv", [some], vectors) == (0.0,)
    near = closest_cosines("tariff", [some, empty], vectors)
    assert near[1] == 0.0
    assert near[0] == pytest.approx(1.0, abs=1e-6)  # a seed word itself
    assert 0.0 < closest_cosines("levies", [some], vectors)[0] < near[0]


def test_the_nearness_of_a_text_is_unchanged() -> None:
    from bench import sets

    vectors = load_vectors()
    seeds = _seed_matrices(load_model(), vectors)
    cases = [c for entry in sets.trained(sets.ABOUT)[-2:] for c in load_cases(entry.path)]
    texts = [*SENTENCES, *(c.title for c in cases), *(c.text[:300] for c in cases)]
    reported_reading._WORD_NEAR.clear()
    positive = 0
    for text in texts:
        found = _text_nearness(words_of(text), seeds, vectors)
        for kind, matrix in seeds.items():
            assert found[kind] == nearness(text, matrix, vectors), (kind, text)
            positive += found[kind] > 0
    assert positive > len(texts)  # the texts are near some kinds: not a comparison of zeros


def test_what_loading_made_is_left_out_of_full_collections() -> None:
    from nlp.entities import _load_tagger_cached
    from nlp.signals import DEFAULT_SIGNALS_PATH

    gc.unfreeze()
    watch = (WatchEntity("acme", "Acme Works", "company", ()),)
    # loaded afresh (not the process's cached tagger), without the statistical models
    tagger = _load_tagger_cached.__wrapped__(watch, None, DEFAULT_SIGNALS_PATH, "none")
    assert gc.get_freeze_count() > 0
    assert not any(o is tagger.rules for o in gc.get_objects())  # frozen: not walked
    # what is made after loading is collected as before
    cycle: list[object] = []
    cycle.append(cycle)
    assert any(o is cycle for o in gc.get_objects())
    del cycle
    assert gc.collect() >= 1


def test_the_bench_times_each_reading_in_turn() -> None:
    order = warm_order("learned", "rules", 3)
    assert order == ["rules", "learned"] * 3
    assert all(a != b for a, b in itertools.pairwise(order))
    assert warm_order("rules", "learned", 1) == ["learned", "rules"]
    assert warm_order("learned", "rules", 0) == []


def test_the_bench_reports_each_reading_by_its_fastest_pass() -> None:
    rates = best_rates(300, {"learned": [6.0, 5.0, 7.5], "rules": [4.0], "none": []})
    assert rates == {"learned": 60.0, "rules": 75.0}


def _plain_tokenizer(nlp: Language) -> None:
    """The tokenizer's searches as the patterns' own methods, remembering nothing."""
    tokenizer = nlp.tokenizer
    tokenizer.prefix_search = tokenizer.prefix_search.__self__.search
    tokenizer.suffix_search = tokenizer.suffix_search.__self__.search


def _tokenizer_texts() -> list[str]:
    from bench import sets

    cases = [c for entry in sets.trained(sets.ABOUT)[-3:] for c in load_cases(entry.path)]
    found = [c.tagged for c in cases] + SENTENCES
    return found + [t.upper() for t in found[:30]] + [" ".join(found[:10])]


def test_remembered_searches_give_the_same_tokens() -> None:
    from nlp.entities import build_rules_pipeline

    watch = (WatchEntity("acme", "Acme Works", "company", ()),)
    remembered, plain = build_rules_pipeline(watch), build_rules_pipeline(watch)
    _plain_tokenizer(plain)
    split = 0
    texts = _tokenizer_texts()
    for text in texts + texts:  # the second time from memory
        mine, theirs = remembered.make_doc(text), plain.make_doc(text)
        assert [(t.text, t.idx) for t in mine] == [(t.text, t.idx) for t in theirs], text
        split += sum(1 for t in mine if not t.whitespace_ and t.i + 1 < len(mine))
    assert split > 1000  # affixes were split off: the searches answered, not only "none"


def test_a_remembered_search_is_the_patterns_search(monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from nlp import entities

    monkeypatch.setattr(entities, "TOKENIZER_MEMO", 4)  # forgets soon: answers again afresh
    pattern = re.compile(r"(?<=[0-9])km$|'s$|\.$|[)\]]$")
    search = entities._RememberedSearch(pattern)
    words = ["5km", "km", "China's", "said.", "(x)", "plain", "U.S.", "", "10km", "said."]
    for word in words * 3:
        found, expected = search(word), pattern.search(word)
        assert (found and found.span()) == (expected and expected.span()), word
    assert search.__self__ is pattern


def test_the_tokenizer_is_saved_and_pickled_with_its_patterns() -> None:
    import pickle

    from nlp.entities import build_rules_pipeline

    nlp = build_rules_pipeline(())
    tokenizer = nlp.tokenizer
    data = tokenizer.to_bytes()
    again = build_rules_pipeline(()).tokenizer.from_bytes(data)
    assert again.suffix_search.__self__.pattern == tokenizer.suffix_search.__self__.pattern
    copied = pickle.loads(pickle.dumps(tokenizer.suffix_search))
    assert copied("said.").span() == (4, 5)
    assert copied.__self__.pattern == tokenizer.suffix_search.__self__.pattern
