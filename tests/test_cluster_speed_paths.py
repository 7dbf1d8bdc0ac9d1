"""The faster paths of ``policywatch cluster`` give exactly what the plain paths give.

- the grouping profiles the tagging helper makes (everything but the vector) are the profiles
  :func:`nlp.cluster.profile` makes once the vector is added, and grouping with them decides
  exactly as grouping without them;
- the line-break sentence starts read from one token-flag array are the ones the token-by-token
  loop set;
- the NER windows read from the caller's text are the windows read from the joined tokens.

Real spaCy pipelines and MiniLM; small inputs written for this test.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime, timedelta
from typing import Any, cast

import numpy as np
import pytest

pytestmark = pytest.mark.slow

TEXTS = [
    (
        "Regulator fines ride-hailing firm over data transfers",
        "The Cyberspace Administration of China fined Didi 8 billion yuan on Thursday.\n\n"
        "The regulator said the company had moved user data abroad without approval.\n"
        "Didi said it accepted the decision.",
    ),
    (
        "Didi accepts record fine from internet watchdog",
        "Didi Global said on Thursday it accepted an 8 billion yuan fine imposed by the CAC.\n"
        "  \n"
        "The company will set up a data security committee, it said in a statement.",
    ),
    (
        "Chip maker opens plant in Dresden",
        "A Taiwanese chip maker opened a factory in Dresden on Monday.   Germany paid part of the "
        "cost.\n\n\nOfficials said the plant would employ 2,000 people by 2027.",
    ),
    (
        "德国工厂开业",
        "台积电周一在德累斯顿开设工厂。\n德国政府承担了部分费用。",
    ),
    ("Headline only: EU opens probe into cloud deals", ""),
]


@pytest.fixture(scope="module")
def settings():
    from policywatch_core.settings import load_settings

    return load_settings()


@pytest.fixture(scope="module")
def records():
    from nlp.archive import Record

    start = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    return [
        Record(id=f"r{i}", title=title, text=text, published=start + timedelta(minutes=i))
        for i, (title, text) in enumerate(TEXTS)
    ]


def _same_profile(a, b) -> None:
    from nlp.crosslingual import Reading

    for f in fields(a):
        left, right = getattr(a, f.name), getattr(b, f.name)
        if isinstance(left, np.ndarray):
            assert left.dtype == right.dtype, f.name
            assert np.array_equal(left, right), f.name
        elif isinstance(left, Reading):  # compares by identity: compare what it reads
            assert (left.script, left.evidence) == (right.script, right.evidence), f.name
        else:
            assert left == right, f.name


def test_helper_profiles_with_the_vector_are_the_profiles_grouping_makes(records, settings):
    from nlp.archive import articles_of, params_of
    from nlp.cluster import Profiler
    from nlp.embed import embed_articles, load_encoder
    from policywatch.archive import _items, _profiler, tag_and_profile

    articles = articles_of(records)
    tags, profiles = tag_and_profile(settings, articles)
    assert len(profiles) == len(articles)
    assert any(ids for ids, _, _ in tags)
    assert any(mains for _, _, mains in tags)  # the main subjects travel with the tags
    assert any(kinds for _, kinds, _ in tags)
    vectors = embed_articles(articles, load_encoder(settings.embedding_model, 1))
    items = _items(articles, vectors, tags)
    # the profiles grouping makes: read with the grouper's parameters (places, governments)
    profile = Profiler(params_of(settings))
    profiler = _profiler(profiles, profile)
    for item in items:
        made = profiler(item)
        _same_profile(made, profile(item))
        assert made.vector.shape == (vectors.shape[1],)
    # An item the helper did not profile is profiled here.
    _same_profile(_profiler(profiles[:1], profile)(items[-1]), profile(items[-1]))


def test_grouping_with_the_helper_profiles_decides_as_without(records, settings):
    from policywatch.archive import group_records

    with_helper = group_records(records, settings, tag_process=True)
    here = group_records(records, settings, tag_process=False)
    assert with_helper == here
    assert len({g.development for g in here}) >= 2  # the two events stay apart


def _sentence_starts_by_tokens(doc) -> None:
    """The token-by-token loop the array version replaced (the reference)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text:
            token.is_sent_start = True


@pytest.mark.parametrize(
    "text",
    [title + "\n\n" + body for title, body in TEXTS]
    + ["\n\nstarts with a break", "ends with a break\n", "a  b\t\tc \n d", "", "\n", "one"],
)
def test_line_breaks_start_the_same_sentences(text):
    from nlp.entities import _paragraph_sentences, build_rules_pipeline

    nlp = build_rules_pipeline([])
    fast, slow = nlp.make_doc(text), nlp.make_doc(text)
    _paragraph_sentences(fast)
    _sentence_starts_by_tokens(slow)
    assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in slow]
    if "\n\n" in text.strip():  # a break inside the text starts a sentence after the first
        assert any(t.is_sent_start for t in fast[1:])


def test_ner_windows_from_the_callers_text_are_the_same(records, settings):
    from nlp.archive import articles_of
    from nlp.entities import _ner_windows, _ruler_spans, load_tagger, tagged_text
    from policywatch_core.config import load_watchlist

    tagger = load_tagger(load_watchlist(settings.config_dir).items, settings.spacy_model or None)
    for article in articles_of(records):
        text = tagged_text(article)
        doc = tagger.rules(text)
        assert doc.text == text
        spans = _ruler_spans(doc, tagger)
        sentences = list(doc.sents)
        for scope in ("title-lead", "adjacent", "hits", "all"):
            assert _ner_windows(doc, spans, [], scope, sentences, text) == _ner_windows(
                doc, spans, [], scope
            )


class _CountingNer:
    """The statistical pipeline, counting the pieces of text it is given."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.pieces: list[str] = []

    def pipe(self, texts, batch_size: int = 64):
        texts = list(texts)
        self.pieces += texts
        return self.nlp.pipe(texts, batch_size=batch_size)


def test_pieces_repeated_in_a_batch_are_read_once_with_the_same_tags(settings):
    from dataclasses import replace

    from nlp.entities import load_tagger, tag_texts_about
    from policywatch_core.config import load_watchlist

    tagger = load_tagger(load_watchlist(settings.config_dir).items, settings.spacy_model or None)
    assert tagger.ner is not None
    texts = [title + "\n\n" + body for title, body in TEXTS]
    # the first report syndicated by two more outlets, one of them adding a sentence
    texts += [texts[0], texts[0] + "\nShares of the company fell 3 percent in Hong Kong."]
    counting = _CountingNer(tagger.ner)
    together = tag_texts_about(texts, replace(tagger, ner=cast(Any, counting)))
    assert len(counting.pieces) == len(set(counting.pieces))
    # each text alone: no other text to share a piece with
    alone = [tag_texts_about([text], tagger)[0] for text in texts]
    assert together == alone
    assert together[-2] == together[0]
    # the exact copy adds no piece to read; the longer copy shares its title with the first
    first = _CountingNer(tagger.ner)
    tag_texts_about(texts[: len(TEXTS)], replace(tagger, ner=cast(Any, first)))
    assert set(first.pieces) <= set(counting.pieces)
    assert len(counting.pieces) < len(first.pieces) + 2
