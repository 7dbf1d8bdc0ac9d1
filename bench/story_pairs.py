"""The evidence of every pair of developments of an annotated stories split.

For analysis and for training the story decision (``bench.train_stories``): each split's
reports are grouped with their gold developments pinned (as ``bench.stories`` does), then every
pair of developments (earlier, later) is described by what the story decision reads
(:meth:`nlp.cluster.Grouper.story_evidence`) and labelled with whether the gold threads hold
them together.

``python -m bench.story_pairs heldout-3`` prints the pairs of one split: the gold links with
their evidence, and the predicted links that are wrong.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.stories import READ_SPLITS, TRAINED_SPLITS, read_rows, records_of

#: the read splits (never a blind one), in the order training leaves them out
SPLITS = READ_SPLITS
#: the splits the story model is trained on: the read ones not held back from training
TRAIN_SPLITS = TRAINED_SPLITS


@dataclass(frozen=True, slots=True)
class Pair:
    split: str
    earlier: str
    later: str
    gap_days: float
    same_thread: bool
    same_story: bool  # as the story code put them (gold developments pinned)
    features: dict[str, float]
    notes: dict[str, Any]


def split_rows(split: str) -> list[dict[str, Any]]:
    return [dict(r) for r in _split_rows(split)]


@functools.cache
def _split_rows(split: str) -> tuple[dict[str, Any], ...]:
    # read once per process: the trainer scores every split for every setting it tries
    return tuple(r for r in read_rows() if r["split"] == split)


def grouped(
    rows: Sequence[dict[str, Any]], settings: Any, params: Any = None
) -> tuple[Any, dict[str, str]]:
    """The grouper after grouping ``rows`` with their gold developments pinned, and the
    development id of each gold development."""
    from nlp.archive import articles_of, items_of, params_of
    from nlp.cluster import Corrections, Grouper, development_id_for, profile
    from nlp.embed import embed_articles, load_encoder
    from policywatch.archive import tag_ids

    articles = articles_of(records_of(rows))
    vectors = embed_articles(
        articles, load_encoder(settings.embedding_model, settings.torch_threads)
    )
    tags = tag_ids(settings, articles)
    items = items_of(
        articles, vectors, [t[0] for t in tags], [t[1] for t in tags], [t[2] for t in tags]
    )
    pins: dict[str, str] = {}
    first: dict[str, str] = {}
    for r, a in sorted(zip(rows, articles, strict=True), key=lambda p: p[0]["published"]):
        first.setdefault(r["development"], a.article_id)
        pins[a.article_id] = development_id_for(first[r["development"]])
    grouper = Grouper(params or params_of(settings), corrections=Corrections(pins=pins))
    # the learned decision's evidence (word pairs, cited instruments) even when the rules are
    # simulated without it: the pairs describe what the model would read
    grouper.assign_all(items, functools.partial(profile, story_evidence=True))
    gold = {g: development_id_for(a) for g, a in first.items()}
    return grouper, gold


def pairs_of(split: str, settings: Any, params: Any = None) -> list[Pair]:
    rows = split_rows(split)
    grouper, gold = grouped(rows, settings, params)
    thread = {r["development"]: r["story"] for r in rows}
    devs = sorted(gold, key=lambda g: (grouper.developments[gold[g]].first_published, g))
    out = []
    for i, a in enumerate(devs):
        for b in devs[i + 1 :]:
            da, db = grouper.developments[gold[a]], grouper.developments[gold[b]]
            feats, notes = grouper.story_evidence(db, da)
            out.append(
                Pair(
                    split=split,
                    earlier=a,
                    later=b,
                    gap_days=(db.first_published - da.last_published).total_seconds() / 86400,
                    same_thread=thread[a] == thread[b],
                    same_story=da.story_id == db.story_id,
                    features=feats,
                    notes=notes,
                )
            )
    return out


def show(pairs: Sequence[Pair], out: Any = sys.stdout) -> None:
    for p in pairs:
        if not (p.same_thread or p.same_story):
            continue
        mark = {(True, True): "ok  ", (True, False): "MISS", (False, True): "WRONG"}[
            (p.same_thread, p.same_story)
        ]
        feats = " ".join(f"{k}={v:.2f}" for k, v in sorted(p.features.items()))
        notes = " ".join(f"{k}={v}" for k, v in sorted(p.notes.items()))
        print(
            f"{mark} {p.earlier} -> {p.later} gap {p.gap_days:.0f}d | {feats} | {notes}", file=out
        )


def main(argv: Sequence[str] | None = None) -> None:
    from policywatch_core.settings import load_settings

    parser = argparse.ArgumentParser(prog="python -m bench.story_pairs", description=__doc__)
    parser.add_argument("splits", nargs="*", help=f"of {', '.join(SPLITS)} (default: all)")
    parser.add_argument("--json", type=Path, help="also write every pair (features, label) here")
    args = parser.parse_args(argv)
    settings = load_settings()
    everything = []
    for split in args.splits or SPLITS:
        print(f"== {split}")
        pairs = pairs_of(split, settings)
        show(pairs)
        everything.extend(pairs)
    if args.json:
        args.json.write_text(
            json.dumps([asdict(p) for p in everything], indent=1, default=str), encoding="utf-8"
        )


if __name__ == "__main__":
    main()
