"""What the stage and sourcing round tests share: the sentence split they write their texts for,
and the rules' stage and sourcing of a text."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from nlp.about import Sentence, sourcing, split_sentences, stage
from nlp.entities import Tagger, tag_texts_about
from policywatch_core.models import Signal

#: A sentence ends at a full stop or question mark (followed by a space or the end), at a Chinese
#: one, or at a blank line.
_END = re.compile(r"[.?。？](?=\s|$)|[。？]|\n\n")


def spans_of(text: str) -> list[tuple[int, int]]:
    """Sentences split at full stops, question marks and the blank line."""
    spans = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def sentences_of(text: str) -> list[Sentence]:
    return split_sentences(text, spans_of(text))


def stage_of(
    text: str,
    cues: Any,
    *,
    signal: bool = True,
    published: date | None = None,
    companies: tuple[str, ...] = (),
) -> str:
    """The rules' stage; with ``signal``, the title holds a reported policy signal; with
    ``published``, a stated effective day is read against that day; ``companies``: the names
    of the companies the tagger linked."""
    sentences = sentences_of(text)
    title = sentences[0]
    signals = [Signal("law-regulation", title.text, title.start, title.end, "")] if signal else []
    source = sourcing(sentences, [], {}, cues)
    if published is None and not companies:
        return stage(sentences, signals, source, cues).value
    return stage(
        sentences, signals, source, cues, published=published, company_names=companies
    ).value


def sourcing_of(text: str, cues: Any) -> str:
    return sourcing(sentences_of(text), [], {}, cues).value


def tagged_sourcing(tagger: Tagger, title: str, body: str) -> str:
    """The sourcing the whole tagging gives an article (watchlist names linked)."""
    return tag_texts_about([f"{title}\n\n{body}"], tagger)[0].sourcing.value


def stage_with_context(text: str, cues: Any, *, trigger: str) -> str:
    """The rules' stage when the tagger found one signal, at ``trigger`` in the first body
    sentence, and judged it context (not reported)."""
    sentences = sentences_of(text)
    lead = sentences[1]
    signals = [Signal("restriction", lead.text, lead.start, lead.end, trigger, reported=False)]
    source = sourcing(sentences, [], {}, cues)
    return stage(sentences, signals, source, cues).value


def named_cases(rows: list[tuple[str, str, str, str]]) -> pytest.MarkDecorator:
    """Parametrise a test over ``(name, title, body, expected)`` rows named by their first field."""
    return pytest.mark.parametrize(
        ("name", "title", "body", "expected"), rows, ids=[r[0] for r in rows]
    )
