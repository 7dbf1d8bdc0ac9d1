"""The third round of fast paths gives what the plain reading gives.

- Upper-case words for the acronyms, and the actor check of the signal rules, read from the
  document's arrays: the same words and offsets as the token objects give.
- The kind detector's caches (stems, unit vectors, cosines) give what computing each afresh
  gives, and a second vector table is not read through the first one's entries.
- Initials of names, cached: what the function computes.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from nlp import kinds, linking
from nlp.about_eval import load_cases
from nlp.entities import _upper_words, build_rules_pipeline
from nlp.signals import (
    DEFAULT_SIGNALS_PATH,
    _doc_text_and_lowers,
    _has_actor,
    build_matcher,
    load_rules,
)
from policywatch_core.models import WatchEntity

WATCH = (
    WatchEntity("cac", "Cyberspace Administration of China", "agency", ("网信办",)),
    WatchEntity("acme", "Acme", "company", ("艾克米",)),
)

# Sentences of our own: acronyms, capitals that are none, actors and sentences with none.
SENTENCES = [
    "The Cyberspace Administration of China (CAC) said the CAC would act. THE END.",
    "A U.S. court and the EU's DMA: NASA-style rules, MIIT's list, a B-52, OK?",
    "The ministry said on Monday it would ban the exports.",
    "Shares of the chip maker fell by a tenth on Monday.",
    "国家网信办周一表示，将禁止出口。",
    "",
    "I",
    "AI AND ML",
]


def texts() -> list[str]:
    from bench import sets

    cases = [c for entry in sets.trained(sets.ABOUT)[-3:] for c in load_cases(entry.path)]
    found = [c.tagged for c in cases] + SENTENCES + ["Title\n\n" + " ".join(SENTENCES)]
    return found + [t.upper() for t in found[:40]] + [t.swapcase() for t in found[:40]]


def test_upper_words_from_the_arrays_are_the_tokens() -> None:
    nlp = build_rules_pipeline(WATCH)
    checked = 0
    for text in texts():
        doc = nlp.make_doc(text)
        expected = [(t.text, t.idx) for t in doc if t.is_upper and t.is_alpha and len(t.text) > 1]
        assert _upper_words(doc) == expected, text
        checked += bool(expected)
    assert checked > 100  # the sets hold acronyms: the comparison is not of empty lists


def test_the_actor_check_from_the_arrays_is_the_tokens() -> None:
    nlp = build_rules_pipeline(WATCH)
    matcher = build_matcher(load_rules(DEFAULT_SIGNALS_PATH, nlp), nlp)
    other = nlp("The government said it would act.")
    answers: set[bool] = set()
    for text in texts()[::3]:
        doc = nlp(text)
        lowers = (doc, _doc_text_and_lowers(doc, text)[1])
        for sent in doc.sents:
            expected = _has_actor(sent, matcher, ())
            assert _has_actor(sent, matcher, (), lowers) == expected, sent.text
            answers.add(expected)
        # a sentence of another document is read through its own tokens, not these arrays
        for sent in other.sents:
            assert _has_actor(sent, matcher, (), lowers) == _has_actor(sent, matcher, ())
    assert answers == {True, False}


def test_initials_cached_are_the_functions() -> None:
    names = [w.name for w in WATCH] + ["Ministry of Industry and Information Technology"]
    names += ["the State Council", "Apple", "U.S. Commerce Department", "x-ray imaging", ""]
    for name in names:
        assert linking.initials(name) == linking.initials.__wrapped__(name)
    assert linking.initials("Ministry of Industry and Information Technology") == "MIIT"


def test_stems_cached_are_the_functions() -> None:
    words = ["bans", "banned", "banning", "studies", "studied", "rules", "ruling", "is", "ss"]
    for word in words + [w.upper() for w in words]:
        assert kinds.stem(word) == kinds.stem.__wrapped__(word)
    assert kinds.stem("banned") == "ban"


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    kinds._NEAR.clear()
    kinds._UNIT.clear()
    yield
    kinds._NEAR.clear()
    kinds._UNIT.clear()


def table(rows: list[list[float]]) -> kinds.WordVectors:
    words = ["ban", "export", "chip"]
    return kinds.WordVectors({w: i for i, w in enumerate(words)}, np.array(rows, np.float32))


def test_cosines_cached_are_computed_afresh(fresh_caches: None) -> None:
    first = table([[1, 0, 0], [0.6, 0.8, 0], [0, 0, 2]])
    second = table([[0, 1, 0], [0, 0, 1], [3, 4, 0]])
    tokens = ["the", "bans", "export", "chips", "unknown", "ban"]
    for vectors in (first, second, first):
        seeds = kinds.seed_matrix(["ban", "chip"], vectors)
        got = kinds.similarities(tokens, seeds, vectors)
        rows = []
        for token in tokens:
            vec = vectors.get(token) if token not in kinds.STOP_WORDS else None
            if vec is not None:
                rows.append(seeds @ (vec / (float(np.linalg.norm(vec)) or 1.0)))
        assert got.tolist() == np.maximum.reduce(rows).tolist()
    # the second table's words are not read through the first one's unit vectors
    assert kinds._unit("ban", second) is not None
    assert kinds._unit("ban", second).tolist() == [0.0, 1.0, 0.0]
    assert kinds._unit("ban", first).tolist() == [1.0, 0.0, 0.0]
    assert kinds._unit("the", first) is None
