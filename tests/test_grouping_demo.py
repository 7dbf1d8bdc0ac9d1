"""Every development of the demo outlets comes out exactly right (real extraction, tagger, MiniLM).

The demo pages are extracted with ``nlp.extract``, tagged with the pipeline's tagger, embedded with
the bundled MiniLM and grouped by the same code as ``policywatch cluster``; the partition must
equal ``policywatch/demo/gold.json``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DEMO = Path(__file__).resolve().parent.parent / "policywatch" / "demo"


@pytest.fixture(scope="module")
def demo_grouping():
    from nlp.archive import items_of, params_of
    from nlp.cluster import Grouper
    from nlp.embed import embed_articles, load_encoder
    from nlp.extract import extract
    from policywatch.archive import tag_articles
    from policywatch.pipeline import DEMO_ORIGIN
    from policywatch_core.settings import load_settings

    gold = json.loads((DEMO / "gold.json").read_text(encoding="utf-8"))["articles"]
    settings = load_settings()
    articles = [
        extract(
            (DEMO / "site" / g["path"].lstrip("/")).read_text(encoding="utf-8"),
            DEMO_ORIGIN + g["path"],
            outlet_id=g["outlet"],
        )
        for g in gold
    ]
    tagged = tag_articles(settings, articles)
    vectors = embed_articles(articles, load_encoder(settings.embedding_model))
    items = items_of(
        articles, vectors, [t.entity_ids for t in tagged], [t.signal_kinds for t in tagged]
    )
    grouper = Grouper(params_of(settings))
    decided = {a.article_id: a for a in grouper.assign_all(items)}
    return gold, [decided[a.article_id] for a in articles], grouper


def _partition(keys):
    groups = defaultdict(set)
    for i, key in enumerate(keys):
        groups[key].add(i)
    return sorted(sorted(g) for g in groups.values())


def test_demo_developments_exactly_right(demo_grouping):
    gold, assignments, _ = demo_grouping
    expected = _partition([g["development"] for g in gold])
    found = _partition([a.development_id for a in assignments])
    wrong = [[gold[i]["development"] for i in group] for group in found if group not in expected]
    assert found == expected, f"wrongly grouped: {wrong}"


def test_demo_first_reports_open_developments(demo_grouping):
    gold, assignments, _ = demo_grouping
    order = sorted(
        range(len(gold)), key=lambda i: (datetime.fromisoformat(gold[i]["published"]), i)
    )
    seen = set()
    for i in order:
        opened = gold[i]["development"] not in seen
        seen.add(gold[i]["development"])
        assert assignments[i].is_new == opened, gold[i]["path"]
