"""A learned reading of the kinds an article reports: one decision per (article, kind).

The rules find a kind in two steps, each losing reported kinds on articles nobody tuned them on:
detection (the signal rules' words, ``config/signals.toml``) and the reported/background decision
(``nlp.about.mark_reported``). This reading takes both steps at once: for every kind of
``nlp.signals.KINDS`` it scores "does this article report it" with one logistic regression over
general features (no ids, no set's words):

- the rules' evidence for the kind, shared by every kind (``nlp.about.FEATURES["reported"]``:
  detected or not, where: title / lead / later, the background cues, modal, the parse's
  subordinate clause, names the main subject or an actor...), and the kind's own bias;
- the head's words (title and first body sentence, a crude stem) and Chinese character pairs,
  each weighed per kind (what the kind detector ``nlp.kinds`` reads);
- how close the head's closest word comes to the kind's own seed words (the signal rules'
  words), through the static word vectors of ``nlp/models/kind-vectors-v1.npz``, in the title
  and in the first sentence: a word no rule lists still counts by the rule word it is near;
- the kinds the rules report elsewhere in the article (an export ban is a restriction too);
- whether every signal of the kind tells a rule standing as it was ("the law itself still takes
  effect", 仍然, ``nlp.about.standing_kinds``): the state a piece of news leaves unchanged;
- who acts in the head (:func:`head_subject`): an authority or only a company is the subject of
  the title or the first sentence, from the parse's roles of the linked entities (a company's
  launch that "shrugs off US curbs" reports no curb);
- the kind detector's probability for the kind (:func:`detector_probabilities`, ``nlp.kinds``
  read on the same head), when the model was trained with it: the detector reads the head's
  words with its own weights, trained on every kind the articles report whatever the rules found.

The weights are trained by ``bench/train_reported.py`` and shipped as plain JSON
(``nlp/models/reported-v1.json``): a feature -> weight table, an intercept and a threshold,
evaluated in pure Python (a sum over the item's features, then a sigmoid); the file is read once
per process. A kind the reading adds gets a signal of the rules' shape (kind, the head sentence
of its trigger, the head word that weighs most for it); a kind it does not report has its
signals marked background. Whether tagging uses it is ``Settings.reported_reading``.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from nlp.idcache import IdCache
from nlp.kinds import (
    STOP_WORDS,
    KindModel,
    WordVectors,
    char_pairs,
    closest_cosines,
    load_vectors,
    seed_matrix,
    similarities,
    stem,
    unit_features,
)
from nlp.kinds import load_model as load_detector
from nlp.signals import KINDS
from policywatch_core.models import Signal

MODEL_PATH = Path(__file__).resolve().parent / "models" / "reported-v1.json"
VERSION = "reported-v1"
#: How a head word must push a kind (its own weight) to be the trigger of a kind the reading adds.
MIN_TRIGGER_WEIGHT = 0.2
#: The probability from which a kind the rules report stays reported (``ReadingModel.keep``),
#: for a model file that does not name its own (``rules_keep``). Below the reading's threshold:
#: out of sample, on forms the reading was not trained on, its low probabilities for the rules'
#: kinds are read from the head's words, the other kinds and the head's shape rather than from
#: evidence of background, and it lost recall against the rules it refines (chosen leaving one
#: set out at a time, ``bench/train_reported.py``; see
#: docs/decisions/2026-12-07-reported-learned-reading-fourteenth-round.md).
RULES_KEEP: float | None = 0.25

_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


class ReportedModelError(ValueError):
    """The reading's model file cannot be used; the message names the file and the fix."""


@dataclass(frozen=True, slots=True)
class Head:
    """What the reading sees of an article's head: its title and its first body sentence."""

    title: str
    first: str
    # (start, end, text) of each head sentence in the tagged text, for the signals it adds
    sentences: tuple[tuple[int, int, str], ...] = ()


def words_of(text: str) -> list[str]:
    """The content words of a text, lower case (function words left out)."""
    return [w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in STOP_WORDS]


def lexical(kind: str, text: str) -> set[str]:
    """The kind's word and pair features of a text (``kind|w:stem``, ``kind|c:pair``)."""
    out = {f"{kind}|w:{stem(w)}" for w in words_of(text)}
    out.update(f"{kind}|c:{p}" for p in char_pairs(text))
    return out


def nearness(text: str, seeds: np.ndarray, vectors: WordVectors) -> float:
    """How close the text's closest content word comes to one of ``seeds`` (cosine, 0 if none)."""
    if not len(seeds):
        return 0.0
    sims = similarities(words_of(text), seeds, vectors)
    return float(max(0.0, float(sims.max()))) if len(sims) else 0.0


#: The roles of an entity that make it a subject of the head (``nlp.about``'s main evidence).
_SUBJECT_ROLES = ("title_subject", "first_subject")


def head_subject(main: Mapping[str, Mapping[str, float]]) -> str:
    """Who acts in the head, from the parse's roles of the linked entities (``Evidence.main``).

    ``authority``: a country, region, government or agency is the subject of the title or the
    first sentence ("Washington slams the door on ...", 商务部宣布 ...); ``company``: only a
    company is ("Huawei maps out three years of chips, shrugs off US curbs": the policy is the
    object or the cause of the company's verb); ``""``: neither (no linked subject).
    """
    company = authority = False
    for values in main.values():
        if not any(values.get(role) for role in _SUBJECT_ROLES):
            continue
        if values.get("geo") or values.get("agency"):
            authority = True
        elif values.get("company"):
            company = True
    return "authority" if authority else "company" if company else ""


def features(
    kind: str,
    head: Head,
    evidence: Mapping[str, Mapping[str, float]],
    rules_reported: Iterable[str],
    near: Mapping[str, float] | None = None,
    terms: Sequence[str] | None = None,
    subject: str = "",
    detector: float | None = None,
    standing: bool = False,
) -> dict[str, float]:
    """The features of one (article, kind) item.

    Args:
        kind: the policy kind asked about.
        head: the article's title and first body sentence.
        evidence: ``nlp.about.Evidence.reported``: per kind the rules detected, the reported
            decision's features.
        rules_reported: the kinds the rules report in the article.
        near: the kind's nearness to its seed words in the title and the first sentence
            (``title`` and ``first``; :func:`nearness`), when the vectors are used.
        terms: the head's word and pair features without their kind, when the caller has read
            them once for every kind (:func:`item_features`); None: read from ``head``.
        subject: who acts in the head (:func:`head_subject`), "" when no linked entity does.
        detector: the kind detector's probability for the kind on the head
            (:func:`detector_probabilities`), None when the model does not read it.
        standing: every signal of the kind tells a rule standing as it was
            (``nlp.about.standing_kinds``; part of the rules' evidence: ``e:standing``).
    """
    out: dict[str, float] = {f"{kind}|bias": 1.0}
    own = evidence.get(kind)
    reported = set(rules_reported)
    if own is not None:
        out["detected"] = 1.0
        out[f"{kind}|detected"] = 1.0
        for name, value in own.items():
            if value:
                out[f"e:{name}"] = float(value)
        if standing:
            out[STANDING] = 1.0
    if kind in reported:
        out[f"{kind}|rules"] = 1.0
    others = sorted(reported - {kind})
    if others:
        out["other_reported"] = 1.0
    for other in others:
        out[f"{kind}|o:{other}"] = 1.0
    if terms is None:
        for feature in lexical(kind, head.title) | lexical(kind, head.first):
            out[feature] = 1.0
    else:
        for term in terms:
            out[f"{kind}|{term}"] = 1.0
    if near:
        for where, value in near.items():
            out[f"near_{where}"] = value
            out[f"{kind}|near_{where}"] = value
    if subject:
        out[f"subject_{subject}"] = 1.0
        out[f"{kind}|subject_{subject}"] = 1.0
    if detector is not None:
        add_detector(out, kind, detector)
    return out


#: The feature that tells a model was trained with the kind detector's probabilities.
DETECTOR = "detector"
#: The rules' evidence that every signal of the kind tells a rule standing as it was.
STANDING = "e:standing"


def add_detector(item: dict[str, float], kind: str, probability: float) -> None:
    """Add the kind detector's probability for ``kind`` to an item (shared and per kind)."""
    if probability:
        item[DETECTOR] = probability
        item[f"{kind}|{DETECTOR}"] = probability


_TOKEN = re.compile(r"[a-z][a-z-]*")


def head_tokens(head: Head) -> list[list[str]]:
    """The head's title and first sentence as lower-cased word tokens (the detector's input)."""
    return [_TOKEN.findall(text.lower()) for text in (head.title, head.first) if text]


def head_kinds(evidence: Mapping[str, Mapping[str, float]]) -> frozenset[str]:
    """The kinds the rules found in the head: a signal in the title or the first sentence."""
    return frozenset(
        kind
        for kind, values in evidence.items()
        if values.get("in_title") or values.get("in_first")
    )


def detector_probabilities(
    head: Head,
    found: Iterable[str],
    detector: KindModel | None = None,
    vectors: WordVectors | None = None,
) -> dict[str, float]:
    """Per kind of the detector, the probability it gives that the head reports the kind.

    Read once per article: the head's words, Chinese pairs and nearness to the detector's seed
    words (``nlp.kinds.unit_features``), with ``found`` the kinds the rules found in the head
    (:func:`head_kinds`). Unlike ``nlp.kinds.detect_kinds`` no precision bar applies (a head
    without an authority, a kind the rules found already): the reading weighs the probability.
    """
    detector = detector or load_detector()
    vectors = vectors or load_vectors()
    seeds = _detector_seeds(detector, vectors)
    unit = unit_features(
        head_tokens(head),
        head.title + head.first,
        vectors,
        found,
        seeds if detector.seeds else None,
    )
    out: dict[str, float] = {}
    for kind, score in detector.scores(unit).items():
        out[kind] = _sigmoid(score)
    return out


#: Per (detector, table): the detector's seed matrix; both kept and checked (bounded).
_DETECTOR_SEEDS: IdCache[np.ndarray] = IdCache(256)


def _detector_seeds(detector: KindModel, vectors: WordVectors) -> np.ndarray:
    return _DETECTOR_SEEDS.get(
        (detector, vectors), None, lambda: seed_matrix(detector.seeds, vectors)
    )


def detector_candidates(
    head: Head,
    evidence: Mapping[str, Mapping[str, float]],
    cut: float,
    detector: KindModel | None = None,
    vectors: WordVectors | None = None,
    probabilities: Mapping[str, float] | None = None,
) -> frozenset[str]:
    """The kinds no signal rule found that the kind detector gives the head at least ``cut``.

    ``evidence``: ``Evidence.reported`` (its kinds are the ones the rules detected);
    ``probabilities``: the detector's probabilities when the caller has them
    (:func:`detector_probabilities`), read with ``detector`` (the shipped one by default)
    otherwise. The reading reports such a kind when its own probability is at least the model's
    ``floor`` (:func:`apply_reading`): detection widened where the rules' words miss.
    """
    if probabilities is None:
        probabilities = detector_probabilities(head, head_kinds(evidence), detector, vectors)
    return frozenset(k for k, p in probabilities.items() if p >= cut and k not in evidence)


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    e = math.exp(score)
    return e / (1.0 + e)


@dataclass(frozen=True, slots=True)
class ReadingModel:
    """One logistic regression over every (article, kind) item, shared across kinds."""

    weights: Mapping[str, float]
    intercept: float
    threshold: float
    # per kind, the signal rules' words its nearness is measured to (none: no vectors)
    seeds: Mapping[str, tuple[str, ...]]
    # the kind detector's candidates (:func:`detector_candidates`): a kind no rule found with a
    # detector probability of at least ``cut`` is reported from a probability of ``floor``
    # (None: no candidates). A set cut also gates every kind no rule found: such a kind is
    # reported only as a candidate, never from the head's words at ``threshold``
    # (:func:`apply_reading`)
    cut: float | None = None
    floor: float = 0.0
    # a kind the rules report is read as reported from this probability rather than from
    # ``threshold`` (None: from ``threshold``): the reading drops what the rules find only when
    # it reads it background with some confidence (:data:`RULES_KEEP`)
    keep: float | None = RULES_KEEP

    def probability(self, item: Mapping[str, float]) -> float:
        """The probability that the article reports the item's kind.

        The weighed features are summed exactly (``math.fsum``): the result does not depend on
        the order the item lists its features in.
        """
        w = self.weights
        return _sigmoid(math.fsum([self.intercept, *(w.get(f, 0.0) * v for f, v in item.items())]))

    @property
    def reads_detector(self) -> bool:
        """Whether the model was trained with the kind detector's probabilities."""
        return DETECTOR in self.weights

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "version": VERSION,
            "about": "learned reading of the kinds an article reports (nlp.reported_reading)",
            "intercept": round(self.intercept, 6),
            "threshold": round(self.threshold, 6),
        }
        if self.cut is not None:
            out["detector_cut"] = round(self.cut, 6)
            out["detector_floor"] = round(self.floor, 6)
        # written also when there is none (null), so that it reads back as None, not as the
        # default a file naming no keep gets (:data:`RULES_KEEP`)
        out["rules_keep"] = None if self.keep is None else round(self.keep, 6)
        out["seeds"] = {k: list(v) for k, v in sorted(self.seeds.items())}
        out["weights"] = {f: round(v, 5) for f, v in sorted(self.weights.items()) if round(v, 5)}
        return out

    @classmethod
    def from_json(cls, data: object, source: str = "model") -> ReadingModel:
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise ReportedModelError(f"{source}: not a {VERSION} model")
        try:
            weights = {str(f): float(v) for f, v in data["weights"].items()}
            seeds = {str(k): tuple(str(w) for w in v) for k, v in data["seeds"].items()}
            cut = data.get("detector_cut")
            keep = data.get("rules_keep", RULES_KEEP)
            return cls(
                weights,
                float(data["intercept"]),
                float(data["threshold"]),
                seeds,
                None if cut is None else float(cut),
                float(data.get("detector_floor", 0.0)),
                None if keep is None else float(keep),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ReportedModelError(f"{source}: malformed ({exc!r})") from None


@functools.cache
def load_model(path: Path = MODEL_PATH) -> ReadingModel:
    """Read the reading's model file once per process."""
    fix = "retrain it with `python -m bench.train_reported`"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReportedModelError(f"{path} is missing: {fix}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ReportedModelError(f"{path} is not valid JSON ({exc}): {fix}") from None
    return ReadingModel.from_json(data, f"{path} ({fix})")


#: Per (model, table): the model's seed matrices; both kept and checked, so a model or table
#: made later at a freed one's address (the same id) gets its own matrices (bounded).
_SEEDS: IdCache[dict[str, np.ndarray]] = IdCache(256)


def _seed_matrices(model: ReadingModel, vectors: WordVectors) -> dict[str, np.ndarray]:
    def make() -> dict[str, np.ndarray]:
        return {k: seed_matrix(list(words), vectors) for k, words in model.seeds.items()}

    return _SEEDS.get((model, vectors), None, make)


#: Per (seed matrices, table, word): per kind of the matrices, the word's cosine to the kind's
#: closest seed word (None: the word has no vector), computed once per process (bounded); the
#: matrices and the table are kept and checked.
_WORD_NEAR: IdCache[tuple[float, ...] | None] = IdCache(16384)


def word_nearness(
    word: str, seeds: Mapping[str, np.ndarray], vectors: WordVectors
) -> tuple[float, ...] | None:
    """Per kind of ``seeds`` (in its order), the cosine of ``word`` to the kind's closest seed.

    The same cosines :func:`nearness` takes the maximum of, computed once per word rather than
    once per word and kind: the maximum over a text's words is the text's nearness.
    """

    def make() -> tuple[float, ...] | None:
        if vectors.get(word) is None:
            return None
        # the cosines similarities() gives, the word's unit vector read once for every kind
        return closest_cosines(word, seeds.values(), vectors)

    return _WORD_NEAR.get((seeds, vectors), word, make)


def _text_nearness(
    words: Sequence[str], seeds: Mapping[str, np.ndarray], vectors: WordVectors
) -> dict[str, float]:
    """Per kind of ``seeds``, :func:`nearness` of a text given as its content words."""
    best = [0.0] * len(seeds)
    for word in words:
        near = word_nearness(word, seeds, vectors)
        if near is not None:
            best = [max(b, n) for b, n in zip(best, near, strict=True)]
    return dict(zip(seeds, best, strict=True))


def item_features(
    model: ReadingModel,
    head: Head,
    evidence: Mapping[str, Mapping[str, float]],
    rules_reported: Iterable[str],
    kinds: Sequence[str],
    vectors: WordVectors | None = None,
    main: Mapping[str, Mapping[str, float]] | None = None,
    detector: Mapping[str, float] | None = None,
    standing: Collection[str] = (),
) -> dict[str, dict[str, float]]:
    """The features of every kind of ``kinds`` for one article, as the model reads them.

    Per kind the same features as :func:`features`; the head's words, stems, Chinese pairs and
    nearness are read once for the article rather than once per kind. ``main``: the linked
    entities' evidence (``Evidence.main``), for who acts in the head (:func:`head_subject`).
    ``detector``: the kind detector's probabilities on the head (:func:`detector_probabilities`);
    None: read with the shipped detector when the model reads them, left out otherwise.
    ``standing``: the kinds every signal of which tells a rule standing as it was
    (``Evidence.standing``).
    """
    reported = frozenset(rules_reported)
    seeds: dict[str, np.ndarray] = {}
    if model.seeds:
        vectors = vectors or load_vectors()
        seeds = _seed_matrices(model, vectors)
    near: dict[str, dict[str, float]] = {}
    if seeds and vectors is not None:
        near = {
            "title": _text_nearness(words_of(head.title), seeds, vectors),
            "first": _text_nearness(words_of(head.first), seeds, vectors),
        }
    terms = _head_terms(head)
    subject = head_subject(main) if main else ""
    if detector is None and model.reads_detector:
        detector = detector_probabilities(head, head_kinds(evidence), vectors=vectors)
    out: dict[str, dict[str, float]] = {}
    for kind in kinds:
        own = {where: values[kind] for where, values in near.items()} if kind in seeds else None
        found = detector.get(kind, 0.0) if detector is not None else None
        out[kind] = features(
            kind, head, evidence, reported, own, terms, subject, found, kind in standing
        )
    return out


def _head_terms(head: Head) -> tuple[str, ...]:
    """The head's word and pair features without their kind (``w:stem``, ``c:pair``)."""
    out: dict[str, None] = {}
    for text in (head.title, head.first):
        out.update((f"w:{stem(w)}", None) for w in words_of(text))
        out.update((f"c:{p}", None) for p in char_pairs(text))
    return tuple(out)


def read_kinds(
    model: ReadingModel,
    head: Head,
    evidence: Mapping[str, Mapping[str, float]],
    rules_reported: Iterable[str],
    kinds: Sequence[str],
    vectors: WordVectors | None = None,
    main: Mapping[str, Mapping[str, float]] | None = None,
    standing: Collection[str] = (),
) -> dict[str, float]:
    """Per kind, the probability that the article reports it."""
    items = item_features(
        model, head, evidence, rules_reported, kinds, vectors, main, standing=standing
    )
    return {kind: model.probability(item) for kind, item in items.items()}


def head_of(text: str, sentences: Sequence[tuple[int, int, str, str]]) -> Head:
    """The head of a tagged text from its sentences ``(start, end, text, part)``.

    The title is every ``title`` sentence; the first sentence is the first other one.
    """
    title = [s for s in sentences if s[3] == "title"]
    first = next((s for s in sentences if s[3] != "title"), None)
    chosen = [*title, *([first] if first is not None else [])]
    return Head(
        " ".join(s[2] for s in title),
        first[2] if first is not None else "",
        tuple((s[0], s[1], s[2]) for s in chosen),
    )


def paired_evidence(
    signals: Sequence[Signal],
    evidence: Mapping[str, Mapping[str, float]],
    rules_reported: Iterable[str],
) -> tuple[dict[str, Mapping[str, float]], frozenset[str]]:
    """The rules' evidence and reported kinds with the second kind of each pair the rules give.

    ``nlp.signals.pair_kinds`` adds a pair's second kind (a listing on an entity list is a
    restriction too) after the rules' evidence is gathered: without this, the reading saw a kind
    the rules report as one nobody detected. A paired kind gets the evidence of its source
    signal's kind (the same sentence, the same decision) and counts as reported by the rules
    when its signal is reported. Kinds the rules detected themselves keep their own evidence.
    """
    out: dict[str, Mapping[str, float]] = dict(evidence)
    reported = set(rules_reported)
    sources = {(s.start, s.end): s.kind for s in signals if not s.paired}
    for s in signals:
        if not s.paired:
            continue
        source = sources.get((s.start, s.end))
        if s.kind not in out and source is not None and source in evidence:
            out[s.kind] = evidence[source]
        if s.reported:
            reported.add(s.kind)
    return out, frozenset(reported)


def _trigger(model: ReadingModel, kind: str, text: str) -> tuple[str, float]:
    """The head word (or Chinese pair) of ``text`` that weighs most for ``kind``."""
    best, weight = "", MIN_TRIGGER_WEIGHT
    for m in _WORD.finditer(text):
        word = m.group()
        if word.lower() in STOP_WORDS:
            continue
        value = model.weights.get(f"{kind}|w:{stem(word.lower())}", 0.0)
        if value > weight:
            best, weight = word, value
    for pair in char_pairs(text):
        value = model.weights.get(f"{kind}|c:{pair}", 0.0)
        if value > weight:
            best, weight = pair, value
    return best, weight


def apply_reading(
    signals: Sequence[Signal],
    head: Head,
    probabilities: Mapping[str, float],
    threshold: float,
    model: ReadingModel,
    standing: Collection[str] = (),
    candidates: Collection[str] = (),
    rules_reported: Collection[str] = (),
) -> list[Signal]:
    """The signals with ``reported`` set by the reading.

    A kind read as reported keeps the signals the rules reported (its first signal when they
    reported none); a kind read as not reported has all its signals background; a kind read as
    reported with no signal gets one, on the head sentence holding the word that weighs most
    for it (no such word: none is added, the reading must show where the article says it).
    A kind of ``standing`` (every signal of it tells a rule standing as it was,
    ``nlp.about.standing_kinds``) is background whatever its probability: the head may name the
    rule the news is about ("fines under the act put on ice") while the kind's only sentences
    tell what stays unchanged ("the act itself still takes effect").
    A kind of ``candidates`` (:func:`detector_candidates`) is read as reported from the
    model's ``floor`` rather than from ``threshold``; when the model has candidates (its
    ``cut``), a kind no signal found is reported only as a candidate; a kind of
    ``rules_reported`` (the rules report it, :func:`paired_evidence`) from the model's ``keep``
    when it has one.
    """
    keep = model.keep
    kept = frozenset(rules_reported) if keep is not None else frozenset()
    # with the detector's candidates on, a kind no signal rule found is reported only as one of
    # them: the head's words alone added a kind nobody detected right 2 times in 14 on the read
    # sets left out (docs/decisions/2026-12-07-reported-learned-reading-sixteenth-round.md)
    detected = {s.kind for s in signals}
    chosen = {
        k
        for k, p in probabilities.items()
        if (p >= threshold and (model.cut is None or k in detected))
        or (k in candidates and p >= model.floor)
        or (keep is not None and k in kept and p >= keep)
    } - set(standing)
    out: list[Signal] = []
    had_reported = {s.kind for s in signals if s.reported}
    first_of: set[str] = set()
    for s in signals:
        if s.kind not in chosen:
            out.append(replace(s, reported=False))
        elif s.kind in had_reported:
            out.append(s)
        else:
            out.append(replace(s, reported=s.kind not in first_of))
        first_of.add(s.kind)
    for kind in sorted(chosen - first_of):
        best: tuple[float, int, int, str, str] | None = None
        for start, end, text in head.sentences:
            trigger, weight = _trigger(model, kind, text)
            if trigger and (best is None or weight > best[0]):
                best = (weight, start, end, text, trigger)
        if best is not None:
            _, start, end, text, trigger = best
            out.append(Signal(kind, text, start, end, trigger=trigger, reported=True))
    order = {k: i for i, k in enumerate(KINDS)}
    out.sort(key=lambda s: (s.start, order.get(s.kind, len(order))))
    return out
