"""Grouping benchmark: quality on ECB+ dev, speed of ``policywatch cluster``, assignment latency.

Scores (pairwise and BCubed precision/recall/F1, as ../shared/eval/README.md defines them) of the
grouping used by ``policywatch cluster`` on the ECB+ ``dev`` split, beside a TF-IDF baseline with
one tuned cosine threshold (average link, tuned on ``train``).
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np

from bench.common import StageResult, latency_metrics, percentile, shared_path


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def pairwise(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float, float]:
    """Precision, recall, F1 over all pairs of items (same predicted vs same gold cluster)."""
    joint = Counter(zip(gold, pred, strict=True))
    same_both = sum(n * (n - 1) // 2 for n in joint.values())
    same_pred = sum(n * (n - 1) // 2 for n in Counter(pred).values())
    same_gold = sum(n * (n - 1) // 2 for n in Counter(gold).values())
    p = same_both / same_pred if same_pred else 1.0
    r = same_both / same_gold if same_gold else 1.0
    return p, r, _f1(p, r)


def bcubed(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float, float]:
    """BCubed precision, recall, F1 (per item, averaged)."""
    joint = Counter(zip(gold, pred, strict=True))
    size_pred = Counter(pred)
    size_gold = Counter(gold)
    n = len(gold)
    if n == 0:
        return 1.0, 1.0, 1.0
    p = sum(joint[(g, c)] / size_pred[c] for g, c in zip(gold, pred, strict=True)) / n
    r = sum(joint[(g, c)] / size_gold[g] for g, c in zip(gold, pred, strict=True)) / n
    return p, r, _f1(p, r)


def scores(gold: Sequence[str], pred: Sequence[str]) -> Mapping[str, float]:
    pp, pr, pf = pairwise(gold, pred)
    bp, br, bf = bcubed(gold, pred)
    return {
        "pairwise_p": pp,
        "pairwise_r": pr,
        "pairwise_f1": pf,
        "bcubed_p": bp,
        "bcubed_r": br,
        "bcubed_f1": bf,
    }


# -- the benchmark ---------------------------------------------------------------------------

CORPUS = ("eval", "clustering", "ecbplus-dev.jsonl")


def _records(rows: Sequence[dict[str, Any]]) -> list[Any]:
    from nlp.archive import Record

    return [Record(id=r["id"], title=r["title"], text=r["text"]) for r in rows]


#: The interleaved orders every grouping figure is measured on (besides topic order): the dev
#: split shuffled with these seeds, reports one minute apart, as a real day arrives.
ORDER_SEEDS: tuple[int, ...] = (0, 1, 2, 3, 4)
#: Origin of the measured orders' publication times.
ORDER_START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def orders(n: int, seeds: Sequence[int] = ORDER_SEEDS) -> list[tuple[str, list[int]]]:
    """Topic order (the corpus order) and one shuffled order per seed, as index permutations."""
    out = [("topic order", list(range(n)))]
    for seed in seeds:
        perm = list(range(n))
        np.random.default_rng(seed).shuffle(perm)
        out.append((f"shuffle {seed}", perm))
    return out


def first_sentence(title: str, text: str) -> str:
    """The body's first sentence, without a headline the body repeats."""
    from nlp.lexical import sentences

    body = text.strip()
    if title.strip() and body.startswith(title.strip()):
        body = body[len(title.strip()) :].lstrip(" .:-\n")
    found = sentences(body)
    return found[0] if found else ""


#: Text variants of the corpus: what the grouping sees of each report.
VARIANTS: tuple[str, ...] = ("full text", "title + first sentence", "titles only")


def variant(rows: Sequence[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    """The rows with the text a short or headline-only report would give."""
    if kind == "full text":
        return [dict(r) for r in rows]
    if kind == "titles only":
        return [{**r, "text": ""} for r in rows]
    if kind == "title + first sentence":
        return [{**r, "text": first_sentence(r["title"], r["text"])} for r in rows]
    raise ValueError(f"unknown variant {kind!r}")


def timed_records(rows: Sequence[dict[str, Any]], perm: Sequence[int]) -> list[Any]:
    """Records in the order ``perm``, published one minute apart."""
    from nlp.archive import Record

    return [
        Record(
            id=rows[j]["id"],
            title=rows[j]["title"],
            text=rows[j]["text"],
            published=ORDER_START + timedelta(minutes=k),
        )
        for k, j in enumerate(perm)
    ]


def summarise(per_order: Sequence[Mapping[str, float]]) -> dict[str, float]:
    """Mean and worst of each score over the orders."""
    out: dict[str, float] = {}
    for key in ("pairwise_f1", "bcubed_f1", "pairwise_p", "pairwise_r"):
        values = [s[key] for s in per_order]
        out[f"{key} mean"] = float(np.mean(values))
        out[f"{key} worst"] = float(min(values))
    return out


def order_scores(
    rows: Sequence[dict[str, Any]], settings: Any, seeds: Sequence[int] = ORDER_SEEDS
) -> list[tuple[str, dict[str, float], list[str]]]:
    """``cluster``'s scores on topic order and each shuffled order (tagged and embedded once).

    Returns (order name, scores, predicted development per row in corpus order); the scores
    include the story level (``story_pairwise_f1``: stories against the ECB+ topics).
    """
    from nlp.archive import articles_of
    from nlp.embed import embed_articles, load_encoder
    from policywatch.archive import group_records, tag_ids

    records = timed_records(rows, range(len(rows)))
    articles = articles_of(records)
    vectors = embed_articles(
        articles, load_encoder(settings.embedding_model, settings.torch_threads)
    )
    tags = tag_ids(settings, articles)
    gold = [r["gold_cluster"] for r in rows]
    topics = [r["gold_topic"] for r in rows]
    out = []
    for name, perm in orders(len(rows), seeds):
        grouped = group_records(
            timed_records(rows, perm),
            settings,
            vectors=vectors[perm],
            tags=[tags[j] for j in perm],
        )
        decided = {g.id: g for g in grouped}
        pred = [decided[r["id"]].development for r in rows]
        story = [decided[r["id"]].story for r in rows]
        got = dict(scores(gold, pred))
        got.update({f"story_{k}": v for k, v in scores(topics, story).items()})
        out.append((name, got, pred))
    return out


def same_partition(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two labellings of the same items group them identically (ids aside)."""
    first: dict[str, str] = {}
    second: dict[str, str] = {}
    for x, y in zip(a, b, strict=True):
        if first.setdefault(x, y) != y or second.setdefault(y, x) != x:
            return False
    return True


def import_partition(
    rows: Sequence[dict[str, Any]], perm: Sequence[int], settings: Any
) -> tuple[int, list[str | None], list[str]]:
    """Import the rows in the order ``perm`` into a fresh warehouse (``policywatch import``).

    Returns the number of articles stored, each row's development (corpus order; None when the
    row was not stored) and the problems the run recorded.
    """
    import tempfile
    from pathlib import Path

    from policywatch.archive import import_records
    from warehouse.db import connect

    with tempfile.TemporaryDirectory(prefix="pw-bench-import-") as tmp:
        local = settings.model_copy(update={"data_dir": Path(tmp)})
        records = [replace(r, outlet="ecbplus") for r in timed_records(rows, perm)]
        import_records(local, records)
        with connect(local.duckdb_path, read_only=True) as con:
            stored = con.execute(
                "SELECT a.url, m.development_id FROM articles a "
                "LEFT JOIN development_members m USING (article_id)"
            ).fetchall()
            problems = [
                f"{subject}: {reason}"
                for subject, reason in con.execute(
                    "SELECT subject, reason FROM problems"
                ).fetchall()
            ]
    by_url = {str(url): dev for url, dev in stored}
    return (
        len(stored),
        [by_url.get(f"archive:ecbplus/{r['id']}") for r in rows],
        problems,
    )


def tfidf_baseline(
    train: Sequence[dict[str, Any]], dev: Sequence[dict[str, Any]]
) -> tuple[float, dict[str, float]]:
    """TF-IDF vectors, average-link clustering, one cosine threshold tuned on train."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    def cluster(rows: Sequence[dict[str, Any]], threshold: float) -> list[str]:
        texts = [f"{r['title']}\n{r['text']}" for r in rows]
        x = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
        labels = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
        ).fit_predict(x.toarray())
        return [str(v) for v in labels]

    best: tuple[float, float] | None = None
    gold_train = [r["gold_cluster"] for r in train]
    for t in np.arange(0.5, 1.0, 0.02):
        s = scores(gold_train, cluster(train, float(t)))
        objective = (s["pairwise_f1"] + s["bcubed_f1"]) / 2
        if best is None or objective > best[1]:
            best = (float(t), objective)
    assert best is not None
    return best[0], dict(scores([r["gold_cluster"] for r in dev], cluster(dev, best[0])))


def synthetic_grouper(stored: int, rng: np.random.Generator, days: float = 365.0) -> Any:
    """A grouper holding the open window of a warehouse of ``stored`` synthetic articles.

    Articles arrive evenly over ``days``; developments have 1-5 reports; only the developments
    open in the 14-day window before "now" are loaded, as ``load_grouper`` does.
    """
    from nlp.cluster import DevelopmentState, Grouper, GroupingParams, Profile
    from nlp.lexical import NUM_PERM

    params = GroupingParams()
    open_share = min(1.0, params.window_days / days)
    n_open = int(stored * open_share)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    grouper = Grouper(params)
    vocab = [f"w{i}" for i in range(20000)]
    names = [f"Name{i}" for i in range(5000)]
    made = 0
    dev_no = 0
    while made < n_open:
        size = int(rng.integers(1, 6))
        centre = rng.normal(size=384).astype(np.float32)
        words = rng.choice(vocab, size=60)
        cast = rng.choice(names, size=4)
        start = now - timedelta(days=float(rng.uniform(0, params.window_days)))
        profiles = []
        for k in range(size):
            v = centre + rng.normal(size=384).astype(np.float32) * 0.5
            terms = Counter(str(w) for w in rng.choice(words, size=150))
            profiles.append(
                Profile(
                    article_id=f"s{dev_no}-{k}",
                    title=" ".join(rng.choice(words, size=8)),
                    published=start + timedelta(hours=k),
                    outlet_id=f"o{k}",
                    vector=v / np.linalg.norm(v),
                    terms=terms,
                    names=frozenset(f"n:{c.lower()}" for c in cast),
                    sketch=rng.integers(0, 2**32, size=NUM_PERM).astype(np.uint64),
                    entity_ids=frozenset(),
                    signal_kinds=frozenset(),
                )
            )
        first = profiles[0]
        state = DevelopmentState(f"d{dev_no}", first.title, first.article_id, start, start)
        grouper.load_profiles(state, profiles)
        made += size
        dev_no += 1
    return grouper, now, vocab, names


def assignment_latency(
    stored: int, n: int, rng: np.random.Generator
) -> tuple[list[float], int, list[float]]:
    """Seconds per ``Grouper.assign`` (embedding excluded) with ``stored`` articles stored.

    Returns wall-clock seconds, the number of open reports, and CPU seconds (the steadier figure
    on a machine shared with other jobs).
    """
    from nlp.cluster import ClusterItem

    grouper, now, vocab, names = synthetic_grouper(stored, rng)
    open_reports = grouper.index.n
    latencies = []
    cpu = []
    for i in range(n + 20):  # the first 20 warm the caches and are not counted
        v = rng.normal(size=384).astype(np.float32)
        words = rng.choice(vocab, size=60)
        item = ClusterItem(
            article_id=f"new{i}",
            title=" ".join(rng.choice(words, size=8)),
            published=now + timedelta(minutes=i),
            outlet_id="o",
            vector=v / np.linalg.norm(v),
            text=" ".join(rng.choice(words, size=150)) + " " + " ".join(rng.choice(names, 4)),
        )
        t0 = time.perf_counter()
        c0 = time.process_time()
        grouper.assign(item)
        if i >= 20:
            latencies.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
    return latencies, open_reports, cpu


def warm_up(dev: Sequence[dict[str, Any]], settings: Any) -> None:
    """Load every model the timed ``cluster`` run reads, so that its figure is after loading.

    Two full-text records load the tagger (in the helper process) and the grouping model; the
    headline NER, which this process reads only for a batch holding a short report
    (:func:`policywatch.archive._read_headlines`), is loaded by reading a made-up headline
    (no record's title, so the timed run reads every headline itself).
    """
    from nlp import headline
    from policywatch.archive import cluster_records

    cluster_records(_records(dev[:2]), settings)
    headline.prime([WARM_UP_HEADLINE])


#: The headline the warm-up reads (:func:`warm_up`).
WARM_UP_HEADLINE = "Regulator names new chair as board meets in Geneva"


def run(quick: bool) -> StageResult:
    from nlp.embed import load_encoder
    from policywatch.archive import cluster_records
    from policywatch_core.settings import load_settings

    result = StageResult("grouping")
    rng = np.random.default_rng(0)
    sizes = (10_000, 100_000) if quick else (100_000, 1_000_000)
    for stored in sizes:
        latencies, open_reports, cpu = assignment_latency(stored, 50 if quick else 300, rng)
        latency_metrics(result, f"assign @{stored:,} stored", latencies)
        result.metrics[-3].note = f"{open_reports:,} reports open in the 14-day window"
        if stored == 1_000_000:
            result.metrics[-3].target = 20.0
            result.metrics[-3].op = "<="
        result.add(
            f"assign @{stored:,} stored CPU time p50",
            percentile(cpu, 50) * 1000,
            "ms",
            note="process CPU time: less sensitive to other jobs on the machine",
        )
    path = shared_path(*CORPUS)
    if path is None:
        result.skipped = "../shared/eval/clustering/ecbplus-dev.jsonl is missing: quality skipped"
        return result
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    train = [r for r in rows if r["split"] == "train"]
    dev = [r for r in rows if r["split"] == "dev"]
    if quick:
        dev = [r for r in dev if r["gold_topic"] in sorted({d["gold_topic"] for d in dev})[:3]]
    settings = load_settings()
    t0 = time.perf_counter()
    load_encoder(settings.embedding_model, settings.torch_threads)
    warm_up(dev, settings)
    result.add("model loading (embedding, tagger, headline NER)", time.perf_counter() - t0, "s")
    t0 = time.perf_counter()
    pairs = cluster_records(_records(dev), settings)
    seconds = time.perf_counter() - t0
    result.add(
        "cluster end to end (tag + embed + group)",
        len(dev) / seconds,
        "articles/s",
        target=50.0,
        note="after model loading; tagging in the helper process beside the embedding",
    )
    pred = [d for _, d in pairs]
    gold = [r["gold_cluster"] for r in dev]
    s = scores(gold, pred)
    baseline_t, base = tfidf_baseline(train, dev) if not quick else (0.0, {})
    tag = " (3 topics)" if quick else ""
    for key, target in (
        ("pairwise_p", None),
        ("pairwise_r", None),
        ("pairwise_f1", 0.90),
        ("bcubed_p", None),
        ("bcubed_r", None),
        ("bcubed_f1", 0.92),
    ):
        result.add(
            f"ECB+ dev {key}, topic order{tag}",
            s[key],
            target=None if quick else target,
            baseline=base.get(key),
        )
    result.add("ECB+ dev developments found", len(set(pred)), note=f"gold {len(set(gold))}")
    seeds = ORDER_SEEDS[:2] if quick else ORDER_SEEDS
    order_note = f"topic order + {len(seeds)} shuffles (seeds {', '.join(map(str, seeds))})"
    targets = {
        "full text": {"pairwise_f1 mean": 0.92, "pairwise_f1 worst": 0.90, "bcubed_f1 mean": 0.93},
        "titles only": {"pairwise_f1 mean": 0.80},
    }
    full_orders: list[tuple[str, dict[str, float], list[str]]] = []
    for kind in VARIANTS:
        per_order = order_scores(variant(dev, kind), settings, seeds)
        if kind == "full text":
            full_orders = per_order
        summary = summarise([sc for _, sc, _ in per_order])
        for key in ("pairwise_f1 mean", "pairwise_f1 worst", "bcubed_f1 mean", "bcubed_f1 worst"):
            result.add(
                f"ECB+ dev {kind}: {key} over orders{tag}",
                summary[key],
                target=None if quick else targets.get(kind, {}).get(key),
                note=order_note,
            )
        result.notes.append(
            f"{kind}: pairwise F1 per order "
            + ", ".join(f"{name} {sc['pairwise_f1']:.3f}" for name, sc, _ in per_order)
        )
    story = [sc["story_pairwise_f1"] for _, sc, _ in full_orders]
    result.add(
        f"ECB+ dev stories (topics): pairwise_f1 mean over orders{tag}",
        float(np.mean(story)),
        target=None if quick else 0.85,
        note=f"full text; worst {min(story):.3f}; {order_note}",
    )
    _import_figures(result, dev, settings, full_orders, seeds[:1] if quick else seeds, tag)
    if not quick:
        result.notes.append(
            f"baseline: TF-IDF + average link, cosine distance threshold {baseline_t:.2f} "
            "tuned on train"
        )
    result.notes.append(
        f"dev split: {len(dev)} documents; orders: reports one minute apart ({order_note})"
    )
    return result


def _import_figures(
    result: StageResult,
    dev: Sequence[dict[str, Any]],
    settings: Any,
    cluster_orders: Sequence[tuple[str, dict[str, float], list[str]]],
    seeds: Sequence[int],
    tag: str,
) -> None:
    """``policywatch import`` of each order into a fresh warehouse, against ``cluster``'s result."""
    by_name = {name: pred for name, _, pred in cluster_orders}
    stored_all = 0
    identical = 0
    pf: list[float] = []
    measured = orders(len(dev), seeds)
    problems: list[str] = []
    for name, perm in measured:
        stored, pred, found = import_partition(dev, perm, settings)
        stored_all += stored
        problems += found
        if None in pred:
            continue
        labels = [p or "" for p in pred]
        identical += same_partition(labels, by_name[name])
        pf.append(scores([r["gold_cluster"] for r in dev], labels)["pairwise_f1"])
    result.add(
        f"import: articles stored of records given{tag}",
        stored_all / len(measured),
        note=f"of {len(dev)} per order; {len(problems)} problems recorded",
        target=float(len(dev)),
        op=">=",
    )
    result.add(
        f"import: orders grouped exactly as cluster groups them{tag}",
        float(identical),
        note=f"of {len(measured)} orders; pairwise F1 mean {np.mean(pf) if pf else 0:.3f}",
        target=float(len(measured)),
        op=">=",
    )
    for line in problems[:5]:
        result.notes.append(f"import problem: {line}")
