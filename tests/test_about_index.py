"""The indexed lookups of nlp.about give what the plain scans give.

Tagging a long text asked, for every mention and signal, which sentence holds it by scanning
every sentence, and which names a sentence holds by scanning every mention: quadratic in the
text's length. The index (:class:`nlp.about.Sentences`, bisection over starts) must find the
same sentence, the same names and the same sentences to read, so every output stays the same.
Checked against the straightforward scans on generated positions, and end to end on a text of
many sentences written for this test, tagged by the real (rules-only) tagger.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.about import (
    Sentence,
    Sentences,
    _holds_any,
    _NamesIn,
    _sentence_of,
    gather_evidence,
    load_cues,
    mark_reported,
    mention_roles,
    outlet_sourcing,
    salience,
    sourcing,
    split_sentences,
    stage,
)
from policywatch_core.config import load_watchlist
from policywatch_core.models import Finding, Mention

CONFIG = Path(__file__).resolve().parent.parent / "config"


def scan(sentences: list[Sentence], start: int) -> Sentence | None:
    """The reference: the first sentence holding ``start``."""
    return next((s for s in sentences if s.start <= start < s.end), None)


spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 60)).map(lambda p: (min(p), max(p))), max_size=12
)


@given(ranges=spans, positions=st.lists(st.integers(-2, 64), max_size=20), tidy=st.booleans())
@settings(max_examples=300, deadline=None)
def test_the_sentence_of_a_position_is_the_scans(
    ranges: list[tuple[int, int]], positions: list[int], tidy: bool
) -> None:
    if tidy:  # in order, apart: what spaCy's sentences give (bisection)
        ranges = sorted(ranges)
        ranges = [r for i, r in enumerate(ranges) if i == 0 or r[0] >= ranges[i - 1][1]]
    # any order and overlaps otherwise (the scan, first holder wins)
    plain = [Sentence(a, b, "x" * (b - a), "body") for a, b in ranges]
    indexed = Sentences(plain)
    for at in positions:
        assert _sentence_of(indexed, at) is scan(plain, at)
        assert _sentence_of(plain, at) is scan(plain, at)


def test_a_changed_list_is_indexed_again() -> None:
    indexed = Sentences([Sentence(0, 5, "aaaaa", "body"), Sentence(6, 9, "bbb", "body")])
    assert _sentence_of(indexed, 7) is indexed[1]
    indexed.insert(0, Sentence(5, 8, "ccc", "body"))  # out of order and overlapping now
    assert _sentence_of(indexed, 7) is indexed[0]
    indexed[0] = Sentence(20, 30, "d" * 10, "body")
    assert _sentence_of(indexed, 7) is indexed[2]
    assert _sentence_of(indexed, 25) is indexed[0]
    indexed.sort(key=lambda s: s.start)
    assert _sentence_of(indexed, 25) is indexed[2]
    indexed.clear()
    assert _sentence_of(indexed, 7) is None


@given(
    mentions=st.lists(
        st.tuples(st.integers(0, 50), st.sampled_from(["a", "b", None])), max_size=15
    ),
    bounds=st.lists(st.tuples(st.integers(-1, 52), st.integers(-1, 52)), max_size=8),
)
@settings(max_examples=300, deadline=None)
def test_the_names_of_a_sentence_and_the_sentences_to_read_are_the_scans(
    mentions: list[tuple[int, str | None]], bounds: list[tuple[int, int]]
) -> None:
    found = [Mention(at, at + 1, "x", "ORG", entity, "x") for at, entity in mentions]
    names_in = _NamesIn(found)
    starts = sorted({at for at, _ in mentions})
    for a, b in bounds:
        sentence = Sentence(a, b, "", "body")
        assert names_in(sentence) == {m.entity_id for m in found if a <= m.start < b}
        expected = any(a <= st < b or st == a for st in starts)
        assert _holds_any(sentence, starts) == expected


@pytest.fixture(scope="module")
def rules_only():
    from nlp.entities import load_tagger

    return load_tagger(load_watchlist(CONFIG).items, spacy_model=None)


BODY = [
    "The Cyberspace Administration of China fined Alibaba 2 billion yuan on Monday.",
    "Alibaba said it accepted the fine and would review its data practices.",
    "Tencent and Baidu were not named in the notice.",
    "The regulator had fined Didi in 2022 over data transfers.",
    "People familiar with the matter said more fines could follow.",
    "Shares of Alibaba fell 3 percent in Hong Kong.",
    "The European Union is drafting rules on cloud contracts.",
    "ByteDance declined to comment on the new rules.",
]


def long_text(repeat: int) -> str:
    title = "China fines Alibaba over data transfers"
    return title + "\n\n" + " ".join(BODY[i % len(BODY)] for i in range(repeat))


def full_stops(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." or text[i : i + 2] == "\n\n":
            out.append((start, i + 1))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return out


def test_a_long_text_reads_the_same_indexed_and_scanned(rules_only) -> None:
    from nlp.entities import tag_texts_about

    text = long_text(400)
    (tags,) = tag_texts_about([text], rules_only)
    mentions, signals = tags.mentions, tags.signals
    # the rules find names and signals here
    assert len(mentions) > 400
    assert len(signals) > 50
    entities = load_watchlist(CONFIG).items
    by_id = {e.id: e for e in entities}
    cues = load_cues()
    indexed = split_sentences(text, full_stops(text))
    assert isinstance(indexed, Sentences)
    plain = list(indexed)  # a plain list: every lookup scans
    results = []
    for sentences in (indexed, plain):
        roles = mention_roles(sentences, mentions, (), by_id, cues)
        about = salience(sentences, mentions, roles, by_id)
        marked = mark_reported(signals, sentences, (), about, mentions, cues, by_id)
        source = outlet_sourcing(sourcing(sentences, mentions, by_id, cues), "news")
        found = stage(sentences, marked, source, cues)
        evidence = gather_evidence(
            sentences, mentions, roles, about, marked, source, found, by_id, (), cues
        )
        results.append((roles, about, marked, source, found, evidence))
    assert results[0] == results[1]
    roles, about, marked, *_ = results[0]
    assert any(a.main for a in about)
    assert any(s.reported for s in marked)
    assert not all(s.reported for s in marked)
    assert isinstance(results[0][4], Finding)
