"""A learned detector of the policy kinds an article's head reports, beyond the rules' words.

The signal rules (``config/signals.toml``) find the wording a rule writer listed; each set of
articles written by someone else showed about three reported kinds in ten in words no rule had
("floats rules", "clears state aid", "gets a nod", 下架, 暂缓). This detector reads the head
of an article (the title and the first body sentence, where news states itself) and scores
each kind with a linear model over:

- the head's words (lower case, a crude stem) and, in Chinese, its character pairs;
- static word vectors (``nlp/models/kind-vectors-v1.npz``, distilled from the bundled
  sentence encoder by ``bench/build_kind_vectors.py``): for each seed word of the signal rules,
  how close the head's closest word comes to it, so that a word never seen in training still
  counts by the rule word it is near ("penalty" near "fined", "incentives" near "subsidies");
- the kinds the rules found in the head (an export ban is a restriction too).

A kind the rules did not already find in the head, scored above the model's threshold, becomes
a :class:`Signal` of the same shape as the rules' (kind, the head sentence that scores it
highest, the word of that sentence that weighs most as trigger), so ``nlp.about`` decides
whether it is reported or background as for any other signal. The weights are trained by
``bench/train_kinds.py`` and shipped as JSON (``nlp/models/kinds-v1.json``); loading needs
numpy only, once per process. Cost: a few dictionary look-ups and one small product per
article.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from nlp.han import HAN
from nlp.idcache import IdCache
from policywatch_core.models import Signal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

MODELS = Path(__file__).resolve().parent / "models"
DEFAULT_VECTORS_PATH = MODELS / "kind-vectors-v1.npz"
DEFAULT_MODEL_PATH = MODELS / "kinds-v1.json"

Vector = npt.NDArray[np.float32]

_CJK = re.compile(rf"[{HAN}]+")
_WORD = re.compile(r"^[a-z][a-z-]*$")
# Function words carry no kind; the vectors of content words only enter the mean and maximum.
_STOP_WORDS = """a an the and or but if of to in on at by for from with as is are was were
    be been being
    has have had do does did it its it's this that these those their his her they them we our you
    he she i said says say will would could should may might can must than then there here also
    not no new after before over under into about more most less up down out who which what when
    where while per each such other some any all both only own same so too very just now"""
STOP_WORDS = frozenset(_STOP_WORDS.split())
#: How much a word must push a kind (its own weight in the kind's model) to be that kind's
#: trigger: a detected kind needs a word of the head that carries it.
MIN_TRIGGER_WEIGHT = 1.0


class KindModelError(ValueError):
    """The detector's files cannot be used; the message names the file and the fix."""


@functools.lru_cache(maxsize=65536)  # a pure function of a word, asked per kind of each head
def stem(word: str) -> str:
    """A crude stem that folds the forms of a word together (ban, bans, banned, banning)."""
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix in ("ied", "ies"):
                return base + "y"
            if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "aeiouls":
                base = base[:-1]  # banned -> ban
            return base
    return word


def char_pairs(text: str) -> list[str]:
    """The Chinese character pairs of a text, run by run."""
    out: list[str] = []
    for run in _CJK.findall(text):
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return out


@dataclass(frozen=True, slots=True)
class WordVectors:
    """Static word vectors: word -> row of an int8 matrix, with one scale per dimension."""

    index: Mapping[str, int]
    matrix: Vector  # float32, dequantised once at load

    @property
    def dims(self) -> int:
        return int(self.matrix.shape[1])

    def get(self, word: str) -> Vector | None:
        """The vector of a word, or of its stem, or None."""
        row = self.index.get(word)
        if row is None:
            row = self.index.get(stem(word))
        return None if row is None else self.matrix[row]


@functools.cache
def load_vectors(path: Path = DEFAULT_VECTORS_PATH) -> WordVectors:
    """Read the vectors file once per process."""
    try:
        with np.load(path, allow_pickle=False) as data:
            words = [str(w) for w in data["words"]]
            matrix = data["vectors"].astype(np.float32) * data["scale"].astype(np.float32)
    except FileNotFoundError:
        raise KindModelError(
            f"{path} is missing: rebuild it with `python -m bench.build_kind_vectors`"
        ) from None
    except (KeyError, ValueError, OSError) as exc:
        raise KindModelError(
            f"{path} is not a kind-vectors file ({exc}): rebuild it with "
            "`python -m bench.build_kind_vectors`"
        ) from None
    return WordVectors({w: i for i, w in enumerate(words)}, matrix)


@dataclass(frozen=True, slots=True)
class Unit:
    """What the detector reads of a head: its sparse features and its dense vector features."""

    sparse: frozenset[str]
    dense: Vector


def seed_matrix(seeds: Sequence[str], vectors: WordVectors) -> Vector:
    """The unit-length vectors of the seed words (zeros for a word the table lacks)."""
    rows = np.zeros((len(seeds), vectors.dims), dtype=np.float32)
    for i, word in enumerate(seeds):
        vec = vectors.get(word)
        if vec is not None:
            rows[i] = vec / (float(np.linalg.norm(vec)) or 1.0)
    return rows


#: Per (seed matrix, table, word): the word's cosines to the seeds, computed once per process
#: (bounded); the matrix and the table are kept and checked (:class:`nlp.idcache.IdCache`), so a
#: matrix or table made later at a freed one's address is never answered with its cosines.
_NEAR: IdCache[Vector | None] = IdCache(65536)


def _near(word: str, seeds: Vector, vectors: WordVectors) -> Vector | None:
    def make() -> Vector | None:
        unit = _unit(word, vectors)
        return None if unit is None else np.asarray(seeds @ unit, dtype=np.float32)

    return _NEAR.get((seeds, vectors), word, make)


#: Per (table, word): the word's unit vector (None for a function word or a word the table
#: lacks), the same for every seed matrix; the table is kept and checked (bounded).
_UNIT: IdCache[Vector | None] = IdCache(65536)


def _unit(word: str, vectors: WordVectors) -> Vector | None:
    def make() -> Vector | None:
        vec = vectors.get(word) if _WORD.match(word) and word not in STOP_WORDS else None
        return None if vec is None else vec / (float(np.linalg.norm(vec)) or 1.0)

    return _UNIT.get((vectors,), word, make)


def similarities(tokens: Iterable[str], seeds: Vector, vectors: WordVectors) -> Vector:
    """Per seed word, the cosine of the closest content word among ``tokens``."""
    rows = [r for r in (_near(t, seeds, vectors) for t in tokens) if r is not None]
    if not rows:
        return np.zeros(len(seeds), dtype=np.float32)
    out: Vector = np.maximum.reduce(rows)
    return out


def closest_cosines(
    word: str, matrices: Iterable[Vector], vectors: WordVectors
) -> tuple[float, ...]:
    """Per seed matrix, the cosine of ``word`` to its closest seed.

    For each matrix ``float(similarities([word], matrix, vectors).max())`` (0 for a matrix with
    no seed), from the word's unit vector read once, without a cache entry per matrix.
    """
    unit = _unit(word, vectors)
    if unit is None:  # similarities gives zeros for a word it does not read
        return tuple(0.0 for _ in matrices)
    return tuple(float((matrix @ unit).max()) if len(matrix) else 0.0 for matrix in matrices)


def unit_features(
    texts: Sequence[Sequence[str]],
    cjk: str,
    vectors: WordVectors,
    rule_kinds: Iterable[str] = (),
    seeds: Vector | None = None,
) -> Unit:
    """The features of a head given as lists of lower-cased tokens, and its Chinese text.

    ``rule_kinds`` are the kinds the rules found in the head: an export ban is also a
    restriction, a licence granted to ship chips both an approval and an export control.
    ``seeds`` (see :func:`seed_matrix`): the dense features are, per seed word of the rules,
    how close the head's closest word comes to it; a word never seen in training still
    counts by the seed it is near.
    """
    sparse: set[str] = {"r:" + kind for kind in rule_kinds}
    for tokens in texts:
        sparse.update("w:" + stem(t) for t in tokens if _WORD.match(t) and t not in STOP_WORDS)
    sparse.update("c:" + b for b in char_pairs(cjk))
    if seeds is None:
        dense = np.zeros(0, dtype=np.float32)
    else:
        dense = similarities([t for tokens in texts for t in tokens], seeds, vectors)
    return Unit(frozenset(sparse), dense)


@dataclass(frozen=True, slots=True)
class KindWeights:
    """One kind's linear model."""

    bias: float
    sparse: Mapping[str, float]
    dense: Vector
    threshold: float


@dataclass(frozen=True, slots=True)
class KindModel:
    """The detector: a linear model per kind over a head's features."""

    kinds: Mapping[str, KindWeights]
    dense_mean: Vector
    dense_scale: Vector
    # the seed words whose similarities are the dense features (none: words and pairs only)
    seeds: tuple[str, ...] = ()

    def scores(self, unit: Unit) -> dict[str, float]:
        """The decision value (log-odds) of each kind for a head."""
        dense = (unit.dense - self.dense_mean) / self.dense_scale if self.seeds else None
        out: dict[str, float] = {}
        for kind, w in self.kinds.items():
            value = w.bias + sum(w.sparse.get(f, 0.0) for f in unit.sparse)
            if dense is not None:
                value += float(dense @ w.dense)
            out[kind] = value
        return out

    def word_weight(self, kind: str, token: str, vectors: WordVectors, seeds: Vector) -> float:
        """How much one word pushes a kind (its own weight; for picking the trigger)."""
        w = self.kinds[kind]
        value = w.sparse.get("w:" + stem(token), 0.0)
        if self.seeds:
            near = similarities([token], seeds, vectors)
            value += float(((near - self.dense_mean) / self.dense_scale) @ w.dense)
        return value

    def to_json(self) -> dict[str, object]:
        return {
            "version": "kinds-v1",
            "seeds": list(self.seeds),
            "dense_mean": [round(float(x), 6) for x in self.dense_mean],
            "dense_scale": [round(float(x), 6) for x in self.dense_scale],
            "kinds": {
                kind: {
                    "bias": round(w.bias, 6),
                    "threshold": round(w.threshold, 6),
                    "sparse": {f: round(v, 4) for f, v in sorted(w.sparse.items()) if v},
                    "dense": [round(float(x), 4) for x in w.dense],
                }
                for kind, w in self.kinds.items()
            },
        }

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> KindModel:
        kinds_raw = data["kinds"]
        if not isinstance(kinds_raw, dict):
            raise KindModelError("kinds must be a table")
        kinds = {
            str(kind): KindWeights(
                float(raw["bias"]),
                {str(f): float(v) for f, v in raw["sparse"].items()},
                np.asarray(raw["dense"], dtype=np.float32),
                float(raw["threshold"]),
            )
            for kind, raw in kinds_raw.items()
        }
        return cls(
            kinds,
            np.asarray(data["dense_mean"], dtype=np.float32),
            np.asarray(data["dense_scale"], dtype=np.float32),
            tuple(str(w) for w in data.get("seeds", [])),  # type: ignore[attr-defined]
        )


@functools.cache
def load_model(path: Path = DEFAULT_MODEL_PATH) -> KindModel:
    """Read the detector's weights once per process."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return KindModel.from_json(data)
    except FileNotFoundError:
        raise KindModelError(
            f"{path} is missing: retrain it with `python -m bench.train_kinds`"
        ) from None
    except (KeyError, TypeError, ValueError) as exc:
        raise KindModelError(
            f"{path} is not a kind model ({exc}): retrain it with `python -m bench.train_kinds`"
        ) from None


def head_sentences(doc: Doc, sentences: Sequence[Span]) -> list[Span]:
    """The title's sentences and the first body sentence (title and body split by a blank line)."""
    title_end = _title_end(sentences)
    if title_end < 0:
        return list(sentences[:1])
    head = [s for s in sentences if s.start_char < title_end and s.text.strip()]
    body = next((s for s in sentences if s.start_char > title_end and s.text.strip()), None)
    return head + ([body] if body is not None else [])


def _title_end(sentences: Sequence[Span], within: int = 3) -> int:
    """Where the blank line after the title is (-1 when none of the first sentences has one).

    Read from the first sentences' tokens: ``doc.text`` would join every token of the article.
    """
    for sent in sentences[:within]:
        for token in sent:
            at = token.text_with_ws.find("\n\n")
            if at >= 0:
                return int(token.idx) + at
    return -1


def _tokens(sent: Span) -> list[str]:
    return [t.lower_ for t in sent]


def detect_kinds(
    doc: Doc,
    sentences: Sequence[Span],
    found: Iterable[Signal],
    offset: int = 0,
    model: KindModel | None = None,
    has_actor: Callable[[Span], bool] | None = None,
    vectors: WordVectors | None = None,
    actor_words: Collection[str] = (),
    actor_starts: Collection[int] = (),
) -> list[Signal]:
    """The kinds the head reports that the rules did not find there, as signals.

    Args:
        doc: the tagged document (title, two newlines, body), sentences set.
        sentences: ``list(doc.sents)``.
        found: the rules' signals of the document (offsets shifted by ``offset``).
        offset: added to every offset, as in ``nlp.signals.find_signals``.
        model: the detector (the shipped file by default).
        has_actor: whether a sentence names someone who takes policy actions (a government,
            a regulator, a watchlist agency...); the detector reads only heads that name one:
            "shelves its IPO" or "clears a hurdle" in a company's news is no policy action.
        vectors: the static word vectors (the shipped file by default).
        actor_words: words (lower case, or Chinese) that name who acts ("cabinet", "ministry",
            国家): they tell that a head is about an authority, not which kind of action it
            takes, so they are never a kind's trigger; nor are the linked actors' names, whose
            start offsets in ``doc`` are ``actor_starts``, nor the words of a rule's trigger
            (the rules have read them as another kind: "approved" of an approval is no subsidy).

    Two precision bars (see docs/decisions/2026-12-03-reported-signals-third-round.md): the
    detector names the kinds of a head the rules already read as a policy action (some
    rule found a signal of another kind there), it never decides on its own that a head is
    policy news (a judge's sentence, an election, a boxing "regulation win"); and a kind needs
    a word of the head that pushes it (by at least ``MIN_TRIGGER_WEIGHT``), other than an
    actor's word, a name or a word a rule already read.
    """
    head = head_sentences(doc, sentences)
    if not head or (has_actor is not None and not any(has_actor(s) for s in head)):
        return []
    lo, hi = offset + head[0].start_char, offset + head[-1].end_char
    in_head_signals = [s for s in found if lo <= s.start < hi]
    in_head = {s.kind for s in in_head_signals}
    if not in_head:
        return []
    model = model or load_model()
    vectors = vectors or load_vectors()
    texts = [_tokens(s) for s in head]
    seeds = _seeds(model.seeds, vectors)
    unit = unit_features(texts, "".join(s.text for s in head), vectors, in_head, seeds)
    out: list[Signal] = []
    for kind, value in model.scores(unit).items():
        if kind in in_head or value < model.kinds[kind].threshold:
            continue
        best: tuple[float, Span, str] | None = None
        for sent, tokens in zip(head, texts, strict=True):
            sentence_unit = unit_features([tokens], sent.text, vectors, in_head, seeds)
            score = model.scores(sentence_unit)[kind]
            if best is None or score > best[0]:
                skip = _skipped_tokens(sent, in_head_signals, offset, actor_starts)
                trigger = _trigger(model, kind, sent, tokens, vectors, seeds, actor_words, skip)
                best = (score, sent, trigger)
        assert best is not None
        _score, sent, trigger = best
        if not trigger:
            continue  # no word of the sentence but an actor's or a name pushes the kind
        text = sent.text.strip()
        lead = len(sent.text) - len(sent.text.lstrip())
        start = offset + sent.start_char + lead
        out.append(Signal(kind, text, start, start + len(text), trigger=trigger))
    return out


def _seeds(words: tuple[str, ...], vectors: WordVectors) -> Vector:
    return _SEED_CACHE.get((vectors,), words, lambda: seed_matrix(words, vectors))


#: Per (table, seed words): the seed matrix; the table is kept and checked (bounded: every
#: table passed is kept while its entry lives).
_SEED_CACHE: IdCache[Vector] = IdCache(256)


def _trigger(
    model: KindModel,
    kind: str,
    sent: Span,
    tokens: Sequence[str],
    vectors: WordVectors,
    seeds: Vector,
    actor_words: Collection[str] = (),
    skip: Collection[int] = (),
) -> str:
    """The word of a sentence that weighs most for a kind (a Chinese pair for Chinese).

    Actors' words, the tokens of ``skip`` (their indexes in the sentence) and a Chinese pair
    that overlaps an actor's name are not candidates; "" when no candidate pushes the kind by
    ``MIN_TRIGGER_WEIGHT``.
    """
    best, weight = "", MIN_TRIGGER_WEIGHT
    for number, (token, original) in enumerate(zip(tokens, sent, strict=True)):
        if not _WORD.match(token) or token in STOP_WORDS or token in actor_words:
            continue
        if number in skip:
            continue
        value = model.word_weight(kind, token, vectors, seeds)
        if value > weight:
            best, weight = original.text, value
    sparse = model.kinds[kind].sparse
    taken = _actor_chars(sent.text, actor_words)
    for at, pair in _pairs(sent.text):
        if taken & {at, at + 1}:
            continue
        value = sparse.get("c:" + pair, 0.0)
        if value > weight:
            best, weight = pair, value
    return best


def _skipped_tokens(
    sent: Span, signals: Sequence[Signal], offset: int, actor_starts: Collection[int]
) -> set[int]:
    """The tokens of a sentence (indexes in it) that cannot be a detected kind's trigger.

    Linked actors' names (from their start offsets to the end of the token run of capitalised
    words) and the words of the rules' triggers in the sentence.
    """
    skip: set[int] = set()
    begin = offset + sent.start_char
    spans: list[tuple[int, int]] = []
    lowered = sent.text.lower()
    for signal in signals:
        if signal.start != begin + (len(sent.text) - len(sent.text.lstrip())) or not signal.trigger:
            continue
        at = lowered.find(signal.trigger.lower())
        if at >= 0:
            spans.append((sent.start_char + at, sent.start_char + at + len(signal.trigger)))
    starts = {a for a in actor_starts if sent.start_char <= a < sent.end_char}
    in_name = False
    for number, token in enumerate(sent):
        if token.idx in starts:
            in_name = True
        elif in_name and not token.text[:1].isupper():
            in_name = False
        if in_name or any(a <= token.idx < b for a, b in spans):
            skip.add(number)
    return skip


def _actor_chars(text: str, actor_words: Collection[str]) -> set[int]:
    """The positions of the characters of ``text`` inside a Chinese actor's word."""
    taken: set[int] = set()
    for word in actor_words:
        if not _CJK.match(word):
            continue
        at = text.find(word)
        while at >= 0:
            taken.update(range(at, at + len(word)))
            at = text.find(word, at + 1)
    return taken


def _pairs(text: str) -> list[tuple[int, str]]:
    """The Chinese character pairs of a text with their positions."""
    out: list[tuple[int, str]] = []
    for run in _CJK.finditer(text):
        out.extend((run.start() + i, run.group()[i : i + 2]) for i in range(len(run.group()) - 1))
    return out
