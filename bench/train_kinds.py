"""Train the kind detector (``nlp/models/kinds-v1.json``) and cross-validate it by set.

Examples: the head (title and first body sentence) of every article of the annotated about sets
(``tests/fixtures/about``, ``SETS``: every set of the registry ``bench/sets.py`` but the round's
blind ones, the same list the learned about decisions train on); the label of a kind is 1 when
the article reports it (its gold ``reported`` list), 0 otherwise (a kind given only as background
is a negative: in the head the detector's signal would be read as news). One logistic regression
per kind over the head's words, Chinese character pairs, the similarities of its words' static
vectors (``nlp/models/kind-vectors-v1.npz``, see ``bench/build_kind_vectors.py``) to the rules'
seed words, and the kinds the rules find in the head.

Cross-validation leaves one SET out (each of ``SETS`` in turn): the detector is trained on the
other sets (and the entity passages) and the tagger, rules plus detector, is scored on the
left-out set against the rules alone (detection recall = the "every signal reported" baseline's
recall, reported precision and recall and background marked reported after
``nlp.about.mark_reported``). The rules were written reading the misses of every set, so no fold
is blind: the folds measure what the detector adds beyond tuned rules. The blind set of a round
is scored by ``bench/about.py`` alone, never trained on here.

Run: ``python -m bench.train_kinds`` (cross-validation figures, then the shipped model trained
on all the sets); ``--cv-only`` to leave the shipped file alone.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import tomllib
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from bench.common import ROOT
from bench.train_about import ABOUT_SETS
from nlp.about_eval import FIXTURES, AboutCase, AboutScore, evaluate, load_cases
from nlp.entities import ACTOR_TYPES, Tagger, _ruler_spans, load_tagger
from nlp.entity_eval import FIXTURES as ENTITY_FIXTURES
from nlp.entity_eval import load_passages
from nlp.inflect import expand_alternatives, forms
from nlp.kinds import (
    DEFAULT_MODEL_PATH,
    STOP_WORDS,
    KindModel,
    KindWeights,
    Unit,
    Vector,
    WordVectors,
    head_sentences,
    load_vectors,
    seed_matrix,
    unit_features,
)
from nlp.signals import KINDS, find_signals
from policywatch_core.config import load_watchlist

#: The annotated about sets, the same list the learned about decisions train on (the registry's
#: sets that are not blind, in order).
SETS = ABOUT_SETS
PASSAGE_SETS = ("passages.jsonl", "heldout.jsonl", "heldout2.jsonl")
#: Regularisation (inverse strength) of each kind's logistic regression.
C = 0.1
#: Probability a kind must reach in a head to become a signal: high, because a signal in the
#: head is read as the article's news.
THRESHOLD = 0.6


@dataclass(frozen=True, slots=True)
class Example:
    unit: Unit
    reported: frozenset[str]


def pattern_words(pattern: str) -> set[str]:
    """The English words a signal pattern matches, spelled out as the matcher spells them.

    A ``<verb>`` family stands for its forms (``nlp.inflect``: "<ban>" is ban, bans, banned,
    banning), read from the family rather than from the pattern's raw text, where "<ban>" holds
    no inflected form and, by the length floor, no word at all. Words of four letters or more
    count; a three-letter word counts when it is a stem: a family's base ("<ban>", "<bar>") or a
    word written beside one of its own inflections in the same token ("fee|fees"). Other short
    words ("new", "any") are left out, as before.
    """
    out: set[str] = set()
    for token in pattern.split():
        body = token[1:] if token.startswith("?") and len(token) > 1 else token
        families = {alt[1:-1] for alt in body.split("|") if alt.startswith("<")}
        alternatives = set(expand_alternatives(body).split("|"))
        for alt in alternatives:
            for word in re.findall(r"[a-z]+", alt):
                if len(word) >= 4 or (
                    len(word) == 3
                    and (word in families or any(f in alternatives for f in forms(word)[1:]))
                ):
                    out.add(word)
    return out


def rule_patterns() -> list[tuple[str, str]]:
    """Every signal rule's ``(kind, pattern)`` of ``config/signals.toml``."""
    data = tomllib.loads((ROOT / "config" / "signals.toml").read_text(encoding="utf-8"))
    return [
        (rule["kind"], pattern)
        for rule in data.get("rules", [])
        for pattern in rule.get("patterns", [])
    ]


def seed_words(vectors: WordVectors) -> tuple[str, ...]:
    """The words of the signal rules with a vector: every word of four letters or more of the
    file (comments left out), and every word its patterns match (:func:`pattern_words`: the
    forms of a family, the three-letter stems)."""
    text = (ROOT / "config" / "signals.toml").read_text(encoding="utf-8")
    lines = "\n".join(line.split("#")[0] for line in text.splitlines())
    words = set(re.findall(r"[a-z]{4,}", lines))
    for _, pattern in rule_patterns():
        words |= pattern_words(pattern)
    words -= STOP_WORDS
    return tuple(sorted(w for w in words if vectors.get(w) is not None))


def heads(
    texts: Sequence[str], tagger: Tagger, vectors: WordVectors, seeds: Vector | None
) -> list[Unit]:
    """The features of the texts' heads, with the kinds the rules alone find there."""
    rules = with_detector(tagger, None)
    out: list[Unit] = []
    for doc in rules.rules.pipe(texts):
        sentences = list(doc.sents)
        actors = [
            r.start
            for r in _ruler_spans(doc, rules)
            if r.entity_id and rules.index.entities[r.entity_id].type in ACTOR_TYPES
        ]
        found = find_signals(doc, rules.matcher, actor_starts=actors, sentences=sentences)
        head = head_sentences(doc, sentences)
        end = head[-1].end_char if head else 0
        out.append(
            unit_features(
                [[t.lower_ for t in s] for s in head],
                "".join(s.text for s in head),
                vectors,
                {s.kind for s in found if s.start < end},
                seeds,
            )
        )
    return out


def examples(
    cases: Sequence[AboutCase], tagger: Tagger, vectors: WordVectors, seeds: Vector | None
) -> list[Example]:
    """The head features and gold reported kinds of annotated articles."""
    units = heads([c.tagged for c in cases], tagger, vectors, seeds)
    return [Example(u, c.reported) for u, c in zip(units, cases, strict=True)]


def passage_examples(tagger: Tagger, vectors: WordVectors, seeds: Vector | None) -> list[Example]:
    """The entity passages (``tests/fixtures/entities``) and their signal kinds.

    Short passages, most of them a title and a sentence or two: their kinds are the news they
    report. They are always training data (never a left-out fold); the tagging bench's signal
    figures on them therefore measure the fit, not generalisation.
    """
    passages = [p for name in PASSAGE_SETS for p in load_passages(ENTITY_FIXTURES / name)]
    texts = [f"{p.title}\n\n{p.text}" if p.title else p.text for p in passages]
    units = heads(texts, tagger, vectors, seeds)
    return [Example(u, p.signals) for u, p in zip(units, passages, strict=True)]


def fit(
    train: Sequence[Example],
    c: float = C,
    threshold: float = THRESHOLD,
    seeds: tuple[str, ...] = (),
) -> KindModel:
    """One logistic regression per kind; weights exported for ``nlp.kinds``."""
    features = sorted({f for e in train for f in e.unit.sparse})
    column = {f: i for i, f in enumerate(features)}
    sparse = np.zeros((len(train), len(features)), dtype=np.float32)
    for row, example in enumerate(train):
        for f in example.unit.sparse:
            sparse[row, column[f]] = 1.0
    dense = np.vstack([e.unit.dense for e in train])
    mean = dense.mean(axis=0)
    scale = dense.std(axis=0) + 1e-6
    matrix = np.hstack([sparse, (dense - mean) / scale]) if seeds else sparse
    return fit_matrix(train, matrix, column, mean, scale, seeds, c, threshold)


def fit_matrix(
    train: Sequence[Example],
    matrix: Any,
    column: dict[str, int],
    mean: np.ndarray,
    scale: np.ndarray,
    seeds: tuple[str, ...],
    c: float,
    threshold: float,
) -> KindModel:
    """One logistic regression per kind over a built matrix, dense or sparse.

    Its first columns are the words and pairs of ``column``; with seeds, the standardised
    dense features (``mean``, ``scale``) follow.
    """
    from sklearn.linear_model import LogisticRegression

    logit = float(np.log(threshold / (1 - threshold)))
    kinds: dict[str, KindWeights] = {}
    for kind in KINDS:
        y = np.array([kind in e.reported for e in train], dtype=np.int32)
        if y.sum() < 2:
            continue
        model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        model.fit(matrix, y)
        w = model.coef_[0]
        kinds[kind] = KindWeights(
            float(model.intercept_[0]),
            {f: float(w[i]) for f, i in column.items() if abs(w[i]) > 1e-3},
            (w[len(column) :] if seeds else np.zeros(len(mean))).astype(np.float32),
            logit,
        )
    return KindModel(kinds, mean.astype(np.float32), scale.astype(np.float32), seeds)


def with_detector(tagger: Tagger, model: KindModel | None) -> Tagger:
    """A copy of the tagger whose signal matcher uses ``model`` (None: the rules alone)."""
    out = copy.copy(tagger)
    out.matcher = copy.copy(tagger.matcher)
    out.matcher.kinds = model
    return out


@dataclass(frozen=True, slots=True)
class FoldFigures:
    """Rules alone and rules plus detector on one left-out set."""

    name: str
    n: int
    rules: AboutScore
    rules_detection: AboutScore  # the baseline: every signal reported
    both: AboutScore
    both_detection: AboutScore


def cross_validate(
    tagger: Tagger,
    topics: Collection[str],
    c: float = C,
    threshold: float = THRESHOLD,
    use_vectors: bool = True,
) -> list[FoldFigures]:
    """Leave-one-set-out figures, rules alone against rules plus a detector trained without it."""
    vectors = load_vectors()
    seeds = seed_words(vectors) if use_vectors else ()
    matrix = seed_matrix(seeds, vectors) if seeds else None
    sets = {name: load_cases(FIXTURES / f"{name}.jsonl") for name in SETS}
    feats = {name: examples(cases, tagger, vectors, matrix) for name, cases in sets.items()}
    extra = passage_examples(tagger, vectors, matrix)
    alone = with_detector(tagger, None)
    out: list[FoldFigures] = []
    for name, cases in sets.items():
        train = [e for other, ex in feats.items() if other != name for e in ex] + extra
        model = fit(train, c, threshold, seeds)
        rules, rules_base = evaluate(cases, alone, topics)
        both, both_base = evaluate(cases, with_detector(tagger, model), topics)
        out.append(FoldFigures(name, len(cases), rules, rules_base, both, both_base))
    return out


def _row(f: FoldFigures) -> str:
    def figs(s: AboutScore, d: AboutScore) -> str:
        return (
            f"detect R {d.reported_recall:.3f}  rep P {s.reported_precision:.3f} "
            f"R {s.reported_recall:.3f}  bg {100 * s.background_as_reported:.1f}%"
        )

    return (
        f"{f.name:9s} n={f.n:3d} | rules: {figs(f.rules, f.rules_detection)} | "
        f"+detector: {figs(f.both, f.both_detection)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true", help="do not write the model file")
    parser.add_argument("--skip-cv", action="store_true", help="train and write the model only")
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=THRESHOLD, help="probability cut")
    parser.add_argument("--no-vectors", action="store_true", help="words and pairs only")
    args = parser.parse_args()
    watchlist = load_watchlist(ROOT / "config").items
    topics = frozenset(e.id for e in watchlist if e.type == "topic")
    tagger = load_tagger(watchlist)
    if not args.skip_cv:
        for fold in cross_validate(tagger, topics, args.c, args.threshold, not args.no_vectors):
            print(_row(fold))
            for error in fold.both.errors:
                if "reported" in error:
                    print("   ", error)
    if args.cv_only:
        return
    vectors = load_vectors()
    seeds = () if args.no_vectors else seed_words(vectors)
    matrix = seed_matrix(seeds, vectors) if seeds else None
    every = [
        e
        for name in SETS
        for e in examples(load_cases(FIXTURES / f"{name}.jsonl"), tagger, vectors, matrix)
    ] + passage_examples(tagger, vectors, matrix)
    model = fit(every, args.c, args.threshold, seeds)
    DEFAULT_MODEL_PATH.write_text(
        json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"{len(every)} heads -> {DEFAULT_MODEL_PATH.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
