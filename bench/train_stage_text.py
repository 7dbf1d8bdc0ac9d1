"""Train the learned stage decision over the evidence and the words (stage-text-v1.json).

    python -m bench.train_stage_text              # rolling scoring, then write the model
    python -m bench.train_stage_text --cv-only    # rolling scoring, write nothing
    python -m bench.train_stage_text --skip-cv    # write the model without scoring (quick)

``--skip-cv`` tags the sets and fits on all of them only (the retrain after a change of the
rules' evidence); the scoring is what takes long (per fold five fits of each learned decision to
choose C, one to score, and ``about-v1``'s other decisions for each training span).

1. Tag every annotated article and report as ``bench.train_about`` does (its ``collect``: every
   set of the registry but the blind ones) and keep the rules' evidence.
2. Score by the rolling protocol, the product's own situation ("train on the past, score the
   next"): the sets in the order they were written (``bench.sets``: about held-out N in round N,
   policy held-out M in round M + 3, ``POLICY_LAG``); each of the newest ``ROLLING_FOLDS`` about
   and policy sets is scored by decisions fitted on every set of the rounds before its round
   (both kinds; sets of the same round are never in each other's training). C is chosen from
   ``GRID`` inside the training rounds (fitted on the rounds before their last, scored on the
   last; ties to the smaller C), then refitted on every training round. Compared on the same
   folds: the rules (tuned on every read set: in-sample), the stage decision of ``about-v1.json``
   and the words' decision, both through ``nlp.about.decide_values`` as tagging takes them.
3. Fit on every set with ``C`` and write the model as plain JSON (feature names, classes,
   weights, intercepts), read by ``nlp.stage_text`` at run time without scikit-learn.

The decision is an L2-regularised logistic regression (scikit-learn, lbfgs: deterministic) over
the features of ``nlp.stage_text.stage_text_features`` (the one function tagging uses too): the
stage features of ``nlp.about.FEATURES`` and the tokens seen in at least ``MIN_COUNT`` training
articles; a run gives the same file every time.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from bench import sets
from bench.common import csr_of
from bench.train_about import (
    Record,
    collect,
    items_of,
    predict,
    topics_of,
    train,
)
from bench.train_about import fit as fit_about
from nlp.about import FEATURES
from nlp.about_model import Decision
from nlp.stage_text import STAGE_TEXT_PATH, VERSION, decision_from_json, stage_text_features

#: Inverse regularisation strength of the model written: the rolling protocol's pick of the fold
#: to about held-out 39 and policy held-out 36 (``choose_c``: fitted on the rounds to about
#: held-out 38 and policy held-out 35, scored on about held-out 39 and policy held-out 36, on the
#: evidence of the forty-third round's first code: C 0.25 123, 0.5 123, 1.0 124, **2.0 126**, 4.0
#: 125 of 189); not re-chosen with about held-out 40 and policy held-out 37. The model shipped
#: before the forty-second round was written with 1.0, chosen on the left-out sets themselves.
C = 2.0
#: A token is a feature when at least this many training articles have it.
MIN_COUNT = 3


def features_of(record: Record) -> dict[str, float]:
    """The record's features, as tagging gives them (:func:`nlp.stage_text.stage_text_features`)."""
    return stage_text_features(record.evidence)


def fit(records: Sequence[Record], keep: Callable[[str], bool], c: float = C) -> Decision:
    """The logistic regression on the records of the sets ``keep`` accepts."""
    from sklearn.linear_model import LogisticRegression

    part = [r for r in records if keep(r.set)]
    features = [features_of(r) for r in part]
    seen = Counter(
        t for r, f in zip(part, features, strict=True) for t in f if t not in r.evidence.stage
    )
    names = tuple(FEATURES["stage"]) + tuple(sorted(t for t, n in seen.items() if n >= MIN_COUNT))
    index = {n: i for i, n in enumerate(names)}
    # sparse: an article has a few hundred of the some 17 000 features (the weights written were
    # those of the dense matrix to the six decimals kept on one fit of every read set but held-out
    # 40 and policy held-out 37 at C 2.0; tests/test_train_stage_text_sparse.py compares the two
    # at every C of GRID on a small set)
    x = csr_of(features, index)
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(x, [r.stage for r in part])
    return Decision(
        names,
        tuple(str(k) for k in model.classes_),
        tuple(tuple(round(float(w), 6) for w in row) for row in model.coef_),
        tuple(round(float(b), 6) for b in model.intercept_),
    )


#: Policy held-out M was written in the same round as about held-out M + 3 (the registries of
#: ``bench.sets`` list each kind's sets in the order they were written; the first sets of both
#: kinds come before every fold scored).
POLICY_LAG = 3
#: The values of C the rolling protocol chooses from, inside the training rounds.
GRID = (0.25, 0.5, 1.0, 2.0, 4.0)
#: The newest sets of each kind scored by the rolling protocol, each a fold.
ROLLING_FOLDS = 8

M = TypeVar("M")


def rounds() -> dict[str, int]:
    """The round each set was written in, by ``Record.set`` name (order of ``bench.sets``)."""
    out = {s.name: i for i, s in enumerate(sets.ABOUT)}
    out.update({s.fold: i + POLICY_LAG for i, s in enumerate(sets.POLICY)})
    return out


def rolling_targets(present: Collection[str], round_of: dict[str, int]) -> list[str]:
    """The newest ``ROLLING_FOLDS`` about and policy sets among ``present``, oldest first."""
    about = sorted((s for s in present if not s.startswith("policy ")), key=round_of.__getitem__)
    policy = sorted((s for s in present if s.startswith("policy ")), key=round_of.__getitem__)
    chosen = about[-ROLLING_FOLDS:] + policy[-ROLLING_FOLDS:]
    return sorted(chosen, key=lambda s: (round_of[s], s))


def choose_c(
    records: Sequence[Record],
    round_of: dict[str, int],
    train_sets: frozenset[str],
    fit_on: Callable[[frozenset[str], float], M],
    right: Callable[[M, Sequence[Record]], int],
    grid: Sequence[float] = GRID,
) -> tuple[float, dict[float, int]]:
    """C chosen inside ``train_sets``: fitted on their rounds before the last, scored on the
    last round's sets; ties go to the smaller C (the stronger regularisation)."""
    last = max(round_of[s] for s in train_sets)
    inner_train = frozenset(s for s in train_sets if round_of[s] < last)
    inner_test = [r for r in records if r.set in train_sets and round_of[r.set] == last]
    scores = {c: right(fit_on(inner_train, c), inner_test) for c in grid}
    return max(grid, key=lambda c: (scores[c], -c)), scores


def rolling(
    records: Sequence[Record],
    round_of: dict[str, int],
    targets: Sequence[str],
    fit_on: Callable[[frozenset[str], float], M],
    right: Callable[[M, Sequence[Record]], int],
    grid: Sequence[float] = GRID,
) -> dict[str, dict[str, Any]]:
    """Train on the past, score the next: each target set scored by a decision fitted on every
    set of the rounds before its round (both kinds; a set of the same round is never in its
    training), with C chosen inside those training rounds (:func:`choose_c`)."""
    present = {r.set for r in records}
    fits: dict[tuple[frozenset[str], float], M] = {}

    def fit_once(train_sets: frozenset[str], c: float) -> M:
        # the sets of one round share their folds: each fit is made once
        if (train_sets, c) not in fits:
            fits[train_sets, c] = fit_on(train_sets, c)
        return fits[train_sets, c]

    out: dict[str, dict[str, Any]] = {}
    for target in targets:
        train_sets = frozenset(s for s in present if round_of[s] < round_of[target])
        c, inner = choose_c(records, round_of, train_sets, fit_once, right, grid)
        scored = [r for r in records if r.set == target]
        out[target] = {
            "articles": len(scored),
            "right": right(fit_once(train_sets, c), scored),
            "c": c,
            "inner": inner,
        }
    return out


def rolling_scores(
    records: Sequence[Record], topics: Collection[str]
) -> tuple[dict[str, Counter[str]], dict[str, dict[str, float]]]:
    """The rolling protocol's figures per fold for the rules (in-sample), the ``about-v1`` stage
    decision and the words' decision, with the C each fold chose for the two learned ones."""
    round_of = rounds()
    targets = rolling_targets({r.set for r in records}, round_of)
    bases: dict[frozenset[str], Any] = {}

    def base(train_sets: frozenset[str]) -> Any:
        if train_sets not in bases:
            bases[train_sets] = train(records, topics, train_sets.__contains__)
        return bases[train_sets]

    items = items_of(records, "stage", topics)

    def fit_previous(train_sets: frozenset[str], c: float) -> Any:
        b = base(train_sets)
        decision = fit_about("stage", items, train_sets.__contains__, c)
        return replace(b, decisions={**b.decisions, "stage": decision}, stage_text=None)

    def fit_words(train_sets: frozenset[str], c: float) -> Any:
        return replace(base(train_sets), stage_text=fit(records, train_sets.__contains__, c))

    def right(model: Any, scored: Sequence[Record]) -> int:
        return sum(predict(r, model, "learned", topics).stage == r.stage for r in scored)

    figures: dict[str, Counter[str]] = {}
    chosen: dict[str, dict[str, float]] = {}
    for method, fit_on in (("learned", fit_previous), ("words", fit_words)):
        for target, row in rolling(records, round_of, targets, fit_on, right).items():
            n = figures.setdefault(target, Counter())
            n["articles"] = row["articles"]
            n[method] = row["right"]
            chosen.setdefault(target, {})[method] = row["c"]
    for r in records:
        if r.set in figures:
            figures[r.set]["rules"] += r.evidence.rules_stage == r.stage
    # the C the protocol picks for the model written: chosen inside every set, as for a next fold
    every = frozenset(r.set for r in records)
    chosen["every set (the model written)"] = {
        "words": choose_c(records, round_of, every, fit_words, right)[0]
    }
    return figures, chosen


def table(name: str, figures: dict[str, Counter[str]]) -> list[str]:
    """Markdown rows: per set and in all, the stage agreement of each method."""
    rows = [f"| {name} | set | articles | rules | learned (about-v1) | learned (words) |"]
    rows.append("|---|---|---|---|---|---|")
    total: Counter[str] = Counter()
    for s, n in figures.items():
        total.update(n)
        rows.append(
            f"| | {s} | {n['articles']} | "
            + " | ".join(f"{n[m] / n['articles']:.3f}" for m in ("rules", "learned", "words"))
            + " |"
        )
    rows.append(
        f"| | all | {total['articles']} | "
        + " | ".join(f"{total[m] / total['articles']:.3f}" for m in ("rules", "learned", "words"))
        + " |"
    )
    return rows


def model_json(decision: Decision, records: Sequence[Record], c: float = C) -> dict[str, Any]:
    """The model file's content (deterministic: no dates, sorted sets)."""
    counts = Counter(r.set for r in records)
    return {
        "version": VERSION,
        "about": "the learned stage decision of nlp.about over the rules' evidence and the words "
        "of the head and the cue sentences (nlp.stage_text)",
        "trained_on": dict(sorted(counts.items())),
        "regularisation_c": c,
        "min_count": MIN_COUNT,
        "decision": {
            "features": list(decision.features),
            "classes": list(decision.classes),
            "weights": [list(row) for row in decision.weights],
            "intercepts": list(decision.intercepts),
        },
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.train_stage_text",
        description="Score on left-out sets and train the stage decision over the words; "
        "writes nlp/models/stage-text-v1.json unless --cv-only (--skip-cv: no scoring).",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--cv-only", action="store_true", help="score, write nothing")
    mode.add_argument(
        "--skip-cv", action="store_true", help="write the model without the left-out scoring"
    )
    parser.add_argument("--out", type=Path, default=STAGE_TEXT_PATH, help="where to write")
    parser.add_argument("--c", type=float, default=C, help="regularisation (inverse strength)")
    args = parser.parse_args(argv)
    topics = topics_of()
    print("tagging the annotated sets ...", flush=True)
    records = collect(topics)
    if not args.skip_cv:
        figures, chosen = rolling_scores(records, topics)
        print("\n".join(table("rolling: each set fitted on the rounds before it", figures)))
        for target, cs in chosen.items():
            print(f"C chosen for {target}: " + ", ".join(f"{m} {c}" for m, c in cs.items()))
        print(f"C written: {args.c} (the constant C unless --c)")
        sys.stdout.flush()
    if args.cv_only:
        return 0
    data = model_json(fit(records, lambda s: True, args.c), records, args.c)
    decision_from_json(data, "trained model")  # the file must load
    args.out.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
