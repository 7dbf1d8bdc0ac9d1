"""Train the grouping decision (``nlp/models/grouping-v5.json``) on the ECB+ ``train`` split.

    python -m bench.train_grouping [--write] [--cache DIR] [--cv [--seed N]]
    python -m bench.train_grouping v6 [--write] [--cache DIR]
    python -m bench.train_grouping v7 [--write | --out FILE] [--cache DIR] [--orders SEEDS]
    python -m bench.train_grouping v8 [--write | --out FILE] [--cache DIR] [--features LIST]

1. Replay the train split in input order (ECB+ has no dates: order stands for time) with the gold
   developments as state, and record the pair features of every article against its candidate
   developments (label: the candidate is the article's gold event). A second pass replays with the
   first model's own decisions, so the model also sees the impure developments it creates
   (labels: the candidate's majority event).
2. Fit a logistic regression (scikit-learn) on standardised features; C chosen by
   leave-topics-out log-loss.
3. Choose the join threshold that maximises the mean of pairwise and BCubed F1 of the real
   grouper on the train split, and fold it into the intercept (0.5 is then the operating point).
4. Refine the coefficients and intercept on that same objective (since v5): a coordinate search
   that moves one standardised coefficient at a time by a factor (each within 0.5-2x of the
   regression's value) with a small intercept shift, keeping a change only when the grouping of
   the train split gains more than 0.002. Pair log-loss cannot see that one early wrong join
   costs a whole mixed development; the grouping objective can. ``--no-search`` skips it.

5. ``--cv``: leave-topics-out cross-validation of the whole procedure (1-4 on four fifths of the
   train topics, grouping of the held-back fifth), the figure feature sets are chosen by: the dev
   split is only for reporting.

As a bench stage (``python -m bench --only train_grouping``) it retrains in memory and reports how
close the result is to the shipped model; it writes nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypedDict

import numpy as np
import numpy.typing as npt

from bench.common import StageResult, shared_path
from nlp.cluster import ClusterItem, Grouper, GroupingParams, Profile, profile
from nlp.features import FEATURES, DecisionModel, load_model, vector

CORPUS = ("eval", "clustering", "ecbplus-dev.jsonl")
MODEL_PATH = Path(__file__).resolve().parent.parent / "nlp" / "models" / "grouping-v5.json"
BASE_TIME = datetime(2026, 1, 1, tzinfo=UTC)


def load_corpus() -> list[dict[str, Any]] | None:
    path = shared_path(*CORPUS)
    if path is None:
        return None
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def embed_rows(
    rows: Sequence[dict[str, Any]], cache: Path | None = None
) -> npt.NDArray[np.float32]:
    """Title+lead embeddings exactly as ``policywatch cluster`` computes them."""
    from nlp.embed import embed_texts, embedding_text, load_encoder

    key = None
    if cache is not None:
        # the ids and the texts: the short versions of the corpus keep the ids
        ids = "|".join(f"{r['id']}\x1f{r['title']}\x1f{r['text']}" for r in rows)
        digest = hashlib.sha1(ids.encode("utf-8")).hexdigest()[:12]
        key = cache / f"emb-{digest}-{len(rows)}.npy"
        if key.exists():
            return np.load(key)  # type: ignore[no-any-return]
    texts = [embedding_text(r["title"], "", r["text"]) for r in rows]
    vectors = embed_texts(texts, load_encoder())
    if key is not None:
        key.parent.mkdir(parents=True, exist_ok=True)
        np.save(key, vectors)
    return vectors


def items_for(
    rows: Sequence[dict[str, Any]], vectors: npt.NDArray[np.float32]
) -> list[ClusterItem]:
    """Cluster items in input order, one minute apart (ECB+ has no dates)."""
    return [
        ClusterItem(
            article_id=r["id"],
            title=r["title"],
            published=BASE_TIME + timedelta(minutes=i),
            outlet_id=r.get("source") or "unknown",
            vector=vectors[i],
            text=r["text"],
        )
        for i, r in enumerate(rows)
    ]


#: Profiles computed once per process: training groups the same items some thirty times (threshold
#: search), and a profile depends only on the item (keyed by id and publication time, since the
#: time simulation re-dates items, and by the text and vector, since the short versions keep
#: the ids).
_PROFILES: dict[tuple[str, datetime, str, str, bytes], Profile] = {}


def cached_profile(item: ClusterItem) -> Profile:
    key = (item.article_id, item.published, item.title, item.text, item.vector.tobytes())
    prof = _PROFILES.get(key)
    if prof is None:
        prof = _PROFILES[key] = profile(item)
    return prof


def prime(grouper: Grouper, items: Sequence[ClusterItem]) -> None:
    """``Grouper.prime`` with :func:`cached_profile` (same state, no repeated tokenising)."""
    grouper.prime(items, profiler=cached_profile)


def _null_model() -> DecisionModel:
    n = len(FEATURES)
    return DecisionModel("null", FEATURES, (0.0,) * n, (1.0,) * n, (0.0,) * n, 0.0, {})


def teacher_pairs(
    items: Sequence[ClusterItem], gold: Sequence[str], params: GroupingParams
) -> tuple[list[list[float]], list[int], list[str]]:
    """Pair features with gold developments as state."""
    grouper = Grouper(params, model=_null_model())
    prime(grouper, items)
    xs: list[list[float]] = []
    ys: list[int] = []
    groups: list[str] = []
    for item, g in zip(items, gold, strict=True):
        prof = grouper._profiles.pop(item.article_id, None) or profile(item)
        for cand in grouper.candidates(prof):
            xs.append(vector(cand.features))
            ys.append(int(cand.development_id == g))
            groups.append(g.split("_")[0])
        dev = grouper.developments.get(g) or grouper._new_development(g, prof)
        grouper._add_to(dev, prof)
    return xs, ys, groups


def replay_pairs(
    items: Sequence[ClusterItem],
    gold: Sequence[str],
    model: DecisionModel,
    params: GroupingParams,
) -> tuple[list[list[float]], list[int], list[str]]:
    """Pair features with the model's own developments as state (majority-gold labels)."""
    grouper = Grouper(params, model=model)
    prime(grouper, items)
    gold_of = {item.article_id: g for item, g in zip(items, gold, strict=True)}
    xs: list[list[float]] = []
    ys: list[int] = []
    groups: list[str] = []
    for item in items:
        prof = grouper._profiles.get(item.article_id) or profile(item)
        for cand in grouper.candidates(prof):
            members = grouper.developments[cand.development_id].member_ids
            majority = Counter(gold_of[m] for m in members).most_common(1)[0][0]
            xs.append(vector(cand.features))
            ys.append(int(majority == gold_of[item.article_id]))
            groups.append(gold_of[item.article_id].split("_")[0])
        grouper.assign(item)
    return xs, ys, groups


def fit(
    xs: Sequence[Sequence[float]],
    ys: Sequence[int],
    groups: Sequence[str],
    version: str,
    features: Sequence[str] = FEATURES,
) -> tuple[DecisionModel, dict[str, float]]:
    """Logistic regression on standardised features; C by leave-topics-out log-loss."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss
    from sklearn.model_selection import GroupKFold

    keep = [FEATURES.index(f) for f in features]
    x = np.asarray(xs, dtype=np.float64)[:, keep]
    y = np.asarray(ys, dtype=np.int64)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    best: tuple[float, float] | None = None
    for c in (0.01, 0.03, 0.1, 0.3, 1.0, 3.0):
        losses = []
        for train_idx, test_idx in GroupKFold(n_splits=5).split(z, y, groups):
            clf = LogisticRegression(C=c, max_iter=2000)
            clf.fit(z[train_idx], y[train_idx])
            losses.append(
                log_loss(y[test_idx], clf.predict_proba(z[test_idx])[:, 1], labels=[0, 1])
            )
        loss = float(np.mean(losses))
        if best is None or loss < best[1]:
            best = (c, loss)
    assert best is not None
    clf = LogisticRegression(C=best[0], max_iter=2000)
    clf.fit(z, y)
    model = DecisionModel(
        version=version,
        features=tuple(features),
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
        coef=tuple(float(v) for v in clf.coef_[0]),
        intercept=float(clf.intercept_[0]),
        meta={},
    )
    return model, {"C": best[0], "cv_log_loss": best[1], "pairs": len(y), "positives": int(y.sum())}


def with_threshold(model: DecisionModel, threshold: float) -> DecisionModel:
    """The model whose 0.5 point is ``threshold`` of ``model``."""
    shift = math.log(threshold / (1 - threshold))
    return replace(model, intercept=model.intercept - shift)


def group(items: Sequence[ClusterItem], model: DecisionModel, params: GroupingParams) -> list[str]:
    """The developments the grouper assigns ``items`` to (profiles from the process cache)."""
    grouper = Grouper(params, model=model)
    assignments = grouper.assign_all(items, profiler=cached_profile)
    developments = {a.article_id: a.development_id for a in assignments}
    return [developments[i.article_id] for i in items]


def evaluate(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
    from bench.grouping import scores

    return dict(scores(gold, pred))


def objective(scores: dict[str, float]) -> float:
    """The grouping objective: mean of pairwise and BCubed F1."""
    return (scores["pairwise_f1"] + scores["bcubed_f1"]) / 2


def tune_threshold(
    items: Sequence[ClusterItem], gold: Sequence[str], model: DecisionModel, params: GroupingParams
) -> tuple[float, dict[str, float]]:
    best: tuple[float, float, dict[str, float]] | None = None
    for t in np.arange(0.1, 0.81, 0.05):
        s = evaluate(gold, group(items, with_threshold(model, float(t)), params))
        value = objective(s)
        if best is None or value > best[1] + 1e-9:
            best = (float(t), value, s)
    assert best is not None
    return best[0], best[2]


#: The grouping search (step 4; ``train(search=...)``, part of the shipped training since v5):
#: multipliers tried on each standardised coefficient, intercept shifts (logit) re-picked with
#: each, the gain a change must bring, and how far (a factor) a coefficient may move from the
#: regression's. Unbounded and with factor 0 (dropping a feature) it gained more on the training
#: topics and was less stable held back (``--cv`` seed 0: 0.868 against 0.887 bounded).
SEARCH_FACTORS: tuple[float, ...] = (0.5, 0.75, 1.5, 2.0)
SEARCH_SHIFTS: tuple[float, ...] = (-0.25, 0.0, 0.25)
SEARCH_MARGIN = 0.002
SEARCH_MAX_RATIO: float | None = 2.0


class SearchOptions(TypedDict, total=False):
    """Keyword arguments of :func:`search_coefficients`."""

    factors: Sequence[float]
    shifts: Sequence[float]
    sweeps: int
    margin: float
    max_ratio: float | None


#: The search the shipped model (v5) was trained with.
SHIPPED_SEARCH: SearchOptions = {
    "factors": SEARCH_FACTORS,
    "shifts": SEARCH_SHIFTS,
    "sweeps": 2,
    "margin": SEARCH_MARGIN,
    "max_ratio": SEARCH_MAX_RATIO,
}


def search_coefficients(
    items: Sequence[ClusterItem],
    gold: Sequence[str],
    model: DecisionModel,
    params: GroupingParams,
    factors: Sequence[float] = SEARCH_FACTORS,
    shifts: Sequence[float] = SEARCH_SHIFTS,
    sweeps: int = 2,
    margin: float = SEARCH_MARGIN,
    max_ratio: float | None = SEARCH_MAX_RATIO,
) -> tuple[DecisionModel, dict[str, Any]]:
    """Coordinate search of the coefficients and intercept on the grouping objective.

    For each non-zero coefficient in turn, try it multiplied by each of ``factors`` (with the
    intercept moved by each of ``shifts``) and keep the best change if it raises the objective of
    the real grouper on ``items`` by more than ``margin``. ``max_ratio`` bounds every coefficient
    to within that factor of its starting value (a pull toward the logistic-regression solution).
    """
    start = model.coef
    seen: dict[tuple[float, ...], float] = {}

    def score(coef: Sequence[float], intercept: float) -> float:
        key = tuple(round(v, 9) for v in (*coef, intercept))
        if key not in seen:
            candidate = replace(model, coef=tuple(coef), intercept=intercept)
            seen[key] = objective(evaluate(gold, group(items, candidate, params)))
        return seen[key]

    coef = list(model.coef)
    intercept = model.intercept
    best = initial = score(coef, intercept)
    changes: list[dict[str, Any]] = []
    for sweep in range(sweeps):
        changed = False
        for i, name in enumerate(model.features):
            if coef[i] == 0.0:
                continue
            pick: tuple[float, float, float] | None = None
            for f in factors:
                w = coef[i] * f
                if max_ratio is not None and not (
                    1 / max_ratio - 1e-9 <= w / start[i] <= max_ratio + 1e-9
                ):
                    continue
                for d in shifts:
                    if f == 1.0 and d == 0.0:
                        continue
                    trial = [*coef[:i], w, *coef[i + 1 :]]
                    value = score(trial, intercept + d)
                    if pick is None or value > pick[0] + 1e-12:
                        pick = (value, f, d)
            if pick is not None and pick[0] > best + margin:
                old = coef[i]
                coef[i] *= pick[1]
                intercept += pick[2]
                changes.append(
                    {
                        "sweep": sweep,
                        "feature": name,
                        "from": round(old, 4),
                        "to": round(coef[i], 4),
                        "shift": pick[2],
                        "objective": round(pick[0], 4),
                    }
                )
                best = pick[0]
                changed = True
        if not changed:
            break
    searched = replace(model, coef=tuple(coef), intercept=intercept)
    info = {
        "objective_before": round(initial, 4),
        "objective_after": round(best, 4),
        "groupings": len(seen),
        "changes": changes,
    }
    return searched, info


#: The features the shipped model weighs (see docs/decisions/ for the ablation).
MODEL_FEATURES: tuple[str, ...] = (
    "emb_mean",
    "tfidf_mean",
    "names_mean",
    "names",
    "names_back",
    "near_copy",
    "entities",
    "signals",
    "head_cov",
    "head_back",
    "head_conflict",
    "num_conflict",
    "year_conflict",
    "head_core",
)


#: The mean features read the ``EVIDENCE_TOP`` reports of a development nearest the article
#: (k-nearest average link, v3; None or 0: all reports, as v1 and v2).
EVIDENCE_TOP: int | None = 5

#: ECB+ has no dates, so the weight of time is fitted on simulated arrivals: the events of one
#: topic start uniformly within ``SIM_EVENT_SPREAD_DAYS``, and each report follows its event's
#: start by an exponential delay of mean ``SIM_REPORT_DELAY_DAYS`` (an assumption, recorded in
#: the model's metadata and in docs/decisions/).
SIM_EVENT_SPREAD_DAYS = 14.0
SIM_REPORT_DELAY_DAYS = 0.5


def simulated_items(
    items: Sequence[ClusterItem], gold: Sequence[str], seed: int = 0
) -> tuple[list[ClusterItem], list[str]]:
    """The items with simulated publication times, in that time order."""
    rng = np.random.default_rng(seed)
    start = {ev: rng.uniform(0, SIM_EVENT_SPREAD_DAYS) for ev in sorted(set(gold))}
    timed = []
    for item, g in zip(items, gold, strict=True):
        days = start[g] + rng.exponential(SIM_REPORT_DELAY_DAYS)
        timed.append((replace(item, published=BASE_TIME + timedelta(days=float(days))), g))
    timed.sort(key=lambda p: p[0].published)
    return [i for i, _ in timed], [g for _, g in timed]


def fit_time_weight(
    items: Sequence[ClusterItem], gold: Sequence[str], model: DecisionModel, params: GroupingParams
) -> tuple[float, dict[str, float]]:
    """The weight of log(1 + days) that best explains joins on simulated arrivals.

    The content part of the log-odds is held fixed; 0 days adds nothing.
    """
    timed, timed_gold = simulated_items(items, gold)
    grouper = Grouper(params, model=model)
    prime(grouper, timed)
    z: list[float] = []
    x: list[float] = []
    y: list[int] = []
    for item, g in zip(timed, timed_gold, strict=True):
        prof = grouper._profiles.pop(item.article_id, None) or profile(item)
        for cand in grouper.candidates(prof):
            feats = dict(cand.features)
            x.append(math.log1p(feats.pop("days", 0.0)))
            z.append(replace(model, time_weight=0.0).logit(feats))
            y.append(int(cand.development_id == g))
        dev = grouper.developments.get(g) or grouper._new_development(g, prof)
        grouper._add_to(dev, prof)
    za, xa, ya = np.asarray(z), np.asarray(x), np.asarray(y)
    best = (0.0, float("inf"))
    for w in np.arange(-8.0, 0.001, 0.05):
        p = 1 / (1 + np.exp(-(za + w * xa)))
        p = np.clip(p, 1e-9, 1 - 1e-9)
        loss = float(-np.mean(ya * np.log(p) + (1 - ya) * np.log(1 - p)))
        if loss < best[1]:
            best = (float(w), loss)
    return best[0], {"pairs": len(ya), "log_loss": best[1]}


def train(
    rows: Sequence[dict[str, Any]],
    vectors: npt.NDArray[np.float32],
    version: str = "grouping-v5",
    features: Sequence[str] = MODEL_FEATURES,
    evidence_top: int | None = EVIDENCE_TOP,
    search: SearchOptions | None = SHIPPED_SEARCH,
    orders: Sequence[int] = (),
) -> tuple[DecisionModel, dict[str, Any]]:
    """Train the decision model; ``search``: refine it by :func:`search_coefficients` (None: the
    logistic regression and its tuned threshold alone, as up to v4); ``orders``: train on the
    split's topic order and these shuffled orders (:func:`train_orders`, v6; no search)."""
    # the shipped model was trained on 8 candidates
    params = GroupingParams(candidates=8, evidence_top=evidence_top or 0)
    train_rows = [(r, v) for r, v in zip(rows, vectors, strict=True) if r["split"] == "train"]
    items = items_for([r for r, _ in train_rows], np.vstack([v for _, v in train_rows]))
    gold = [r["gold_cluster"] for r, _ in train_rows]
    if orders:
        return train_orders(items, gold, version, features, evidence_top, orders)
    xs, ys, groups = teacher_pairs(items, gold, params)
    first, _ = fit(xs, ys, groups, version, features)
    t1, _ = tune_threshold(items, gold, first, params)
    xr, yr, gr = replay_pairs(items, gold, with_threshold(first, t1), params)
    model, fit_info = fit(xs + xr, ys + yr, groups + gr, version, features)
    threshold, train_scores = tune_threshold(items, gold, model, params)
    tuned = with_threshold(model, threshold)
    search_info: dict[str, Any] | None = None
    if search is not None:
        # graded on the grouper as it runs (its default number of candidates, not training's 8)
        deployed = GroupingParams(evidence_top=evidence_top or 0)
        tuned, search_info = search_coefficients(items, gold, tuned, deployed, **search)
        # the time weight is fitted on logits of the regression's scale (threshold unfolded)
        model = replace(tuned, intercept=tuned.intercept + math.log(threshold / (1 - threshold)))
    time_weight, time_info = fit_time_weight(items, gold, model, params)
    shipped = replace(tuned, time_weight=time_weight)
    shipped = replace(shipped, evidence_top=evidence_top or None)
    meta = {
        "trained_on": "ECB+ train split (ecbplus-dev.jsonl, split == 'train'), input order as time",
        "documents": len(items),
        "events": len(set(gold)),
        "fit": fit_info,
        "tuned_threshold": threshold,
        "train_scores": {k: round(v, 4) for k, v in train_scores.items()},
        "time": {
            "fitted_on": "simulated arrivals of the train split (ECB+ has no dates)",
            "event_spread_days": SIM_EVENT_SPREAD_DAYS,
            "report_delay_days": SIM_REPORT_DELAY_DAYS,
            **time_info,
        },
        "embedding": "all-MiniLM-L6-v2 of title + lead (nlp.embed.embedding_text)",
        "created": datetime.now(UTC).strftime("%Y-%m-%d"),
    }
    if search is not None and search_info is not None:
        meta["search"] = {"options": dict(search), **search_info}
    return replace(shipped, meta=meta), meta


#: Shuffled orders of the training topics the v6 full-text branch learns from (besides topic
#: order): seeds apart from the bench's dev orders (0-4), which only measure.
TRAIN_ORDERS: tuple[int, ...] = (100, 101, 102)
#: The orders the threshold is tuned on (topic order and the first shuffles; a bound on CPU).
TUNE_ORDERS = 2


def in_order(
    items: Sequence[ClusterItem], gold: Sequence[str], seed: int | None
) -> tuple[list[ClusterItem], list[str]]:
    """The items in topic order (None) or shuffled by ``seed``, re-dated one minute apart."""
    perm = list(range(len(items)))
    if seed is not None:
        np.random.default_rng(seed).shuffle(perm)
    return (
        [replace(items[j], published=BASE_TIME + timedelta(minutes=k)) for k, j in enumerate(perm)],
        [gold[j] for j in perm],
    )


def tune_threshold_orders(
    versions: Sequence[tuple[list[ClusterItem], list[str]]],
    model: DecisionModel,
    params: GroupingParams,
) -> tuple[float, dict[str, float]]:
    """The threshold with the best mean objective over ``versions`` (scores: of the first)."""
    best: tuple[float, float, dict[str, float]] | None = None
    for t in np.arange(0.2, 0.76, 0.05):
        got = [evaluate(g, group(i, with_threshold(model, float(t)), params)) for i, g in versions]
        value = float(np.mean([objective(s) for s in got]))
        if best is None or value > best[1] + 1e-9:
            best = (float(t), value, got[0])
    assert best is not None
    return best[0], best[2]


def train_orders(
    items: Sequence[ClusterItem],
    gold: Sequence[str],
    version: str,
    features: Sequence[str],
    evidence_top: int | None,
    seeds: Sequence[int],
) -> tuple[DecisionModel, dict[str, Any]]:
    """The v5 procedure (teacher pairs, replay pairs, threshold) on several arrival orders.

    Trained on topic order alone, the model never saw a report of one event against the young
    development of the other event of its topic (in topic order the other event has not begun,
    or has many reports by then); interleaved arrivals are full of such pairs, and it joined them.
    Here the pairs come from topic order and each shuffled order, and the threshold is the one
    with the best mean grouping objective over topic order and the first shuffles.
    """
    params = GroupingParams(candidates=8, evidence_top=evidence_top or 0)
    versions = [in_order(items, gold, None)] + [in_order(items, gold, s) for s in seeds]
    tune = versions[: 1 + TUNE_ORDERS]
    xs: list[list[float]] = []
    ys: list[int] = []
    groups: list[str] = []
    for v_items, v_gold in versions:
        x, y, g = teacher_pairs(v_items, v_gold, params)
        xs += x
        ys += y
        groups += g
    first, _ = fit(xs, ys, groups, version, features)
    t1, _ = tune_threshold_orders(tune, first, params)
    for v_items, v_gold in versions:
        x, y, g = replay_pairs(v_items, v_gold, with_threshold(first, t1), params)
        xs += x
        ys += y
        groups += g
    model, fit_info = fit(xs, ys, groups, version, features)
    threshold, train_scores = tune_threshold_orders(tune, model, params)
    time_weight, time_info = fit_time_weight(items, gold, model, params)
    shipped = replace(
        with_threshold(model, threshold), time_weight=time_weight, evidence_top=evidence_top or None
    )
    meta = {
        "trained_on": "ECB+ train split (ecbplus-dev.jsonl, split == 'train'), topic order and "
        f"shuffled orders (seeds {', '.join(map(str, seeds))}) one minute apart",
        "documents": len(items),
        "events": len(set(gold)),
        "fit": fit_info,
        "tuned_threshold": threshold,
        "tuned_on": f"mean objective over topic order and {TUNE_ORDERS} shuffled orders",
        "train_scores": {k: round(v, 4) for k, v in train_scores.items()},
        "time": {
            "fitted_on": "simulated arrivals of the train split (ECB+ has no dates)",
            "event_spread_days": SIM_EVENT_SPREAD_DAYS,
            "report_delay_days": SIM_REPORT_DELAY_DAYS,
            **time_info,
        },
        "embedding": "all-MiniLM-L6-v2 of title + lead (nlp.embed.embedding_text)",
        "created": datetime.now(UTC).strftime("%Y-%m-%d"),
    }
    return replace(shipped, meta=meta), meta


def cross_validate(
    rows: Sequence[dict[str, Any]],
    vectors: npt.NDArray[np.float32],
    features: Sequence[str] = MODEL_FEATURES,
    folds: int = 5,
    seed: int | None = None,
    evidence_top: int | None = EVIDENCE_TOP,
    search: SearchOptions | None = SHIPPED_SEARCH,
    orders: Sequence[int] = (),
    eval_orders: Sequence[int] = (),
) -> dict[str, Any]:
    """Leave-topics-out scores of the whole training procedure on the train split.

    ``orders``: the procedure trains on these shuffled orders too (:func:`train_orders`);
    ``eval_orders``: the held-back topics are also grouped in these shuffled orders, and the
    pooled scores of each order are reported with their mean and worst.

    The train topics are dealt into ``folds`` groups (sorted, or shuffled by ``seed``); each group
    is grouped by a model trained (pairs, C, threshold) on the other groups' topics only. Pooled
    scores count every held-back prediction once (clusters of different folds never mix).
    """
    train_rows = [(r, v) for r, v in zip(rows, vectors, strict=True) if r["split"] == "train"]
    topics = sorted({r["gold_topic"] for r, _ in train_rows})
    if seed is not None:
        np.random.default_rng(seed).shuffle(topics)
    gold_all: list[str] = []
    pred_all: list[str] = []
    per_fold = []
    searches = []
    by_order: dict[str, tuple[list[str], list[str]]] = {}
    for k in range(folds):
        held = set(topics[k::folds])
        fit_rows = [(r, v) for r, v in train_rows if r["gold_topic"] not in held]
        test_rows = [(r, v) for r, v in train_rows if r["gold_topic"] in held]
        model, meta = train(
            [r for r, _ in fit_rows],
            np.vstack([v for _, v in fit_rows]),
            features=features,
            evidence_top=evidence_top,
            search=search,
            orders=orders,
        )
        if "search" in meta:
            searches.append({"fold": k, **meta["search"]})
        items = items_for([r for r, _ in test_rows], np.vstack([v for _, v in test_rows]))
        gold = [r["gold_cluster"] for r, _ in test_rows]
        pred = group(items, model, GroupingParams(evidence_top=evidence_top or 0))
        per_fold.append(evaluate(gold, pred))
        gold_all += [f"{k}:{g}" for g in gold]
        pred_all += [f"{k}:{p}" for p in pred]
        for order in eval_orders:
            o_items, o_gold = in_order(items, gold, order)
            o_pred = group(o_items, model, GroupingParams(evidence_top=evidence_top or 0))
            got = by_order.setdefault(f"shuffle {order}", ([], []))
            got[0].extend(f"{k}:{g}" for g in o_gold)
            got[1].extend(f"{k}:{p}" for p in o_pred)
    pooled = evaluate(gold_all, pred_all)
    result: dict[str, Any] = {
        "features": list(features),
        "folds": folds,
        "seed": seed,
        "evidence_top": evidence_top,
        "pooled": {k: round(v, 4) for k, v in pooled.items()},
        "objective": round(objective(pooled), 4),
        "fold_mean_f1": {
            key: round(float(np.mean([s[key] for s in per_fold])), 4)
            for key in ("pairwise_f1", "bcubed_f1")
        },
        "developments": len(set(pred_all)),
        "gold_developments": len(set(gold_all)),
    }
    if searches:
        result["search"] = searches
    if eval_orders:
        scored = {"topic order": pooled} | {
            name: evaluate(g, p) for name, (g, p) in by_order.items()
        }
        result["orders"] = {
            name: {k: round(sc[k], 4) for k in ("pairwise_f1", "bcubed_f1")}
            for name, sc in scored.items()
        }
        for key in ("pairwise_f1", "bcubed_f1"):
            values = [sc[key] for sc in scored.values()]
            result[f"{key} mean over orders"] = round(float(np.mean(values)), 4)
            result[f"{key} worst over orders"] = round(float(min(values)), 4)
    return result


def run(quick: bool) -> StageResult:
    result = StageResult("train_grouping")
    rows = load_corpus()
    if rows is None:
        result.skipped = "../shared/eval/clustering/ecbplus-dev.jsonl is missing"
        return result
    if quick:
        result.skipped = "retraining takes minutes; run without --quick"
        return result
    vectors = embed_rows(rows)
    model, meta = train(rows, vectors)
    shipped = load_model()
    scores = meta["train_scores"]
    result.add("train pairwise F1, regression (retrained)", scores["pairwise_f1"])
    result.add("train BCubed F1, regression (retrained)", scores["bcubed_f1"])
    if "search" in meta:
        result.add(
            "train objective, regression -> after the search",
            meta["search"]["objective_after"],
            note=f"from {meta['search']['objective_before']} (mean of pairwise and BCubed F1)",
        )
    drift = max(abs(a - b) for a, b in zip(model.coef, shipped.coef, strict=True))
    result.add("max coefficient difference vs shipped", drift, note="0 = reproducible")
    result.add(
        "intercept and time weight difference vs shipped",
        abs(model.intercept - shipped.intercept) + abs(model.time_weight - shipped.time_weight),
    )
    return result


def _seeds(text: str) -> tuple[int, ...]:
    return tuple(int(v) for v in text.split(",") if v.strip())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--write", action="store_true", help=f"write {MODEL_PATH}")
    parser.add_argument("--cache", type=Path, help="folder to cache embeddings in")
    parser.add_argument(
        "--cv", action="store_true", help="leave-topics-out cross-validation on train only"
    )
    parser.add_argument("--seed", type=int, help="--cv: shuffle the topics into folds")
    parser.add_argument(
        "--features", help="--cv: comma-separated feature set (default: the shipped one)"
    )
    parser.add_argument(
        "--evidence-top",
        type=int,
        default=EVIDENCE_TOP,
        help=f"--cv: means read the k reports nearest the article (0: all; default {EVIDENCE_TOP})",
    )
    parser.add_argument(
        "--no-search",
        action="store_true",
        help="skip step 4, the coefficient search on the grouping objective (the v4 procedure)",
    )
    parser.add_argument(
        "--search-factors",
        default=",".join(str(f) for f in SEARCH_FACTORS),
        help="step 4: multipliers tried on each coefficient",
    )
    parser.add_argument(
        "--search-shifts",
        default=",".join(str(d) for d in SEARCH_SHIFTS),
        help="step 4: intercept shifts (logit) tried with each multiplier",
    )
    parser.add_argument("--search-sweeps", type=int, default=2, help="step 4: passes")
    parser.add_argument(
        "--orders",
        default="",
        help="train on topic order and these shuffled orders (comma-separated seeds; no search)",
    )
    parser.add_argument(
        "--eval-orders",
        default="",
        help="--cv: also group the held-back topics in these shuffled orders (seeds)",
    )
    parser.add_argument(
        "--search-margin", type=float, default=SEARCH_MARGIN, help="step 4: gain to accept"
    )
    parser.add_argument(
        "--search-max-ratio",
        type=float,
        default=SEARCH_MAX_RATIO,
        help="step 4: keep each coefficient within this factor of the regression's (0: free)",
    )
    args = parser.parse_args(argv)
    search: SearchOptions | None = None
    if not args.no_search:
        search = {
            "factors": tuple(float(f) for f in args.search_factors.split(",")),
            "shifts": tuple(float(d) for d in args.search_shifts.split(",")),
            "sweeps": args.search_sweeps,
            "margin": args.search_margin,
            "max_ratio": args.search_max_ratio or None,
        }
    rows = load_corpus()
    if rows is None:
        print("../shared/eval/clustering/ecbplus-dev.jsonl is missing", file=sys.stderr)
        return 1
    vectors = embed_rows(rows, args.cache)
    if args.cv:
        features = tuple(args.features.split(",")) if args.features else MODEL_FEATURES
        print(
            json.dumps(
                cross_validate(
                    rows,
                    vectors,
                    features,
                    seed=args.seed,
                    evidence_top=args.evidence_top,
                    search=search,
                    orders=_seeds(args.orders),
                    eval_orders=_seeds(args.eval_orders),
                )
            )
        )
        return 0
    model, meta = train(rows, vectors, search=search, orders=_seeds(args.orders))
    print(json.dumps(meta, indent=2))
    for name, w in zip(model.features, model.coef, strict=True):
        print(f"{name:>14} {w:+.3f}")
    if args.write:
        MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
        MODEL_PATH.write_text(json.dumps(model.to_json(), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH}")
    return 0


# -- v6: the name-only guard and the short-report branch ------------------------------------------

V6_PATH = MODEL_PATH.parent / "grouping-v6.json"
#: The guard lets through all but this share of the training split's true joins (their text
#: agreement, lowest first): the floor is set from data, not by hand.
GUARD_BLOCKS = 0.01
#: A pair is decided by the short branch when either side's body has fewer words than the
#: ``SHORT_QUANTILE`` of the title + first-sentence versions' bodies (36 words on the ECB+ train
#: split, where the full texts' 5th percentile is 36 too: the boundary between the two).
SHORT_QUANTILE = 0.95
#: Shares of the mixed training version (each document full, title + first sentence, or title
#: only), so that the short branch also sees short reports against full-text developments.
MIXED_SEED = 0


def fit_guard(
    xs: Sequence[Sequence[float]], ys: Sequence[int]
) -> tuple[float, float, float, float]:
    """The text-agreement guard: a regression of true joins on emb_max and tfidf_max alone.

    Its floor is the value all but ``GUARD_BLOCKS`` of the true joins reach.
    """
    from sklearn.linear_model import LogisticRegression

    x = np.asarray(xs, dtype=np.float64)[
        :, [FEATURES.index("emb_max"), FEATURES.index("tfidf_max")]
    ]
    y = np.asarray(ys, dtype=np.int64)
    clf = LogisticRegression(C=1.0, max_iter=2000).fit(x, y)
    w_emb, w_tfidf = (float(v) for v in clf.coef_[0])
    b = float(clf.intercept_[0])
    agreement = x @ clf.coef_[0] + b
    floor = float(np.quantile(agreement[y == 1], GUARD_BLOCKS))
    return (w_emb, w_tfidf, b, floor)


def text_variant(row: dict[str, Any], kind: str) -> dict[str, Any]:
    """One corpus row as a short report: ``title`` (headline only) or ``first`` (+ 1 sentence)."""
    from bench.grouping import first_sentence

    if kind == "title":
        return {**row, "text": ""}
    if kind == "first":
        return {**row, "text": first_sentence(row["title"], row["text"])}
    return dict(row)


def short_versions(
    rows: Sequence[dict[str, Any]], cache: Path | None
) -> dict[str, tuple[list[dict[str, Any]], npt.NDArray[np.float32]]]:
    """The train rows as titles only, as title + first sentence, and mixed (each row one of the
    three at random, fixed seed), with their embeddings."""
    train_rows = [r for r in rows if r["split"] == "train"]
    rng = np.random.default_rng(MIXED_SEED)
    kinds = ["full", "first", "title"]
    mixed = [text_variant(r, kinds[int(rng.integers(0, 3))]) for r in train_rows]
    out = {}
    for name, version in (
        ("title", [text_variant(r, "title") for r in train_rows]),
        ("first", [text_variant(r, "first") for r in train_rows]),
        ("mixed", mixed),
    ):
        out[name] = (version, embed_rows(version, cache))
    return out


def short_pairs(
    versions: dict[str, Any], params: GroupingParams, short_words: int
) -> tuple[list[list[float]], list[int], list[str], list[tuple[Any, list[str]]]]:
    """The short branch's training pairs from the title, first-sentence and mixed versions.

    Each version is replayed in order with gold assignments; a candidate pair is kept when its
    shorter side has fewer than ``short_words`` words. Returns (features, labels, topic groups,
    the versions' items and gold clusters).
    """
    sx: list[list[float]] = []
    sy: list[int] = []
    sg: list[str] = []
    short_sets = []
    for name in ("title", "first", "mixed"):
        version, vecs = versions[name]
        v_items = items_for(version, vecs)
        v_gold = [r["gold_cluster"] for r in version]
        short_sets.append((v_items, v_gold))
        grouper = Grouper(params, model=_null_model())
        prime(grouper, v_items)
        for item, g in zip(v_items, v_gold, strict=True):
            prof = grouper._profiles.pop(item.article_id, None) or profile(item)
            for cand in grouper.candidates(prof):
                if cand.features["min_words"] < short_words:
                    sx.append(vector(cand.features))
                    sy.append(int(cand.development_id == g))
                    sg.append(g.split("_")[0])
            dev = grouper.developments.get(g) or grouper._new_development(g, prof)
            grouper._add_to(dev, prof)
    return sx, sy, sg, short_sets


def train_v6(
    rows: Sequence[dict[str, Any]],
    vectors: npt.NDArray[np.float32],
    versions: dict[str, tuple[list[dict[str, Any]], npt.NDArray[np.float32]]],
) -> tuple[DecisionModel, dict[str, Any]]:
    """grouping-v6: v5 for full texts, plus the name-only guard and the short-report branch.

    The full-text branch keeps v5's coefficients. The short branch is the same regression
    (features, C by leave-topics-out log-loss, threshold on the grouping objective) fitted on
    the pairs of the short and mixed versions of the train split in which either side is short;
    each branch's guard is fitted on its own pairs. Train split only.
    """
    base = load_model("grouping-v5.json")
    first_words = [len(r["text"].split()) for r in versions["first"][0]]
    short_words = int(np.ceil(np.quantile(first_words, SHORT_QUANTILE)))
    params = GroupingParams(candidates=8, evidence_top=base.evidence_top or 0)
    train_rows = [(r, v) for r, v in zip(rows, vectors, strict=True) if r["split"] == "train"]
    items = items_for([r for r, _ in train_rows], np.vstack([v for _, v in train_rows]))
    gold = [r["gold_cluster"] for r, _ in train_rows]
    xs, ys, _ = teacher_pairs(items, gold, params)
    guard = fit_guard(xs, ys)
    sx, sy, sg, short_sets = short_pairs(versions, params, short_words)
    # the threshold is chosen on every setting the branch decides in: all short, mixed, and the
    # full texts (whose few short reports it decides too)
    short_sets.append((items, gold))
    short, fit_info = fit(sx, sy, sg, "grouping-v6-short", MODEL_FEATURES)
    short = replace(short, evidence_top=base.evidence_top, text_guard=fit_guard(sx, sy))
    deployed = GroupingParams(evidence_top=base.evidence_top or 0)
    best: tuple[float, float, list[dict[str, float]]] | None = None
    for t in np.arange(0.1, 0.81, 0.05):
        trial = replace(
            base, short=with_threshold(short, float(t)), short_words=short_words, text_guard=guard
        )
        got = [evaluate(g_, group(i_, trial, deployed)) for i_, g_ in short_sets]
        value = float(np.mean([objective(s) for s in got]))
        if best is None or value > best[1] + 1e-9:
            best = (float(t), value, got)
    assert best is not None
    threshold, _, short_scores = best
    short = with_threshold(short, threshold)
    full_scores = short_scores[3]
    meta = dict(base.meta)
    meta["v6"] = {
        "full_branch": "grouping-v5's coefficients, unchanged",
        "guard": {
            "fitted_on": "teacher pairs of the train split (full texts)",
            "blocks_true_joins": GUARD_BLOCKS,
            "pairs": len(ys),
        },
        "short_branch": {
            "fitted_on": "train split as titles only, title + first sentence, and mixed "
            f"(seed {MIXED_SEED}); pairs where either side has < {short_words} body words "
            f"(the {SHORT_QUANTILE:.0%} quantile of the title + first-sentence versions)",
            "fit": fit_info,
            "tuned_threshold": round(threshold, 2),
            "train_scores_titles": {k: round(v, 4) for k, v in short_scores[0].items()},
            "train_scores_first_sentence": {k: round(v, 4) for k, v in short_scores[1].items()},
            "train_scores_mixed": {k: round(v, 4) for k, v in short_scores[2].items()},
            "threshold_tuned_on": "mean objective over titles only, title + first sentence, "
            "mixed and full texts",
            "guard_pairs": len(sy),
        },
        "train_scores_full": {k: round(v, 4) for k, v in full_scores.items()},
        "created": datetime.now(UTC).strftime("%Y-%m-%d"),
    }
    model = replace(
        base,
        version="grouping-v6",
        text_guard=guard,
        short=short,
        short_words=short_words,
        meta=meta,
    )
    return model, meta["v6"]


def main_v6(argv: Sequence[str] | None = None) -> int:
    """``python -m bench.train_grouping_v6`` equivalent: train grouping-v6 (``--write`` to ship)."""
    parser = argparse.ArgumentParser(description="train grouping-v6 (guard + short branch)")
    parser.add_argument("--write", action="store_true", help=f"write {V6_PATH}")
    parser.add_argument("--cache", type=Path, help="folder to cache embeddings in")
    args = parser.parse_args(argv)
    rows = load_corpus()
    if rows is None:
        print("../shared/eval/clustering/ecbplus-dev.jsonl is missing", file=sys.stderr)
        return 1
    vectors = embed_rows(rows, args.cache)
    model, info = train_v6(rows, vectors, short_versions(rows, args.cache))
    print(json.dumps(info, indent=2))
    if args.write:
        V6_PATH.write_text(json.dumps(model.to_json(), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {V6_PATH}")
    return 0


# -- v7: features that tell two events of one topic apart, trained on shuffled orders ----------

V7_PATH = MODEL_PATH.parent / "grouping-v7.json"
#: v6's features and the v7 ones: days of the leads, lead against lead, which candidate is closer.
V7_FEATURES: tuple[str, ...] = (*MODEL_FEATURES, "date_conflict", "lead_conflict", "emb_contrast")


def train_v7(
    rows: Sequence[dict[str, Any]],
    vectors: npt.NDArray[np.float32],
    versions: dict[str, tuple[list[dict[str, Any]], npt.NDArray[np.float32]]],
    seeds: Sequence[int] = TRAIN_ORDERS,
    features: Sequence[str] = V7_FEATURES,
) -> tuple[DecisionModel, dict[str, Any]]:
    """grouping-v7: both branches retrained with the v7 features, the full one on shuffled orders.

    Full-text branch: :func:`train_orders` (teacher and replay pairs of topic order and the
    shuffled orders ``seeds``, threshold on the mean grouping objective over topic order and
    the first shuffles). Short branch, guards and ``short_words``: as v6, with the v7 features.
    Train split only.
    """
    base = load_model("grouping-v6.json")
    short_words = base.short_words
    evidence_top = base.evidence_top
    train_rows = [(r, v) for r, v in zip(rows, vectors, strict=True) if r["split"] == "train"]
    items = items_for([r for r, _ in train_rows], np.vstack([v for _, v in train_rows]))
    gold = [r["gold_cluster"] for r, _ in train_rows]
    full, full_meta = train_orders(items, gold, "grouping-v7", features, evidence_top, seeds)
    params = GroupingParams(candidates=8, evidence_top=evidence_top or 0)
    xs, ys, _ = teacher_pairs(items, gold, params)
    guard = fit_guard(xs, ys)
    sx, sy, sg, short_sets = short_pairs(versions, params, short_words)
    short_sets.append((items, gold))
    short, fit_info = fit(sx, sy, sg, "grouping-v7-short", features)
    short = replace(short, evidence_top=evidence_top, text_guard=fit_guard(sx, sy))
    deployed = GroupingParams(evidence_top=evidence_top or 0)
    best: tuple[float, float, list[dict[str, float]]] | None = None
    for t in np.arange(0.1, 0.81, 0.1):
        trial = replace(
            full, short=with_threshold(short, float(t)), short_words=short_words, text_guard=guard
        )
        got = [evaluate(g_, group(i_, trial, deployed)) for i_, g_ in short_sets]
        value = float(np.mean([objective(s) for s in got]))
        if best is None or value > best[1] + 1e-9:
            best = (float(t), value, got)
    assert best is not None
    threshold, _, short_scores = best
    meta = dict(full_meta)
    meta["short_branch"] = {
        "fitted_on": "train split as titles only, title + first sentence, and mixed "
        f"(seed {MIXED_SEED}); pairs where either side has < {short_words} body words",
        "fit": fit_info,
        "tuned_threshold": round(threshold, 2),
        "train_scores_titles": {k: round(v, 4) for k, v in short_scores[0].items()},
        "train_scores_first_sentence": {k: round(v, 4) for k, v in short_scores[1].items()},
        "train_scores_mixed": {k: round(v, 4) for k, v in short_scores[2].items()},
        "train_scores_full": {k: round(v, 4) for k, v in short_scores[3].items()},
        "threshold_tuned_on": "mean objective over titles only, title + first sentence, "
        "mixed and full texts",
    }
    meta["guard"] = {
        "fitted_on": "teacher pairs of the train split (full texts; the short branch: its own)",
        "blocks_true_joins": GUARD_BLOCKS,
    }
    model = replace(
        full,
        version="grouping-v7",
        text_guard=guard,
        short=with_threshold(short, threshold),
        short_words=short_words,
        meta=meta,
    )
    return model, meta


def main_v7(argv: Sequence[str] | None = None) -> int:
    """Train grouping-v7 (``--write`` to ship)."""
    parser = argparse.ArgumentParser(description="train grouping-v7 (v7 features, shuffled orders)")
    parser.add_argument("--write", action="store_true", help=f"write {V7_PATH}")
    parser.add_argument("--cache", type=Path, help="folder to cache embeddings in")
    parser.add_argument(
        "--orders",
        default=",".join(map(str, TRAIN_ORDERS)),
        help="shuffled orders of the train split (seeds) the full-text branch learns from",
    )
    parser.add_argument("--features", help="comma-separated feature set (default: v7's)")
    parser.add_argument("--out", type=Path, help="write the model here instead")
    args = parser.parse_args(argv)
    rows = load_corpus()
    if rows is None:
        print("../shared/eval/clustering/ecbplus-dev.jsonl is missing", file=sys.stderr)
        return 1
    vectors = embed_rows(rows, args.cache)
    features = tuple(args.features.split(",")) if args.features else V7_FEATURES
    model, info = train_v7(
        rows, vectors, short_versions(rows, args.cache), _seeds(args.orders), features
    )
    print(json.dumps(info, indent=2))
    target = args.out or (V7_PATH if args.write else None)
    if target is not None:
        target.write_text(json.dumps(model.to_json(), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {target}")
    return 0


# -- v8: the headline's persons, places and counts in the short branch --------------------------

V8_PATH = MODEL_PATH.parent / "grouping-v8.json"
#: The short branch's features in v8: v6's and the headline conflicts (``nlp.headline``).
V8_SHORT_FEATURES: tuple[str, ...] = (
    *MODEL_FEATURES,
    "person_conflict",
    "place_conflict",
    "count_conflict",
)


def train_v8(
    rows: Sequence[dict[str, Any]],
    vectors: npt.NDArray[np.float32],
    versions: dict[str, tuple[list[dict[str, Any]], npt.NDArray[np.float32]]],
    features: Sequence[str] = V8_SHORT_FEATURES,
) -> tuple[DecisionModel, dict[str, Any]]:
    """grouping-v8: v6's full-text branch and guard unchanged; the short branch refitted by v6's
    procedure (pairs, regression, guard, threshold grid) with ``features``. Train split only."""
    base = load_model("grouping-v6.json")
    short_words = base.short_words
    evidence_top = base.evidence_top
    params = GroupingParams(candidates=8, evidence_top=evidence_top or 0)
    train_rows = [(r, v) for r, v in zip(rows, vectors, strict=True) if r["split"] == "train"]
    items = items_for([r for r, _ in train_rows], np.vstack([v for _, v in train_rows]))
    gold = [r["gold_cluster"] for r, _ in train_rows]
    sx, sy, sg, short_sets = short_pairs(versions, params, short_words)
    short_sets.append((items, gold))
    short, fit_info = fit(sx, sy, sg, "grouping-v8-short", features)
    short = replace(short, evidence_top=evidence_top, text_guard=fit_guard(sx, sy))
    deployed = GroupingParams(evidence_top=evidence_top or 0)
    best: tuple[float, float, list[dict[str, float]]] | None = None
    for t in np.arange(0.1, 0.81, 0.05):
        trial = replace(base, short=with_threshold(short, float(t)))
        got = [evaluate(g_, group(i_, trial, deployed)) for i_, g_ in short_sets]
        value = float(np.mean([objective(s) for s in got]))
        if best is None or value > best[1] + 1e-9:
            best = (float(t), value, got)
    assert best is not None
    threshold, _, short_scores = best
    meta = dict(base.meta)
    meta["v8"] = {
        "full_branch": "grouping-v6's coefficients and guard, unchanged",
        "short_branch": {
            "features": list(features),
            "fitted_on": "train split as titles only, title + first sentence, and mixed "
            f"(seed {MIXED_SEED}); pairs where either side has < {short_words} body words",
            "fit": fit_info,
            "tuned_threshold": round(threshold, 2),
            "train_scores_titles": {k: round(v, 4) for k, v in short_scores[0].items()},
            "train_scores_first_sentence": {k: round(v, 4) for k, v in short_scores[1].items()},
            "train_scores_mixed": {k: round(v, 4) for k, v in short_scores[2].items()},
            "train_scores_full": {k: round(v, 4) for k, v in short_scores[3].items()},
            "threshold_tuned_on": "mean objective over titles only, title + first sentence, "
            "mixed and full texts",
        },
    }
    model = replace(
        base,
        version="grouping-v8",
        short=with_threshold(short, threshold),
        meta=meta,
    )
    return model, meta["v8"]


def main_v8(argv: Sequence[str] | None = None) -> int:
    """Train grouping-v8 (``--write`` to ship)."""
    parser = argparse.ArgumentParser(description="train grouping-v8 (headline conflicts)")
    parser.add_argument("--write", action="store_true", help=f"write {V8_PATH}")
    parser.add_argument("--cache", type=Path, help="folder to cache embeddings in")
    parser.add_argument("--features", help="comma-separated short-branch features (default v8's)")
    parser.add_argument("--out", type=Path, help="write the model here instead")
    args = parser.parse_args(argv)
    rows = load_corpus()
    if rows is None:
        print("../shared/eval/clustering/ecbplus-dev.jsonl is missing", file=sys.stderr)
        return 1
    vectors = embed_rows(rows, args.cache)
    features = tuple(args.features.split(",")) if args.features else V8_SHORT_FEATURES
    model, info = train_v8(rows, vectors, short_versions(rows, args.cache), features)
    print(json.dumps(info, indent=2))
    target = args.out or (V8_PATH if args.write else None)
    if target is not None:
        target.write_text(json.dumps(model.to_json(), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "v8":
        raise SystemExit(main_v8(sys.argv[2:]))
    if len(sys.argv) > 1 and sys.argv[1] == "v6":
        raise SystemExit(main_v6(sys.argv[2:]))
    if len(sys.argv) > 1 and sys.argv[1] == "v7":
        raise SystemExit(main_v7(sys.argv[2:]))
    raise SystemExit(main())
