"""Tagging benchmark: linked-entity and signal quality on the annotated set, and speed.

Quality: the annotated passages of ``tests/fixtures/entities`` (``passages.jsonl``, the set the
rules were tuned on, ``heldout.jsonl`` and ``heldout2.jsonl``, each written after a round of
tuning), scored as (passage, entity) and
(passage, signal kind) pairs; beside it spaCy alone: the bare ``en_core_web_sm`` pipeline, its
ORG/GPE/PERSON/NORP/FAC/LOC entities linked by exact name or alias.

Speed and recall at article length: articles of 600 words, each three annotated passages set in
600 words of other news text (the article bodies of ``../shared/eval/extraction`` when present,
otherwise sentences written for this benchmark), tagged with every choice of text the statistical
NER reads (``ner_scope``). Recall on these articles counts the passages' entities only. Wall-clock
and CPU-time rates are both given: the machine is shared, and CPU time is the steadier figure.
"""

from __future__ import annotations

import functools
import json
import random
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

from bench.common import ROOT, StageResult, shared_path
from nlp.entities import DEFAULT_NER_SCOPE, NerScope, load_tagger, tag_texts
from nlp.entity_eval import FIXTURES, Passage, load_passages, score
from nlp.linking import LINKABLE_LABELS, AliasIndex
from policywatch_core.config import load_watchlist
from policywatch_core.models import Mention, Signal, WatchEntity

T = TypeVar("T")
ARTICLE_WORDS = 600
PASSAGES_PER_ARTICLE = 3
SCOPES: tuple[NerScope, ...] = ("none", "title-lead", "adjacent", "hits", "all")
DEFAULT_SCOPE: NerScope = DEFAULT_NER_SCOPE

# Neutral filler written for this benchmark, used when ../shared is missing.
_FILLER = [
    "The company said demand had been strong in recent months.",
    "Analysts expect the trend to continue into next year, although some warned of slower growth.",
    "Shares have risen by a third since January.",
    "The firm employs about 4,000 people, most of them engineers.",
    "A spokesperson said the company would share more details at a later date.",
    "Investors have poured money into the sector since the start of the year.",
    "Li Wei, an analyst at a brokerage in Shanghai, said margins were under pressure.",
    "The new model is smaller than its predecessor but answers questions faster.",
    "Competition among start-ups has pushed prices down sharply.",
    "Several executives left the company last year to found their own ventures.",
    "Data centres in the region are running close to capacity.",
    "The report was based on interviews with more than twenty people in the industry.",
    "Maria Keller, a professor at a university in Zurich, said the results were encouraging.",
    "Revenue from advertising fell slightly, while subscriptions grew.",
    "The company plans to open an office in Singapore later this year.",
    "Its chatbot now has more users than any rival in the country.",
    "Energy costs remain one of the largest expenses for operators of large clusters.",
    "The start-up was founded in 2023 by two former researchers.",
]


def _filler_texts(limit: int) -> tuple[list[str], str]:
    folder = shared_path("eval", "extraction", "wcxb-dev-articles", "ground-truth")
    if folder is None:
        return [], "../shared/eval/extraction is missing: filler is the benchmark's own sentences"
    bodies: list[str] = []
    for path in sorted(folder.glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))["ground_truth"]
        body = " ".join((truth.get("main_content") or "").split())
        if len(body.split()) >= ARTICLE_WORDS:
            bodies.append(body)
        if len(bodies) >= limit:
            break
    return bodies, f"filler: {len(bodies)} article bodies from ../shared/eval/extraction"


def build_articles(
    passages: Sequence[Passage], n: int, bodies: Sequence[str], seed: int = 7
) -> tuple[list[str], list[frozenset[str]]]:
    """Articles of ~600 words: three English passages in other text; gold is their entities."""
    rng = random.Random(seed)
    english = [p for p in passages if p.text.isascii() and p.title.isascii()]
    texts: list[str] = []
    golds: list[frozenset[str]] = []
    for i in range(n):
        chosen = rng.sample(english, PASSAGES_PER_ARTICLE)
        if bodies:
            filler_words = bodies[i % len(bodies)].split()
        else:
            filler_words = " ".join(rng.choice(_FILLER) for _ in range(80)).split()
        # A passage's title carries entities too: the first gives the article's title, the
        # others keep theirs as a sentence of their own.
        bodies_of = [chosen[0].text] + [
            f"{p.title}. {p.text}" if p.title else p.text for p in chosen[1:]
        ]
        budget = ARTICLE_WORDS - sum(len(b.split()) for b in bodies_of)
        filler = filler_words[: max(budget, 0)]
        # Passages go after the lead, in the middle and near the end, so the scope matters.
        cut = [len(filler) // 8, len(filler) // 2, (len(filler) * 7) // 8]
        parts = [" ".join(filler[: cut[0]])]
        for j, body in enumerate(bodies_of):
            end = cut[j + 1] if j + 1 < len(cut) else len(filler)
            parts.append(body)
            parts.append(" ".join(filler[cut[j] : end]))
        title = chosen[0].title or "Technology news in brief"
        texts.append(title + "\n\n" + " ".join(p for p in parts if p))
        golds.append(frozenset().union(*(p.entities for p in chosen)))
    return texts, golds


def _recall(
    results: Sequence[tuple[list[Mention], list[Signal]]], golds: Sequence[frozenset[str]]
) -> float:
    found = missed = 0
    for (mentions, _), gold in zip(results, golds, strict=True):
        ids = {m.entity_id for m in mentions}
        found += len(gold & ids)
        missed += len(gold - ids)
    return found / (found + missed) if found + missed else 1.0


def _timed(fn: Callable[[], T]) -> tuple[T, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def _spacy_alone(
    passages: Sequence[Passage], watchlist: Sequence[WatchEntity], texts: Sequence[str]
) -> tuple[float, float, float, float, str]:
    """The bare en_core_web_sm pipeline: entity P/R (exact name or alias links) and speed."""
    import spacy

    from nlp.entities import MODEL_PACKAGES

    nlp = None
    for name in MODEL_PACKAGES["en_core_web_sm"]:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        return float("nan"), float("nan"), float("nan"), float("nan"), "no model installed"
    index = AliasIndex.build(watchlist)
    results: list[tuple[list[Mention], list[Signal]]] = []
    for doc in nlp.pipe([p.tagged for p in passages]):
        mentions = []
        for ent in doc.ents:
            if ent.label_ in LINKABLE_LABELS:
                link = index.link(ent.text)
                mentions.append(
                    Mention(
                        ent.start_char,
                        ent.end_char,
                        ent.text,
                        ent.label_,
                        link.entity_id,
                        link.canonical,
                    )
                )
        results.append((mentions, []))
    topics = frozenset(e.id for e in watchlist if e.type == "topic")
    quality = score(passages, results, topics)
    list(nlp.pipe(texts[:5]))
    _, wall, cpu = _timed(lambda: list(nlp.pipe(texts, batch_size=64)))
    return (
        quality.entities.precision,
        quality.entities.recall,
        len(texts) / wall,
        len(texts) / cpu,
        nlp.meta.get("name", ""),
    )


def _seeds(result: StageResult, watchlist: Sequence[WatchEntity]) -> None:
    folder = shared_path("seeds")
    if folder is None:
        result.notes.append("../shared/seeds is missing: reference-scenario check skipped")
        return
    tagger = load_tagger(watchlist)
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        mentions, signals = tag_texts([text], tagger)[0]
        ids = sorted({m.entity_id for m in mentions if m.entity_id})
        kinds = sorted({s.kind for s in signals})
        result.notes.append(
            f"seed {path.name}: entities {', '.join(ids) or 'none'}; "
            f"signals {', '.join(kinds) or 'none'}"
        )


def _general_news(result: StageResult, watchlist: Sequence[WatchEntity], quick: bool) -> None:
    """Signals raised on general news (ECB+: crime, sports, disasters, a few policy stories)."""
    path = shared_path("eval", "clustering", "ecbplus-dev.jsonl")
    if path is None:
        result.notes.append("../shared/eval/clustering is missing: false-alarm check skipped")
        return
    with path.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    if quick:
        docs = docs[:100]
    tagger = load_tagger(watchlist)
    out = tag_texts([f"{d['title']}\n\n{d['text']}" for d in docs], tagger)
    flagged = sum(1 for _, signals in out if signals)
    result.add(
        "general news (ECB+) with a policy signal",
        100 * flagged / len(docs),
        "% of docs",
        note="mostly true: Endangered Species Act rules, Greek austerity laws; see docs/decisions/",
    )


def _demo_gold(result: StageResult, watchlist: Sequence[WatchEntity]) -> None:
    """The demo outlets' articles against the entity and policy flags another engineer wrote."""
    from nlp.extract import extract
    from nlp.signals import is_policy_report
    from policywatch.demo.server import DEFAULT_SITE_DIR, GOLD_PATH

    if not GOLD_PATH.is_file():
        result.notes.append("policywatch/demo/gold.json is missing: demo check skipped")
        return
    gold = json.loads(GOLD_PATH.read_text(encoding="utf-8"))["articles"]
    vocabulary = {e for a in gold for e in a["entities"]}
    texts: list[str] = []
    for item in gold:
        html = (DEFAULT_SITE_DIR / item["path"].lstrip("/")).read_text(encoding="utf-8")
        article = extract(html, "http://demo.policywatch.test" + item["path"])
        texts.append(f"{article.title}\n\n{article.text}")
    tagger = load_tagger(watchlist)
    tp = fp = fn = 0
    flags: dict[str, list[int]] = {"any signal": [0, 0, 0], "signal in lead or two": [0, 0, 0]}
    for item, text, (mentions, signals) in zip(gold, texts, tag_texts(texts, tagger), strict=True):
        found = {m.entity_id for m in mentions if m.entity_id in vocabulary}
        expected = set(item["entities"])
        tp, fp, fn = (
            tp + len(found & expected),
            fp + len(found - expected),
            fn + len(expected - found),
        )
        for name, flag in (
            ("any signal", bool(signals)),
            ("signal in lead or two", is_policy_report(text, signals)),
        ):
            counts = flags[name]
            if flag and item["policy"]:
                counts[0] += 1
            elif flag:
                counts[1] += 1
            elif item["policy"]:
                counts[2] += 1
    result.add("demo articles: linked-entity precision", tp / (tp + fp) if tp + fp else 1.0)
    result.add("demo articles: linked-entity recall", tp / (tp + fn) if tp + fn else 1.0)
    for name, (ptp, pfp, pfn) in flags.items():
        result.add(f"demo articles: policy precision ({name})", ptp / (ptp + pfp or 1))
        result.add(f"demo articles: policy recall ({name})", ptp / (ptp + pfn or 1))
    result.notes.append(
        f"demo: {len(gold)} articles of policywatch/demo, entity and policy flags written by "
        "the engineer who wrote the demo (entities compared on the ids that gold uses)"
    )


def run(quick: bool) -> StageResult:
    result = StageResult("tagging")
    watchlist = load_watchlist(ROOT / "config").items
    dev = load_passages(FIXTURES / "passages.jsonl")
    heldout = load_passages(FIXTURES / "heldout.jsonl")
    heldout2 = load_passages(FIXTURES / "heldout2.jsonl")
    passages = dev + heldout + heldout2
    topics = frozenset(e.id for e in watchlist if e.type == "topic")

    tagger = load_tagger(watchlist, ner_scope=DEFAULT_SCOPE)
    if tagger.model_name is None:
        result.notes.append("no statistical spaCy model installed: figures are rules only")
    for label, subset in (("all", passages), ("held-out", heldout), ("held-out 2", heldout2)):
        quality = score(subset, tag_texts([p.tagged for p in subset], tagger), topics)
        suffix = "" if label == "all" else f" ({label})"
        target = label == "all"
        result.add(
            f"linked-entity precision{suffix}",
            quality.entities.precision,
            target=0.95 if target else None,
        )
        result.add(
            f"linked-entity recall{suffix}",
            quality.entities.recall,
            target=0.95 if target else None,
        )
        result.add(
            f"signal precision{suffix}", quality.signals.precision, target=0.90 if target else None
        )
        result.add(f"signal recall{suffix}", quality.signals.recall)
    result.notes.append(
        f"annotated set: {len(dev)} passages the rules were tuned on + {len(heldout)} and "
        f"{len(heldout2)} written after tuning rounds (first scores in docs/decisions/)"
    )

    n = 30 if quick else 300
    bodies, note = _filler_texts(n)
    result.notes.append(note)
    texts, golds = build_articles(passages, n, bodies)
    baseline_p, baseline_r, baseline_wall, baseline_cpu, model = _spacy_alone(
        passages, watchlist, texts
    )
    result.add("spaCy alone: linked-entity precision", baseline_p)
    result.add("spaCy alone: linked-entity recall", baseline_r)
    for scope in SCOPES:
        scoped = load_tagger(watchlist, ner_scope=scope)
        tag_texts(texts[:5], scoped)  # warm caches
        out, wall, cpu = _timed(functools.partial(tag_texts, texts, scoped))
        recall = _recall(out, golds)
        marker = " (default)" if scope == DEFAULT_SCOPE else ""
        result.add(
            f"articles/s, 600 words, NER reads {scope}{marker}",
            len(texts) / wall,
            "articles/s",
            target=50 if scope == DEFAULT_SCOPE else None,
            baseline=baseline_wall,
        )
        result.add(
            f"articles/s by CPU time, NER reads {scope}{marker}",
            len(texts) / cpu,
            "articles/s",
            baseline=baseline_cpu,
        )
        result.add(
            f"linked-entity recall in articles, NER reads {scope}{marker}",
            recall,
            target=0.95 if scope == DEFAULT_SCOPE else None,
        )
    result.notes.append(
        f"baseline: bare {model} pipeline (all components) over the same articles; "
        "machine shared with other engineers: wall-clock rates are noisy"
    )
    _seeds(result, watchlist)
    _general_news(result, watchlist, quick)
    _demo_gold(result, watchlist)
    return result
