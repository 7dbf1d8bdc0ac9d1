"""Train the learned reading of the reported kinds (``nlp/models/reported-v1.json``) by set.

    python -m bench.train_reported            # cross-validate, print the table, write the model
    python -m bench.train_reported --cv-only  # cross-validate and print, write nothing
    python -m bench.train_reported --keep     # choose the rules' keep on left-out sets

Items: every (article, kind) of the annotated about sets the learned decisions train on (every
set of the registry ``bench/sets.py`` but the round's blind ones), one for each kind of
``nlp.signals.KINDS``; the label is 1 when the article reports the kind (its gold ``reported``
list; a kind given only as background is 0). Features: ``nlp.reported_reading.features`` (the
rules' evidence for the kind, the head's words and Chinese pairs per kind, the head's nearness to
the kind's seed words, the kinds the rules report elsewhere, who acts in the head and, when
:data:`READ_DETECTOR`, the kind detector's probability, each record's from a detector trained
without its set: :func:`cross_fit_detector`). One L2-regularised logistic regression
(scikit-learn, lbfgs: deterministic); a run gives the same file every time.

Cross-validation leaves one SET out. The reported-signal rules were written reading every set up
to held-out 20: on those folds their detection is in sample. Held-out 21 to 32 (scored
blind, read since) are out of sample: their folds are the main figures. (The fourth reading
round's cue families were written from their misses: see
docs/decisions/2026-12-05-reported-learned-reading-fourth-round.md.) The regularisation, the
weight of the "rules missed it" copies and the threshold are chosen on those folds and on the
"masked" folds of held-out 14 to 20 (:func:`masked_fold`: the left-out set without the signal
rules that fire in it alone, so that detection there is out of sample too); the same run scores,
on each left-out set, the rules alone, the keyword baseline (every detected signal reported) and
the reading, and the rules with the kind detector trained without the set
(``bench.train_kinds``) unless ``--no-detector``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TypeVar

import numpy as np

from bench import sets
from bench.common import ROOT, csr_of
from bench.sets import trained
from nlp.about_eval import AboutCase, AboutScore, Prediction, baseline, load_cases, predict
from nlp.about_eval import score_predictions as score_about
from nlp.kinds import STOP_WORDS, KindModel, WordVectors, load_vectors
from nlp.reported_reading import (
    DETECTOR,
    MODEL_PATH,
    RULES_KEEP,
    STANDING,
    ReadingModel,
    add_detector,
    apply_reading,
    detector_probabilities,
    head_kinds,
    item_features,
    paired_evidence,
)
from nlp.signals import KINDS
from policywatch_core.models import Signal

#: The sets trained on, in the order they were written (the registry's sets that are not blind).
ABOUT_SETS = tuple(s.name for s in trained(sets.ABOUT))
#: The sets scored blind and read since: out-of-sample folds for the signal rules written before
#: each was read, not for the cues written from its misses after. Held-out 33, the fold of the
#: latest blind set, is in sample for the six cues written from its misses
#: (docs/decisions/2026-12-06-reported-learned-reading-thirteenth-round.md); earlier rounds wrote
#: cues from the misses of other sets of these (their records name them).
OUT_OF_SAMPLE = tuple(f"heldout{n}" for n in range(21, 34))
#: The latest honest sets the rules were written from: scored masked (:func:`masked_fold`).
MASKED_FOLDS = tuple(f"heldout{n}" for n in range(14, 21))
#: The folds the regularisation, the copies' weight and the threshold are chosen on.
CHOICE_FOLDS = (*OUT_OF_SAMPLE, *(f"{name} (masked)" for name in MASKED_FOLDS))
#: The honest folds the rules' detection is in sample on (pooled apart in the table).
IN_SAMPLE_FOLDS = tuple(
    s.name for s in trained(sets.ABOUT) if s.honest and s.name not in OUT_OF_SAMPLE
)
#: Regularisation (inverse strength) and probability threshold compared; the shipped values are
#: the ones :func:`choose` picks (see docs/decisions/2026-12-05-reported-learned-reading.md,
#: docs/decisions/2026-12-05-reported-learned-reading-second-round.md,
#: docs/decisions/2026-12-05-reported-learned-reading-third-round.md and
#: docs/decisions/2026-12-05-reported-learned-reading-fourth-round.md).
C_GRID = (0.1, 0.3)
THRESHOLD_GRID = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
#: Weight of the "rules missed it" copies (:func:`missed_copy`) compared.
MISSED_GRID = (0.0, 0.3, 0.6)
C = 0.3
THRESHOLD = 0.6
MISSED_WEIGHT = 0.3
#: Whether the reading reads the kind detector's probabilities (:func:`cross_fit_detector`;
#: see docs/decisions/2026-12-05-reported-learned-reading-third-round.md).
READ_DETECTOR = False
#: The kind detector's candidates (``nlp.reported_reading.detector_candidates``): a kind no
#: signal rule found whose detector probability on the head is at least ``CUT`` is reported
#: from the reading's probability ``FLOOR`` (None: no candidates). Chosen by
#: :func:`cv_candidates` (``--candidates``; see
#: docs/decisions/2026-12-06-reported-learned-reading-sixth-round.md).
CUT: float | None = 0.8
FLOOR = 0.2
CUT_GRID = (0.6, 0.7, 0.8, 0.9)
#: The reading's probabilities ``FLOOR`` is compared at (:func:`cv_candidates`).
FLOOR_GRID = (0.0, 0.1, 0.2, 0.3)
#: The probability from which a kind the rules report stays reported (``ReadingModel.keep``;
#: None: no keep, the threshold for every kind). :func:`choose_keep` on the left-out folds
#: :data:`KEEP_FOLDS` over :data:`KEEP_GRID` picks the highest bar at which no left-out set loses
#: reported recall against the rules alone, and ``--keep`` says when it differs from the shipped
#: ``nlp.reported_reading.RULES_KEEP``. Its 0.25 came from the same fits and reading run on
#: cached tagging (one detector per left-out set), not from a run of ``--keep`` itself (see
#: docs/decisions/2026-12-07-reported-learned-reading-fifteenth-round.md and
#: docs/decisions/2026-12-07-reported-learned-reading-sixteenth-round.md).
KEEP: float | None = RULES_KEEP
#: The bars the keep is compared at (None: no keep, the reading's threshold for every kind; it
#: counts as the highest bar).
KEEP_GRID: tuple[float | None, ...] = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, None)
#: The sets the keep is chosen on, each left out in turn: every read set from held-out 25 on (the
#: sets written blind since the rules stopped being written from every set's misses).
KEEP_FOLDS = tuple(
    s.name
    for s in trained(sets.ABOUT)
    if s.name.startswith("heldout") and s.name[7:].isdigit() and int(s.name[7:]) >= 25
)

if TYPE_CHECKING:
    from bench.train_kinds import Example

T = TypeVar("T")
#: The features that exist only because the rules detected the kind.
_DETECTION = ("detected", "e:")


@dataclass(slots=True)
class Record:
    """One tagged article: its gold, the default tagger's prediction and the reading's items."""

    set: str
    case: AboutCase
    rules: Prediction
    keyword: Prediction
    signals: list[Signal]
    head: object
    items: dict[str, dict[str, float]] = field(default_factory=dict)
    #: per signal of ``signals``, the signal rule that fired (:func:`rule_key`)
    rules_fired: tuple[str, ...] = ()
    #: the kinds the rules found in the head (:func:`nlp.reported_reading.head_kinds`)
    head_kinds: frozenset[str] = frozenset()
    #: the kind detector trained without the record's set (:func:`cross_fit_detector`), whose
    #: probabilities are in ``items`` when :data:`READ_DETECTOR` (None: not cross-fitted)
    detector: KindModel | None = None
    #: that detector's probabilities on the head, per kind (the candidates' evidence)
    detector_probs: dict[str, float] = field(default_factory=dict)


def kind_seeds(vectors: WordVectors) -> dict[str, tuple[str, ...]]:
    """Per kind, the words its signal rules match that have a vector: the forms of a pattern's
    ``<verb>`` families and its three-letter stems as the matcher spells them out
    (``bench.train_kinds.pattern_words``), not the raw text of the patterns."""
    from bench.train_kinds import pattern_words, rule_patterns

    out: dict[str, set[str]] = {}
    for kind, pattern in rule_patterns():
        words = {
            w for w in pattern_words(pattern) if w not in STOP_WORDS and vectors.get(w) is not None
        }
        out.setdefault(kind, set()).update(words)
    return {k: tuple(sorted(v)) for k, v in sorted(out.items())}


def collect(topics: Collection[str], seeds: dict[str, tuple[str, ...]]) -> list[Record]:
    """Tag every set with today's default tagger; keep its prediction and the reading's items."""
    from nlp.entities import load_tagger, tag_texts_about
    from policywatch_core.config import load_watchlist

    tagger = load_tagger(load_watchlist(ROOT / "config").items)
    probe = ReadingModel({}, 0.0, 0.5, seeds)
    vectors = load_vectors() if seeds else None
    out: list[Record] = []
    for name in ABOUT_SETS:
        cases = load_cases(sets.named(sets.ABOUT, name).path)
        for case, tags in zip(
            cases, tag_texts_about([c.tagged for c in cases], tagger), strict=True
        ):
            ev = tags.evidence
            assert ev is not None
            assert ev.head is not None
            record = Record(
                name,
                case,
                predict(tags, topics),
                baseline(case, tags, topics),
                list(tags.signals),
                ev.head,
            )
            # a pair's second kind read with its source's evidence, as at tagging
            detected, rules_reported = paired_evidence(tags.signals, ev.reported, ev.rules_reported)
            record.items = item_features(
                probe,
                ev.head,
                detected,
                rules_reported,
                KINDS,
                vectors,
                ev.main,
                standing=ev.standing,
            )
            record.rules_fired = tuple(rule_key(tagger, s.trigger) for s in record.signals)
            record.head_kinds = head_kinds(detected)
            out.append(record)
    return out


def rule_key(tagger: object, trigger: str) -> str:
    """The signal rule (one pattern of ``config/signals.toml``) whose match is ``trigger``.

    The pattern's number in the matcher, ``r<n>``; a trigger no pattern matches whole as it is
    written (a traditional-script match read through the mainland view) is its own key.
    """
    matcher = tagger.matcher  # type: ignore[attr-defined]
    doc = tagger.rules.make_doc(trigger)  # type: ignore[attr-defined]
    numbers: set[int] = set()
    for word in matcher.index_words.intersection({t.lower_ for t in doc}):
        numbers.update(matcher.by_word[word])
    for whole in (True, False):
        for number in sorted(numbers):
            for _id, start, end in matcher.rules[number][2](doc):
                if not whole or (start, end) == (0, len(doc)):
                    return f"r{number}"
    return f"t:{trigger}"


def masked(record: Record, rules: Collection[str]) -> Record:
    """The record as the rules would have read it without the signal rules ``rules``.

    Its signals found by those rules are dropped; a kind left with no signal loses the rules'
    evidence (detected, the ``e:`` features, the kind's own detected / rules flags), leaves the
    rules' and the keyword's reported kinds and the other kinds' ``o:`` features. A kind that
    keeps a signal keeps its evidence as it was (the evidence of the remaining signals is not
    recomputed).
    """
    kept = [i for i, key in enumerate(record.rules_fired) if key not in rules]
    signals = [record.signals[i] for i in kept]
    gone = {s.kind for s in record.signals} - {s.kind for s in signals}
    if not gone:
        return record
    items: dict[str, dict[str, float]] = {}
    for kind, item in record.items.items():
        own = (f"{kind}|detected", f"{kind}|rules")
        lost = {f"{kind}|o:{g}" for g in gone}
        new = {
            f: v
            for f, v in item.items()
            if f not in lost and not (kind in gone and (f.startswith(_DETECTION) or f in own))
        }
        if not any(f.startswith(f"{kind}|o:") for f in new):
            new.pop("other_reported", None)
        items[kind] = new
    probs = record.detector_probs
    if record.detector is not None and gone & record.head_kinds:
        # the detector reads the kinds the rules found in the head: those of masked rules go
        probs = detector_probabilities(
            record.head,  # type: ignore[arg-type]
            record.head_kinds - gone,
            record.detector,
        )
        for kind, item in items.items():
            if DETECTOR not in item and f"{kind}|{DETECTOR}" not in item:
                continue
            item.pop(DETECTOR, None)
            item.pop(f"{kind}|{DETECTOR}", None)
            add_detector(item, kind, probs.get(kind, 0.0))
    return replace(
        record,
        rules=replace(record.rules, reported=record.rules.reported - gone),
        keyword=replace(record.keyword, reported=record.keyword.reported - gone),
        signals=signals,
        items=items,
        rules_fired=tuple(record.rules_fired[i] for i in kept),
        head_kinds=record.head_kinds - gone,
        detector_probs=probs,
    )


def detectors_by_fold(
    by_set: Mapping[str, Sequence[T]],
    extra: Sequence[T],
    fit_detector: Callable[[list[T]], KindModel],
) -> dict[str, KindModel]:
    """Per set, the kind detector trained on every other set's examples and on ``extra``."""
    out: dict[str, KindModel] = {}
    for name in by_set:
        train = [e for other, ex in by_set.items() if other != name for e in ex]
        out[name] = fit_detector([*train, *extra])
    return out


def fit_detector(train: Sequence[Example], seeds: tuple[str, ...]) -> KindModel:
    """``bench.train_kinds.fit`` with its shipped choices, over a sparse matrix (same model).

    The detector's own trainer builds a dense matrix (its words and pairs as columns): fitted
    a dozen times for the cross-fitted probabilities that is most of the trainer's time.
    """
    from scipy.sparse import csr_matrix, hstack

    from bench.train_kinds import THRESHOLD as DETECTOR_THRESHOLD
    from bench.train_kinds import C as DETECTOR_C
    from bench.train_kinds import fit_matrix

    names = sorted({f for e in train for f in e.unit.sparse})
    column = {f: i for i, f in enumerate(names)}
    sparse = csr_of([dict.fromkeys(e.unit.sparse, 1.0) for e in train], column, np.float32)
    dense = np.vstack([e.unit.dense for e in train])
    mean = dense.mean(axis=0)
    scale = dense.std(axis=0) + 1e-6
    matrix = hstack([sparse, csr_matrix((dense - mean) / scale)]).tocsr() if seeds else sparse
    return fit_matrix(train, matrix, column, mean, scale, seeds, DETECTOR_C, DETECTOR_THRESHOLD)


def detector_groups(names: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The sets whose records share a cross-fitted detector (:func:`cross_fit_detector`).

    Each choice fold's set alone (its probabilities from a detector that never read it); the
    earlier sets, whose folds the choice is not made on, in two halves (fewer fits).
    """
    alone = {*OUT_OF_SAMPLE, *MASKED_FOLDS, *KEEP_FOLDS}
    rest = [n for n in names if n not in alone]
    half = (len(rest) + 1) // 2
    out = {f"{rest[0]}..{rest[half - 1]}": tuple(rest[:half])} if rest[:half] else {}
    if rest[half:]:
        out[f"{rest[half]}..{rest[-1]}"] = tuple(rest[half:])
    out.update({n: (n,) for n in names if n in alone})
    return out


def keep_folds(start: int = 25) -> tuple[str, ...]:
    """The keep's left-out sets from held-out ``start`` on (:data:`KEEP_FOLDS` from 25)."""
    return tuple(name for name in KEEP_FOLDS if int(name.removeprefix("heldout")) >= start)


def keep_verdict(chosen: float | None, folds: Sequence[str]) -> str:
    """What the keep's run says of its choice: only a run on every keep fold may ask for the
    shipped ``nlp.reported_reading.RULES_KEEP`` to change (a subset's choice is no criterion)."""
    if tuple(folds) != KEEP_FOLDS:
        return f"run on {len(folds)} of the {len(KEEP_FOLDS)} keep folds: not the criterion"
    if chosen != KEEP:
        return f"the shipped keep {KEEP} differs: update nlp.reported_reading.RULES_KEEP"
    return f"the shipped keep {KEEP} is the criterion's"


def reading_cut(records: Sequence[Record]) -> tuple[float | None, float]:
    """The candidates' cut and floor a run can score the reading with: the shipped :data:`CUT`
    and :data:`FLOOR` when every record carries cross-fitted detector probabilities, else none."""
    if CUT is not None and records and all(r.detector is not None for r in records):
        return CUT, FLOOR
    return None, 0.0


def left_out_groups(folds: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The detector groups of a run that reads the detector on ``folds`` only.

    When the reading does not read the detector as a feature (:data:`READ_DETECTOR` False), its
    fit never reads a record's probabilities: only the left-out sets' candidates do. A run on
    ``folds`` (``--keep``) then needs one detector per left-out set, trained without it, and
    none for the other sets (one fit per fold instead of one per group of
    :func:`detector_groups`: the keep's run fits in the time of a round).
    """
    return {name: (name,) for name in folds}


def cross_fit_detector(
    records: Sequence[Record],
    as_feature: bool = True,
    only: Sequence[str] | None = None,
) -> list[Record]:
    """The records with the kind detector's probabilities, cross-fitted.

    Each record's probabilities come from a detector (``bench.train_kinds``'s model and
    choices) trained without the record's set (:func:`detector_groups`: without its group of
    sets), as a new article meets the shipped detector: a detector that had read the article
    would tell the reading its gold. They go in ``detector_probs`` (the candidates' evidence)
    and, when ``as_feature``, in the items (the reading's feature). ``only``: the sets whose
    probabilities are read (:func:`left_out_groups`, not with ``as_feature``); the other records
    are returned as they are.
    """
    if only is not None and as_feature:
        raise ValueError("the reading reads every record's probabilities: no `only`")
    from bench.train_kinds import examples, passage_examples, seed_words
    from nlp.entities import load_tagger
    from nlp.kinds import load_vectors, seed_matrix
    from policywatch_core.config import load_watchlist

    tagger = load_tagger(load_watchlist(ROOT / "config").items)
    vectors = load_vectors()
    seeds = seed_words(vectors)
    matrix = seed_matrix(seeds, vectors)
    groups = detector_groups(ABOUT_SETS) if only is None else left_out_groups(only)
    of_name = {
        name: examples(load_cases(sets.named(sets.ABOUT, name).path), tagger, vectors, matrix)
        for name in ABOUT_SETS
    }
    by_group = {
        group: [e for name in (names if only is None else _others(names)) for e in of_name[name]]
        for group, names in groups.items()
    }
    extra = passage_examples(tagger, vectors, matrix)
    if only is None:
        detectors = detectors_by_fold(by_group, extra, lambda train: fit_detector(train, seeds))
    else:
        # each group's examples are already every other set's: one fit each, nothing left out
        detectors = {
            group: fit_detector([*train, *extra], seeds) for group, train in by_group.items()
        }
        print("  the detectors of the left-out sets: done", flush=True)
    of_set = {name: detectors[group] for group, names in groups.items() for name in names}
    out: list[Record] = []
    for r in records:
        if r.set not in of_set:
            out.append(r)
            continue
        detector = of_set[r.set]
        probs = detector_probabilities(r.head, r.head_kinds, detector, vectors)  # type: ignore[arg-type]
        items = {kind: dict(item) for kind, item in r.items.items()}
        if as_feature:
            for kind, item in items.items():
                add_detector(item, kind, probs.get(kind, 0.0))
        out.append(replace(r, items=items, detector=detector, detector_probs=probs))
    return out


def _others(names: Sequence[str]) -> tuple[str, ...]:
    """Every trained set but ``names`` (a left-out group's training sets)."""
    return tuple(n for n in ABOUT_SETS if n not in names)


def masked_fold(records: Sequence[Record], left: str) -> list[Record]:
    """The left-out set's records without the signal rules that fire in that set alone.

    A rule that matches in the left-out set and in no other set trained on was written (or
    widened) from that set's misses: without it the rules' detection on the set is out of
    sample, as on a set nobody tuned them on. General: every fold gets the same procedure.
    """
    fired: dict[str, set[str]] = {}
    for r in records:
        fired.setdefault(r.set, set()).update(r.rules_fired)
    elsewhere = set().union(*(keys for name, keys in fired.items() if name != left))
    only = fired.get(left, set()) - elsewhere
    return [masked(r, only) for r in records if r.set == left]


def missed_copy(kind: str, item: dict[str, float]) -> dict[str, float] | None:
    """The item as it would be had the rules not detected its kind (None: they did not).

    The rules were written reading every set trained on, so they detect almost every kind
    those articles report; on a set nobody tuned them on they miss about three in ten. A copy
    of each detected item without the rules' evidence (same label, a smaller weight) teaches the
    reading what the head's words and their nearness to the kind's words say on their own.
    """
    if "detected" not in item:
        return None
    return {
        f: v
        for f, v in item.items()
        if not f.startswith(_DETECTION)
        and not f.startswith(f"{kind}|detected")
        and f != f"{kind}|rules"
    }


def fit(
    records: Sequence[Record],
    c: float,
    seeds: dict[str, tuple[str, ...]],
    missed: float = MISSED_WEIGHT,
) -> ReadingModel:
    """One logistic regression over the records' (article, kind) items (and missed copies)."""
    from sklearn.linear_model import LogisticRegression

    names = sorted({f for r in records for item in r.items.values() for f in item})
    column = {f: i for i, f in enumerate(names)}
    rows: list[dict[str, float]] = []
    labels: list[int] = []
    weights: list[float] = []
    for r in records:
        for kind in KINDS:
            copy = missed_copy(kind, r.items[kind]) if missed > 0 else None
            for item, weight in ((r.items[kind], 1.0), (copy, missed)):
                if item is None:
                    continue
                rows.append(dict(sorted(item.items())))
                labels.append(int(kind in r.case.reported))
                weights.append(weight)
    x = csr_of(rows, column, np.float64)
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(x, np.array(labels), sample_weight=np.array(weights))
    w = model.coef_[0]
    table = {f: float(w[i]) for f, i in column.items() if abs(w[i]) >= 1e-5}
    return ReadingModel(table, float(model.intercept_[0]), THRESHOLD, seeds)


def read(
    record: Record,
    model: ReadingModel,
    threshold: float,
    cut: float | None = None,
    floor: float = 0.0,
) -> Prediction:
    """The default tagger's prediction with the reported kinds the reading gives.

    ``cut`` / ``floor``: the kind detector's candidates (the record's ``detector_probs``,
    cross-fitted) as ``nlp.reported_reading.detector_candidates`` gives them at tagging.
    """
    probs = {kind: model.probability(item) for kind, item in record.items.items()}
    standing = {kind for kind, item in record.items.items() if STANDING in item}
    candidates: set[str] = set()
    if cut is not None:
        candidates = {
            kind
            for kind, p in record.detector_probs.items()
            if p >= cut and "detected" not in record.items.get(kind, {})
        }
        model = replace(model, cut=cut, floor=floor)
    signals = apply_reading(
        record.signals,
        record.head,  # type: ignore[arg-type]
        probs,
        threshold,
        model,
        standing,
        candidates,
        record.rules.reported,
    )
    return replace(record.rules, reported=frozenset(s.kind for s in signals if s.reported))


@dataclass(slots=True)
class Fold:
    """One left-out set: the figures of each method."""

    set: str
    n: int
    scores: dict[str, AboutScore]


def reported_f1(s: AboutScore) -> float:
    p, r = s.reported_precision, s.reported_recall
    return 2 * p * r / (p + r) if p + r else 0.0


def figure(s: AboutScore) -> float:
    """What the choices maximise: reported F1 less the share of background marked reported."""
    return reported_f1(s) - s.background_as_reported


def cv_reading(
    records: Sequence[Record],
    seeds: dict[str, tuple[str, ...]],
    c_grid: Sequence[float],
    thresholds: Sequence[float],
    missed_grid: Sequence[float] = MISSED_GRID,
    folds: Sequence[str] | None = None,
    cut: float | None = None,
    floor: float = 0.0,
) -> dict[Key, dict[str, AboutScore]]:
    """Per (C, missed weight, threshold), the reading's score on each left-out set.

    ``folds``: the sets left out (default: every set); a set of :data:`MASKED_FOLDS` is also
    scored masked, as ``"<set> (masked)"``. ``cut`` / ``floor``: the detector's candidates as
    tagging gives them (:func:`read`; the records must carry cross-fitted ``detector_probs``,
    :func:`cross_fit_detector`); with ``cut`` None the reading is scored without candidates, and
    a kind no rule found is read from the threshold, not gated as the shipped reading gates it.
    """
    out: dict[Key, dict[str, AboutScore]] = {}
    left_out = ABOUT_SETS if folds is None else tuple(folds)
    masked_parts = {left: masked_fold(records, left) for left in left_out if left in MASKED_FOLDS}
    for c in c_grid:
        for missed in missed_grid:
            for left in left_out:
                model = fit([r for r in records if r.set != left], c, seeds, missed)
                parts = {left: [r for r in records if r.set == left]}
                if left in masked_parts:
                    parts[f"{left} (masked)"] = masked_parts[left]
                for name, part in parts.items():
                    cases = [r.case for r in part]
                    for t in thresholds:
                        preds = [read(r, model, t, cut, floor) for r in part]
                        out.setdefault((c, missed, t), {})[name] = score_about(cases, preds)
            print(f"  C={c} missed={missed}: folds done", flush=True)
    return out


Key = tuple[float, float, float]
#: (threshold, cut, floor) of the candidates' grid (cut None: no candidates).
CandidateKey = tuple[float, float | None, float]


def cv_candidates(
    records: Sequence[Record],
    seeds: dict[str, tuple[str, ...]],
    c: float,
    missed: float,
    thresholds: Sequence[float],
    cuts: Sequence[float] = CUT_GRID,
    floors: Sequence[float] = FLOOR_GRID,
) -> dict[CandidateKey, dict[str, AboutScore]]:
    """Per (threshold, cut, floor), the reading with the detector's candidates on each choice fold.

    The records must carry cross-fitted probabilities (:func:`cross_fit_detector`); the
    reading is fitted without each choice fold's set (the masked folds scored masked, the
    detector's probabilities read again without the masked rules' kinds in the head). No
    candidates: cut None.
    """
    out: dict[CandidateKey, dict[str, AboutScore]] = {}
    grid: list[tuple[float | None, float]] = [(None, 0.0)]
    grid += [(cut, floor) for cut in cuts for floor in floors]
    for left in (*OUT_OF_SAMPLE, *MASKED_FOLDS):
        model = fit([r for r in records if r.set != left], c, seeds, missed)
        if left in MASKED_FOLDS:
            name, part = f"{left} (masked)", masked_fold(records, left)
        else:
            name, part = left, [r for r in records if r.set == left]
        cases = [r.case for r in part]
        for t in thresholds:
            for cut, floor in grid:
                preds = [read(r, model, t, cut, floor) for r in part]
                out.setdefault((t, cut, floor), {})[name] = score_about(cases, preds)
        print(f"  {name}: done", flush=True)
    return out


def choose_candidates(
    grid: dict[CandidateKey, dict[str, AboutScore]], background_cap: float = 1.0
) -> CandidateKey:
    """The (threshold, cut, floor) :func:`choose` would pick: best mean figure within the cap."""

    def mean(key: CandidateKey) -> float:
        return sum(figure(grid[key][f]) for f in CHOICE_FOLDS) / len(CHOICE_FOLDS)

    def background(key: CandidateKey) -> float:
        return pooled([grid[key][f] for f in CHOICE_FOLDS]).background_as_reported

    keys = sorted(grid, key=lambda k: (k[0], -1.0 if k[1] is None else k[1], k[2]))
    within = [k for k in keys if background(k) <= background_cap + 1e-9]
    return max(within or keys, key=lambda k: round(mean(k), 6))


#: Per keep bar of :data:`KEEP_GRID`, the reading's score on each left-out set (:data:`KEEP_FOLDS`).
KeepGrid = dict[float | None, dict[str, AboutScore]]


def cv_keep(
    records: Sequence[Record],
    seeds: dict[str, tuple[str, ...]],
    c: float = C,
    missed: float = MISSED_WEIGHT,
    threshold: float = THRESHOLD,
    keeps: Sequence[float | None] = KEEP_GRID,
    folds: Sequence[str] = KEEP_FOLDS,
) -> tuple[KeepGrid, dict[str, AboutScore]]:
    """Per keep bar, the reading fitted without each left-out set scored on it; and the rules.

    The reading is fitted once per left-out set (its constants, the detector's candidates at
    :data:`CUT` and :data:`FLOOR` from the records' ``detector_probs``) and read at every bar:
    only the bar changes between the columns of a fold.
    """
    grid: KeepGrid = {}
    rules: dict[str, AboutScore] = {}
    for left in folds:
        part = [r for r in records if r.set == left]
        if not part:
            continue
        model = fit([r for r in records if r.set != left], c, seeds, missed)
        cases = [r.case for r in part]
        rules[left] = score_about(cases, [r.rules for r in part])
        for keep in keeps:
            kept = replace(model, keep=keep)
            preds = [read(r, kept, threshold, CUT, FLOOR) for r in part]
            grid.setdefault(keep, {})[left] = score_about(cases, preds)
        print(f"  {left}: done", flush=True)
    return grid, rules


def keep_losers(scores: Mapping[str, AboutScore], rules: Mapping[str, AboutScore]) -> list[str]:
    """The left-out sets on which the reading's reported recall is below the rules' alone."""
    return [
        name
        for name, s in scores.items()
        if name in rules and s.reported_recall < rules[name].reported_recall - 1e-9
    ]


def choose_keep(grid: KeepGrid, rules: Mapping[str, AboutScore]) -> float | None:
    """The highest keep bar at which no left-out set loses reported recall against the rules.

    Out of sample the reading must not be worse than the rules it refines on a new set; among
    the bars where that holds, the highest drops the most of the rules' kinds the reading reads
    background (precision). None (no keep) is the highest bar. When no bar holds it, the one
    with the fewest losing sets, the lowest among equals (the rules' recall kept most).
    """

    def height(keep: float | None) -> float:
        return float("inf") if keep is None else keep

    bars = sorted(grid, key=height)
    holding = [k for k in bars if not keep_losers(grid[k], rules)]
    if holding:
        return holding[-1]
    return min(bars, key=lambda k: (len(keep_losers(grid[k], rules)), height(k)))


def keep_table(grid: KeepGrid, rules: Mapping[str, AboutScore], chosen: float | None) -> list[str]:
    """Markdown rows: per left-out set, the rules and the reading at the chosen bar and its
    neighbours in :data:`KEEP_GRID` (P / R / background marked reported), then pooled."""

    def height(keep: float | None) -> float:
        return float("inf") if keep is None else keep

    bars = sorted(grid, key=height)
    at = bars.index(chosen)
    shown = bars[max(0, at - 1) : at + 2]
    names = [n for n in rules]

    def cell(s: AboutScore) -> str:
        return (
            f"{s.reported_precision:.3f} / {s.reported_recall:.3f} / "
            f"{s.background_reported} of {s.background}"
        )

    heads = ["keep " + ("none" if k is None else f"{k}") for k in shown]
    heads[shown.index(chosen)] += " (chosen)"
    lines = [
        "| left-out set | rules | " + " | ".join(heads) + " |",
        "|---|---|" + "---|" * len(shown),
    ]
    for name in names:
        lines.append(
            f"| {name} | {cell(rules[name])} | "
            + " | ".join(cell(grid[k][name]) for k in shown)
            + " |"
        )
    lines.append(
        f"| pooled | {cell(pooled(list(rules.values())))} | "
        + " | ".join(cell(pooled([grid[k][n] for n in names])) for k in shown)
        + " |"
    )
    for k in bars:
        losers = keep_losers(grid[k], rules)
        lines.append(
            f"keep {'none' if k is None else k}: pooled "
            f"{cell(pooled([grid[k][n] for n in names]))}; loses recall on "
            f"{', '.join(losers) if losers else 'no set'}"
        )
    return lines


def choose(grid: dict[Key, dict[str, AboutScore]], background_cap: float = 1.0) -> Key:
    """The (C, missed weight, threshold) with the best mean figure on :data:`CHOICE_FOLDS`.

    Only among those whose share of background marked reported, pooled over the choice folds,
    is at most ``background_cap`` (the bar for shipping the reading as the default: 5 % or the
    rules' own share, whichever is higher); all of them if none is.
    """

    def mean(key: Key) -> float:
        return sum(figure(grid[key][f]) for f in CHOICE_FOLDS) / len(CHOICE_FOLDS)

    def background(key: Key) -> float:
        return pooled([grid[key][f] for f in CHOICE_FOLDS]).background_as_reported

    within = [k for k in sorted(grid) if background(k) <= background_cap + 1e-9]
    return max(within or sorted(grid), key=lambda k: round(mean(k), 6))


def background_cap(records: Sequence[Record]) -> float:
    """5 % or the rules' share of background marked reported on the choice folds, if higher."""
    parts: list[AboutScore] = []
    for name in CHOICE_FOLDS:
        left = name.removesuffix(" (masked)")
        part = masked_fold(records, left) if left != name else [r for r in records if r.set == name]
        parts.append(score_about([r.case for r in part], [r.rules for r in part]))
    return max(0.05, pooled(parts).background_as_reported)


def pooled(scores: Sequence[AboutScore]) -> AboutScore:
    """The scores of several sets counted together."""
    out = AboutScore()
    for s in scores:
        for name in (
            "rep_tp",
            "rep_fp",
            "rep_fn",
            "background",
            "background_reported",
        ):
            setattr(out, name, getattr(out, name) + getattr(s, name))
    return out


def _detector_scores(topics: Collection[str]) -> dict[str, tuple[AboutScore, AboutScore]]:
    """Per left-out set: the rules alone and the rules with the kind detector trained without it."""
    from bench.train_kinds import cross_validate
    from nlp.entities import load_tagger
    from policywatch_core.config import load_watchlist

    tagger = load_tagger(load_watchlist(ROOT / "config").items)
    return {f.name: (f.rules, f.both) for f in cross_validate(tagger, topics)}


def table(folds: Sequence[Fold], methods: Sequence[str]) -> list[str]:
    """Markdown rows: per fold and pooled, reported P / R / F1 / background of each method.

    Pooled: the out-of-sample folds, the masked folds, the two together (the honest folds), the
    in-sample honest folds (held-out 4 to 20 as the rules read them) and every unmasked fold.
    """
    lines = [
        "| left-out set | n | " + " | ".join(methods) + " |",
        "|---|---|" + "---|" * len(methods),
    ]

    def cell(s: AboutScore | None) -> str:
        if s is None:
            return "-"
        return (
            f"{s.reported_precision:.3f} / {s.reported_recall:.3f} / {reported_f1(s):.3f} / "
            f"{100 * s.background_as_reported:.1f}%"
        )

    def row(label: str, n: int, scores: dict[str, AboutScore]) -> None:
        lines.append(
            f"| {label} | {n} | " + " | ".join(cell(scores.get(m)) for m in methods) + " |"
        )

    for f in folds:
        row(f.set + (" (out of sample)" if f.set in OUT_OF_SAMPLE else ""), f.n, f.scores)
    masked_names = CHOICE_FOLDS[len(OUT_OF_SAMPLE) :]
    for label, names in (
        ("out-of-sample folds pooled", OUT_OF_SAMPLE),
        ("masked folds pooled", masked_names),
        ("honest folds pooled (out of sample + masked)", CHOICE_FOLDS),
        ("in-sample honest folds pooled (held-out 4 to 20)", IN_SAMPLE_FOLDS),
        ("every unmasked fold pooled", ABOUT_SETS),
    ):
        chosen = [f for f in folds if f.set in names]
        scores = {
            m: pooled([f.scores[m] for f in chosen])
            for m in methods
            if all(m in f.scores for f in chosen)
        }
        row(label, sum(f.n for f in chosen), scores)
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.train_reported",
        description="Cross-validate (leave one set out) and train the learned reading of the "
        "reported kinds; writes nlp/models/reported-v1.json unless --cv-only.",
    )
    parser.add_argument("--cv-only", action="store_true", help="cross-validate, write nothing")
    parser.add_argument("--skip-cv", action="store_true", help="train and write the model only")
    parser.add_argument("--no-vectors", action="store_true", help="no nearness features")
    parser.add_argument("--no-detector", action="store_true", help="leave the detector column out")
    parser.add_argument(
        "--candidates",
        action="store_true",
        help="score the kind detector's candidates (cut, floor) on the choice folds, write nothing",
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="choose the rules' keep on the left-out sets from held-out 25 on, write nothing",
    )
    parser.add_argument(
        "--keep-from",
        type=int,
        default=25,
        metavar="N",
        help="with --keep: the left-out sets from held-out N on (default 25)",
    )
    args = parser.parse_args(argv)
    from bench.train_about import topics_of

    topics = topics_of()
    seeds = {} if args.no_vectors else kind_seeds(load_vectors())
    print("tagging the annotated sets ...", flush=True)
    keep_sets = keep_folds(args.keep_from)
    if args.keep and not keep_sets:
        print(f"--keep-from {args.keep_from}: no left-out set from held-out {args.keep_from} on")
        return 2
    records = collect(topics, seeds)
    if args.keep and not READ_DETECTOR and not args.candidates:
        print("the kind detector, trained without each left-out set ...", flush=True)
        records = cross_fit_detector(records, as_feature=False, only=keep_sets)
    elif READ_DETECTOR or args.candidates or args.keep:
        print("the kind detector, trained without each set in turn ...", flush=True)
        records = cross_fit_detector(records, as_feature=READ_DETECTOR)
    c, threshold = C, THRESHOLD
    if args.keep:
        keep_grid, rules = cv_keep(records, seeds, folds=keep_sets)
        chosen_keep = choose_keep(keep_grid, rules)
        print("P / R / background marked reported, each set left out in turn")
        print("\n".join(keep_table(keep_grid, rules, chosen_keep)))
        print(f"chosen keep: {chosen_keep}")
        print(keep_verdict(chosen_keep, keep_sets))
        return 0
    if args.candidates:
        found = cv_candidates(records, seeds, C, MISSED_WEIGHT, THRESHOLD_GRID)
        for key in sorted(found, key=lambda k: (k[0], -1.0 if k[1] is None else k[1], k[2])):
            mean = sum(figure(found[key][f]) for f in CHOICE_FOLDS) / len(CHOICE_FOLDS)
            honest = pooled([found[key][f] for f in CHOICE_FOLDS])
            print(
                f"t={key[0]} cut={key[1]} floor={key[2]}: choice folds F1-bg {mean:.4f}; "
                f"honest folds pooled P {honest.reported_precision:.3f} "
                f"R {honest.reported_recall:.3f} bg {100 * honest.background_as_reported:.1f}%"
            )
        chosen_candidates = choose_candidates(found, background_cap(records))
        print(
            f"chosen: threshold={chosen_candidates[0]} cut={chosen_candidates[1]} "
            f"floor={chosen_candidates[2]}"
        )
        return 0
    if not args.skip_cv:
        choice_sets = (*OUT_OF_SAMPLE, *MASKED_FOLDS)
        cut, floor = reading_cut(records)
        if cut is None and CUT is not None:
            print(
                f"NOTE: the reading's column below has NO detector candidates (the shipped cut "
                f"{CUT} and floor {FLOOR} are off: the detector is not cross-fitted in this run): "
                "C, missed weight and threshold are chosen for a reading that is not the shipped "
                "one; --candidates scores the shipped reading's candidates",
                flush=True,
            )
        grid = cv_reading(
            records, seeds, C_GRID, THRESHOLD_GRID, MISSED_GRID, choice_sets, cut, floor
        )
        for key in sorted(grid):
            mean = sum(figure(grid[key][f]) for f in CHOICE_FOLDS) / len(CHOICE_FOLDS)
            oos = pooled([grid[key][f] for f in OUT_OF_SAMPLE])
            print(
                f"C={key[0]} missed={key[1]} t={key[2]}: choice folds F1-bg {mean:.4f}; "
                "out of sample pooled "
                f"P {oos.reported_precision:.3f} R {oos.reported_recall:.3f} "
                f"bg {100 * oos.background_as_reported:.1f}%"
            )
        cap = background_cap(records)
        print(f"background marked reported allowed on the choice folds pooled: {100 * cap:.1f}%")
        chosen = choose(grid, cap)
        print(
            f"chosen on {', '.join(CHOICE_FOLDS)}: C={chosen[0]} missed={chosen[1]} "
            f"threshold={chosen[2]}"
        )
        if chosen != (C, MISSED_WEIGHT, THRESHOLD):
            print(f"the shipped constants {(C, MISSED_WEIGHT, THRESHOLD)} differ: update them")
        rest = [name for name in ABOUT_SETS if name not in choice_sets]
        every = cv_reading(records, seeds, [chosen[0]], [chosen[2]], [chosen[1]], rest, cut, floor)
        every[chosen].update(grid[chosen])
        detector = {} if args.no_detector else _detector_scores(topics)
        methods = ["rules", "keyword", "reading"] + ([] if args.no_detector else ["detector"])
        folds = []
        for left in (*ABOUT_SETS, *CHOICE_FOLDS[len(OUT_OF_SAMPLE) :]):
            name = left.removesuffix(" (masked)")
            if left == name:
                part = [r for r in records if r.set == name]
            else:
                part = masked_fold(records, name)
            cases = [r.case for r in part]
            scores = {
                "rules": score_about(cases, [r.rules for r in part]),
                "keyword": score_about(cases, [r.keyword for r in part]),
                "reading": every[chosen][left],
            }
            if left in detector:
                scores["detector"] = detector[left][1]
            folds.append(Fold(left, len(part), scores))
        print("P / R / F1 / background marked reported")
        print("\n".join(table(folds, methods)))
    if args.cv_only:
        return 0
    write_model(records, seeds, c, threshold)
    print(f"{len(records)} articles x {len(KINDS)} kinds -> {MODEL_PATH.relative_to(ROOT)}")
    return 0


def write_model(
    records: Sequence[Record], seeds: dict[str, tuple[str, ...]], c: float, threshold: float
) -> None:
    """Fit the reading on every record and write it to :data:`MODEL_PATH`."""
    model = replace(
        fit(records, c, seeds, MISSED_WEIGHT),
        threshold=threshold,
        cut=CUT,
        floor=FLOOR,
        keep=KEEP,
    )
    counts: dict[str, int] = {}
    for r in records:
        counts[r.set] = counts.get(r.set, 0) + 1
    data = {
        **model.to_json(),
        "trained_on": counts,
        "regularisation_c": c,
        "missed_weight": MISSED_WEIGHT,
    }
    ReadingModel.from_json(data, "trained model")  # the file must load
    MODEL_PATH.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    raise SystemExit(main())
