"""Who, where and how many a headline states, by the statistical NER (for headline-only reports).

A headline-only report carries its event's arguments in a few words, often in title case or in
capitals, where the capitalisation rule of :func:`nlp.lexical.names` sees one long name
("San Diego Chargers Defensive Tackle Faces DUI Charges"). The statistical named-entity model
reads them as a reader would: a person, a place, a count. Two headlines that each state a person
(or a place, or a count) and share none report two events more often than one (measured on the
ECB+ train split; see docs/decisions/2026-12-03-headline-evidence.md).

Keys are typed: ``per:<surname>`` (the last word of a person's name, so "Vincent Jackson" and
"Jackson" agree), ``loc:<place>`` and ``num:<count>``. The model loads lazily, once per process,
without the parser and tagger (the recogniser alone); when it is not installed, headlines state
nothing and the conflicts stay 0.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

#: The statistical pipeline read (the tagger's default model, ``Settings.spacy_model``).
MODEL = "en_core_web_sm"
#: NER labels read, by the key type they give.
TYPES: dict[str, str] = {
    "PERSON": "per",
    "GPE": "loc",
    "LOC": "loc",
    "FAC": "loc",
    "CARDINAL": "num",
    "QUANTITY": "num",
    "MONEY": "num",
}
#: The key types a conflict is measured for (in the order of :func:`conflicts`).
CONFLICT_TYPES: tuple[str, ...] = ("per", "loc", "num")
#: Headlines are short: a longer title is cut to this many characters before it is read.
MAX_CHARS = 300

_POSSESSIVE = re.compile(r"['’]s?\b|['’]$")
#: Words of a dateline or time stamp rather than of a headline: calendar words (months and
#: weekdays, and their short forms), clock words, time-zone abbreviations and the stamp words of a
#: page ("posted", "updated"). A title made only of them, numbers and punctuation states no event.
_STAMP_TEXT = (
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
    " monday tuesday wednesday thursday friday saturday sunday"
    " mon tue tues wed thu thur thurs fri sat sun"
    " am pm a.m p.m noon midnight st nd rd th"
    " gmt utc bst cet cest est edt cst cdt mst mdt pst pdt et ct pt ist aest jst"
    " posted updated published last modified on at by"
)
STAMP_WORDS: frozenset[str] = frozenset(_STAMP_TEXT.split())
_STAMP_TOKEN = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")
_NAME_LABELS = frozenset(("ORG", "GPE", "LOC", "FAC", "NORP", "PERSON"))
_SPACE = re.compile(r"\s+")


@functools.cache
def _recogniser() -> Language | None:
    from nlp.entities import _load_statistical

    nlp, _ = _load_statistical(MODEL)
    return nlp


def _key(label: str, text: str) -> str | None:
    kind = TYPES.get(label)
    if kind is None:
        return None
    words = _SPACE.sub(" ", _POSSESSIVE.sub("", text.lower())).strip(" .,:;-'\"").split()
    if not words:
        return None
    if kind == "per":
        return f"per:{words[-1]}"
    return f"{kind}:{' '.join(words)}"


def is_stamp(title: str) -> bool:
    """Whether a title is a dateline, a time or a page's date stamp rather than a headline.

    True when every word is a calendar, clock or stamp word (:data:`STAMP_WORDS`; numbers and
    punctuation are not words): "Friday, June 7, 2013", "8 / 2 / 13 at 1: 30 PM", "Posted:
    Nov 27, 2005 8: 20 AM ET". An empty title is no headline either.
    """
    words = [w.lower().rstrip(".") for w in _STAMP_TOKEN.findall(title)]
    return all(w in STAMP_WORDS for w in words)


#: Key of a title the recogniser reads as one name and nothing else (a page or section label,
#: "THE WHITE HOUSE"): a name alone states no event (:func:`states_event`).
LABEL_KEY = "label:name"
#: A label is at most this many words: in title case and capitals the recogniser reads whole
#: headlines as one name ("Lindsay Lohan Checks Into Court - Ordered Rehab"), which state events.
LABEL_WORDS = 3


def keys_of(spans: Any, doc: Any = None) -> frozenset[str]:
    """Typed keys of recognised spans (objects with ``label_`` and ``text``).

    With the read ``doc``: also :data:`LABEL_KEY` when one name span covers all its words.
    """
    out = set()
    if doc is not None:
        words = [t for t in doc if not (t.is_punct or t.is_space)]
        if (
            len(spans) == 1
            and spans[0].label_ in _NAME_LABELS
            and 0 < len(words) <= LABEL_WORDS
            and all(spans[0].start <= t.i < spans[0].end for t in words)
        ):
            out.add(LABEL_KEY)
    for span in spans:
        key = _key(span.label_, span.text)
        if key is not None:
            out.add(key)
    return frozenset(out)


#: Headlines read, with their keys (a run groups each report once, training many times).
_READ: dict[str, frozenset[str]] = {}
#: The cache is emptied when it holds this many headlines (memory stays bounded on long runs).
CACHE_SIZE = 8192
#: Headlines the recogniser reads at once (:func:`prime`): half the CPU of one at a time.
BATCH_SIZE = 64


def _text(title: str) -> str:
    return title.strip()[:MAX_CHARS]


def prime(titles: Iterable[str]) -> None:
    """Read the headlines not read yet in batches (:func:`entities` then finds them)."""
    todo = list(dict.fromkeys(t for t in map(_text, titles) if t and t not in _READ))
    if not todo:
        return
    nlp = _recogniser()
    if nlp is None:
        return
    if len(_READ) + len(todo) > CACHE_SIZE:
        _READ.clear()
    for text, doc in zip(todo, nlp.pipe(todo, batch_size=BATCH_SIZE), strict=True):
        _READ[text] = keys_of(doc.ents, doc)


def entities(title: str) -> frozenset[str]:
    """The typed keys (``per:``, ``loc:``, ``num:``) a headline states."""
    text = _text(title)
    if not text:
        return frozenset()
    found = _READ.get(text)
    if found is not None:
        return found
    nlp = _recogniser()
    if nlp is None:
        return frozenset()
    if len(_READ) >= CACHE_SIZE:
        _READ.clear()
    doc = nlp(text)
    found = _READ[text] = keys_of(doc.ents, doc)
    return found


def states_event(title: str, keys: frozenset[str] | None = None) -> bool:
    """Whether a headline can tell which event its report is about.

    Not a dateline or time stamp (:func:`is_stamp`), nor a name alone (``keys``: the title's
    :func:`entities`, read when not given). A headline-only report whose title states no event
    has no headline evidence: it is grouped on nothing rather than on its date's words.
    """
    if is_stamp(title):
        return False
    found = entities(title) if keys is None else keys
    return LABEL_KEY not in found


def conflicts(a: frozenset[str], b: frozenset[str]) -> tuple[float, ...]:
    """Per key type (:data:`CONFLICT_TYPES`): 1 when the headlines clash, else 0.

    A clash: both headlines state keys of the type and share none of them.
    """
    out = []
    for kind in CONFLICT_TYPES:
        prefix = kind + ":"
        mine = {k for k in a if k.startswith(prefix)}
        theirs = {k for k in b if k.startswith(prefix)}
        out.append(1.0 if mine and theirs and mine.isdisjoint(theirs) else 0.0)
    return tuple(out)
