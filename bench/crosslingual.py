"""Cross-lingual evidence stage: do a Chinese notice and an English report tell one development?

``tests/fixtures/crosslingual/pairs.json`` (see its README) holds 22 developments, each told once in
Chinese (mostly an official notice) and once in English (a news report), and pairs of them: the
two texts of one development (same) and hard negatives (a Chinese text and the English text of
another development of the same agency or topic, or of another government's measure on
the same things). Each text is tagged by the pipeline's tagger
(watchlist links through Chinese aliases, policy signals); :func:`nlp.crosslingual.agreement` scores
each pair.

Figures: the ranking (ROC AUC), precision and recall at the best threshold on all pairs (an upper
bound), and at a threshold chosen on held-out pairs (two folds by development: the threshold that
maximises F1 on one half, measured on the other); the same for the simplest baseline, shared
watchlist entities alone. Each part's mean over same and different pairs shows what separates them.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from typing import Any

from bench.common import ROOT, StageResult
from nlp.crosslingual import Evidence, agreement, extract_evidence

DATA = ROOT / "tests" / "fixtures" / "crosslingual" / "pairs.json"


def load_pairs() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The documents (development -> {"zh": ..., "en": ...}) and the labelled pairs."""
    data: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
    return data["documents"], data["pairs"]


def evidence_of(documents: dict[str, Any]) -> dict[tuple[str, str], Evidence]:
    """Tag every text with the pipeline's tagger and read its evidence."""
    from nlp.archive import BROAD_ENTITY_TYPES
    from nlp.crosslingual import jurisdictions
    from nlp.entities import load_tagger, tag_texts
    from policywatch_core.config import load_watchlist
    from policywatch_core.settings import load_settings

    settings = load_settings()
    watchlist = load_watchlist(settings.config_dir).items
    topics = {e.id for e in watchlist if e.type == "topic"}
    # the government each authority answers to, as grouping reads it (nlp.archive.params_of)
    jurisdiction_of = jurisdictions(
        {e.id: e.parent for e in watchlist if e.parent},
        {e.id for e in watchlist if e.type in BROAD_ENTITY_TYPES},
    )
    tagger = load_tagger(watchlist, settings.spacy_model)
    keys = [(dev, lang) for dev in documents for lang in ("zh", "en")]
    texts = [f"{documents[d][lang]['title']}\n\n{documents[d][lang]['text']}" for d, lang in keys]
    tagged = tag_texts(texts, tagger)
    return {
        key: extract_evidence(
            text,
            entity_ids={m.entity_id for m in mentions if m.entity_id and m.entity_id not in topics},
            signal_kinds={s.kind for s in signals},
            jurisdiction_of=jurisdiction_of,
        )
        for key, text, (mentions, signals) in zip(keys, texts, tagged, strict=True)
    }


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Probability that a same pair scores above a different one (ties count half)."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def prf(scores: Sequence[float], labels: Sequence[bool], threshold: float) -> tuple[float, ...]:
    """Precision, recall and F1 of "same" at ``score >= threshold``."""
    tp = sum(s >= threshold and y for s, y in zip(scores, labels, strict=True))
    fp = sum(s >= threshold and not y for s, y in zip(scores, labels, strict=True))
    fn = sum(s < threshold and y for s, y in zip(scores, labels, strict=True))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def best_threshold(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """The threshold with the best F1 (ties: the highest, for precision)."""
    candidates = sorted(set(scores))
    return max(candidates, key=lambda t: (prf(scores, labels, t)[2], t))


def held_out(
    pairs: Sequence[dict[str, Any]], scores: Sequence[float], labels: Sequence[bool]
) -> tuple[float, float, list[float]]:
    """Precision and recall (pooled over two folds by development), and each fold's threshold."""
    devs = sorted({p["zh"] for p in pairs})
    fold_of = {dev: i % 2 for i, dev in enumerate(devs)}
    tp = fp = fn = 0
    thresholds = []
    for fold in (0, 1):
        train = [i for i, p in enumerate(pairs) if fold_of[p["zh"]] != fold]
        test = [i for i, p in enumerate(pairs) if fold_of[p["zh"]] == fold]
        t = best_threshold([scores[i] for i in train], [labels[i] for i in train])
        thresholds.append(t)
        for i in test:
            tp += scores[i] >= t and labels[i]
            fp += scores[i] >= t and not labels[i]
            fn += scores[i] < t and labels[i]
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0), thresholds


def run(quick: bool) -> StageResult:
    result = StageResult("crosslingual")
    documents, pairs = load_pairs()
    start = time.perf_counter()
    evidence = evidence_of(documents)
    result.add("tag and read evidence", (time.perf_counter() - start) * 1000 / len(evidence),
               "ms/text", note="tagger loading included; 2 shared cores")  # fmt: skip
    labels = [bool(p["same"]) for p in pairs]
    found = [agreement(evidence[(p["zh"], "zh")], evidence[(p["en"], "en")]) for p in pairs]
    scores = [a.score for a in found]
    result.notes.append(
        f"{len(pairs)} zh/en pairs ({sum(labels)} same development, "
        f"{len(pairs) - sum(labels)} hard negatives) over {len(documents)} developments"
    )
    baseline = []
    for p in pairs:
        one, other = evidence[(p["zh"], "zh")].entities, evidence[(p["en"], "en")].entities
        baseline.append(len(one & other) / len(one | other) if one | other else 0.0)
    for name, values in (("agreement", scores), ("baseline: shared entities", baseline)):
        t = best_threshold(values, labels)
        precision, recall, _ = prf(values, labels, t)
        hp, hr, thresholds = held_out(pairs, values, labels)
        main = name == "agreement"
        result.add(f"{name}: ROC AUC", auc(values, labels), "ratio")
        result.add(f"{name}: precision at the best threshold ({t:.3f})", precision, "ratio")
        result.add(f"{name}: recall at the best threshold", recall, "ratio")
        result.add(
            f"{name}: precision, held-out threshold",
            hp,
            "ratio",
            target=1.0 if main else None,
            note="no wrong join: the issue's bar for joining a notice",
        )
        result.add(
            f"{name}: recall, held-out threshold",
            hr,
            "ratio",
            target=0.90 if main else None,
            note="thresholds " + ", ".join(f"{x:.3f}" for x in thresholds),
        )
    _demo_notices(result, best_threshold(scores, labels))
    for part in ("doc_number", "amounts", "days", "months", "entities", "kinds", "topics"):
        same = [a.parts[part] for a, y in zip(found, labels, strict=True) if y and part in a.parts]
        diff = [
            a.parts[part] for a, y in zip(found, labels, strict=True) if not y and part in a.parts
        ]
        result.notes.append(
            f"part {part}: present in {len(same)}/{sum(labels)} same pairs "
            f"(mean {sum(same) / len(same) if same else float('nan'):+.2f}), "
            f"{len(diff)}/{len(labels) - sum(labels)} different pairs "
            f"(mean {sum(diff) / len(diff) if diff else float('nan'):+.2f})"
        )
    for p, a, y in zip(pairs, found, labels, strict=True):
        result.notes.append(
            f"{'same' if y else 'diff'} {a.score:.3f} {p['id']}: "
            + ", ".join(f"{k} {v:+.2f}" for k, v in sorted(a.parts.items()))
        )
    return result


def _demo_notices(result: StageResult, threshold: float) -> None:
    """The demo gazette's Chinese notices against every demo development's English reports.

    A notice "would join" the development whose reports agree with it best, when that agreement
    reaches ``threshold`` (chosen on the bilingual pairs, so unseen by the demo). This is the
    evidence grouping will use, not grouping itself, which does not use it yet.
    """
    from collections import defaultdict

    from nlp.entities import load_tagger, tag
    from nlp.extract import extract
    from policywatch.demo.server import DEFAULT_SITE_DIR, GOLD_PATH
    from policywatch.pipeline import DEMO_ORIGIN
    from policywatch_core.config import load_watchlist
    from policywatch_core.settings import load_settings

    gold = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    notices = [n for n in gold.get("official", []) if n["language"] == "zh"]
    if not notices:
        result.notes.append("no Chinese notice in the demo's gold.json: demo figure skipped")
        return
    settings = load_settings()
    watchlist = load_watchlist(settings.config_dir).items
    topics = {e.id for e in watchlist if e.type == "topic"}
    tagger = load_tagger(watchlist, settings.spacy_model)

    def evidence(records: list[dict[str, Any]]) -> list[Evidence]:
        articles = []
        for r in records:
            page = (DEFAULT_SITE_DIR / r["path"].lstrip("/")).read_text(encoding="utf-8")
            article = extract(page, DEMO_ORIGIN + r["path"], outlet_id=r["outlet"])
            if article is None:
                raise ValueError(f"{r['path']}: no article extracted")
            articles.append(article)
        return [
            extract_evidence(
                f"{t.article.title}\n\n{t.article.text}",
                entity_ids=t.entity_ids - topics,
                signal_kinds=t.signal_kinds,
            )
            for t in tag(articles, tagger)
        ]

    by_dev: dict[str, list[Evidence]] = defaultdict(list)
    for record, ev in zip(gold["articles"], evidence(gold["articles"]), strict=True):
        by_dev[record["development"]].append(ev)
    right = wrong = 0
    for notice, ev in zip(notices, evidence(notices), strict=True):
        best = {d: max(agreement(ev, r).score for r in reports) for d, reports in by_dev.items()}
        top, second = sorted(best, key=best.__getitem__, reverse=True)[:2]
        if best[top] >= threshold:
            right += top == notice["development"]
            wrong += top != notice["development"]
        result.notes.append(
            f"demo notice {notice['path']}: best {top} {best[top]:.3f}, own "
            f"{notice['development']} {best[notice['development']]:.3f}, next {second} "
            f"{best[second]:.3f}"
        )
    result.add(
        "demo: Chinese notices whose evidence would join their development",
        right / len(notices),
        "ratio",
        target=0.90,
        note=f"{len(notices)} notices, threshold {threshold:.3f} from the pairs; not grouping yet",
    )
    result.add("demo: Chinese notices whose evidence would join another development", wrong,
               "notices", target=0, op="<=")  # fmt: skip
