"""Grouping benchmark: quality on ECB+ dev, speed of ``policywatch cluster``, assignment latency.

Scores (pairwise and BCubed precision/recall/F1, as ../shared/eval/README.md defines them) of the
grouping used by ``policywatch cluster`` on the ECB+ ``dev`` split, beside a TF-IDF baseline with
one tuned cosine threshold (average link, tuned on ``train``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence


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
