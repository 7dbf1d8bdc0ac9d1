"""The warehouse edge of grouping: decisions with evidence, facts, additions, corrections."""

from __future__ import annotations

import json
import zlib
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from nlp.cluster import ClusterItem, GroupingParams, development_id_for
from nlp.novelty import Report, development_facts, find_credits
from policywatch_core.models import Article, Outlet
from tests.grouping_support import store_for_grouping
from warehouse import grouping, store
from warehouse.db import connect

T0 = datetime(2026, 11, 5, 7, 0, tzinfo=UTC)
DIM = 384

FIRST = (
    "China requires AI staff to seek approval before travelling abroad",
    "Engineers at private AI firms such as Alibaba and DeepSeek must now get approval before "
    "trips abroad, the Ministry of Science and Technology said on Wednesday. The rule covers "
    "researchers who work on large models.",
)
REWRITE = (
    "AI workers at Alibaba and DeepSeek need approval for foreign trips",
    "AI researchers at Alibaba and DeepSeek must seek approval before travelling abroad, "
    "according to Lattice Brief. The Ministry of Science and Technology said the rule covers "
    "researchers on large models. Passports of senior staff will be held by a company office in "
    "Hangzhou.",
)
COPY = (
    "China requires AI staff to seek approval before travelling abroad",
    FIRST[1] + " Updated.",
)
OTHER = (
    "Taiwan tightens travel reporting for chip engineers",
    "Taiwan's cabinet said engineers in core semiconductor technology must report trips to "
    "mainland China. Violations carry fines of 2 million Taiwan dollars.",
)


def _vec(seed: int, base: int) -> np.ndarray:
    rng = np.random.default_rng(base)
    v = rng.normal(size=DIM) + np.random.default_rng(seed).normal(size=DIM) * 0.2
    return (v / np.linalg.norm(v)).astype(np.float32)


def _store(con, rows):
    """Store articles and embeddings as the pipeline would (rows: id, outlet, hours, text, base)."""
    articles, items = [], []
    for aid, outlet, hours, (title, text), base in rows:
        art = Article(
            url=f"https://{outlet}.example/{aid}",
            outlet_id=outlet,
            title=title,
            text=text,
            published=T0 + timedelta(hours=hours),
            first_seen=T0 + timedelta(hours=hours),
        )
        articles.append(art)
        items.append(
            ClusterItem(
                article_id=art.article_id,
                title=title,
                published=T0 + timedelta(hours=hours),
                outlet_id=outlet,
                vector=_vec(zlib.crc32(aid.encode()) % 1000, base),  # stable across processes
                text=text,
            )
        )
    return store_for_grouping(con, articles, items)


@pytest.fixture
def con(warehouse_path):
    with connect(warehouse_path) as c:
        store.save_sources(
            c,
            [
                Outlet(id="lattice-brief", name="Lattice Brief", home="https://lb.example/"),
                Outlet(id="northgate", name="Northgate Observer", home="https://ng.example/"),
                Outlet(id="kestrel", name="Kestrel Review", home="https://kr.example/"),
            ],
        )
        yield c


def _run(con, items, since=None):
    grouper = grouping.load_grouper(con, GroupingParams(), since or T0 - timedelta(days=14))
    assignments = grouper.assign_all(items)
    grouping.save_assignments(con, grouper, assignments)
    return {a.article_id: a for a in assignments}


def _dev_of(con, article_id):
    return con.execute(
        "SELECT development_id FROM development_members WHERE article_id = $a", {"a": article_id}
    ).fetchone()[0]


def test_batches_join_stored_developments_and_facts_are_stored(con):
    first = _store(con, [("a", "lattice-brief", 0, FIRST, 1), ("t", "kestrel", 1, OTHER, 2)])
    _run(con, first)
    later = _store(con, [("b", "northgate", 3, REWRITE, 1), ("c", "kestrel", 5, COPY, 1)])
    result = _run(con, later)  # a second batch: the grouper loads the open developments
    dev = development_id_for(first[0].article_id)
    assert result[later[0].article_id].development_id == dev
    assert result[later[1].article_id].development_id == dev
    assert _dev_of(con, first[1].article_id) != dev

    overview = con.execute(
        "SELECT first_article_id, first_outlet, n_reports, n_outlets, n_independent_outlets, "
        "credited_outlets FROM development_overview WHERE development_id = $d",
        {"d": dev},
    ).fetchone()
    assert overview[0] == first[0].article_id
    assert overview[1] == "Lattice Brief"
    assert overview[2:5] == (3, 3, 2)  # the Kestrel copy does not count as independent
    assert overview[5] == ["Lattice Brief"]

    novelty = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT article_id, report_rank, copy_of, credits, added_sentences FROM report_novelty "
            "WHERE development_id = $d",
            {"d": dev},
        ).fetchall()
    }
    rank, copy_of, credits, added = novelty[later[0].article_id]
    assert rank == 2
    assert copy_of is None
    assert credits == ["Lattice Brief"]
    assert any("Hangzhou" in s for s in added)
    assert not any("large models" in s for s in added)
    assert novelty[later[1].article_id][1] == first[0].article_id

    decision = con.execute(
        "SELECT decision, features, model_version FROM grouping_decisions WHERE article_id = $a",
        {"a": later[0].article_id},
    ).fetchone()
    assert decision[0] == "join"
    assert {"tfidf_mean", "names", "days"} <= set(json.loads(decision[1]))
    assert decision[2]
    explained = grouping.explain(con, later[0].article_id[:10])
    assert explained is not None
    assert explained["candidates"][0]["development_id"] == dev
    assert explained["candidates"][0]["probability"] >= 0.5
    assert explained["candidates"][0]["contributions"]


def _three_grouped(con):
    """A report, its rewrite by another outlet and an unrelated report, stored and grouped once."""
    items = _store(
        con,
        [
            ("a", "lattice-brief", 0, FIRST, 1),
            ("b", "northgate", 3, REWRITE, 1),
            ("t", "kestrel", 4, OTHER, 2),
        ],
    )
    _run(con, items)
    return items


def test_merge_and_split_survive_later_runs_and_regrouping(con):
    items = _three_grouped(con)
    a, b, t = (i.article_id for i in items)
    dev_a, dev_t = _dev_of(con, a), _dev_of(con, t)
    assert _dev_of(con, b) == dev_a
    assert dev_t != dev_a

    grouping.merge(con, dev_a, dev_t, note="same story")
    assert _dev_of(con, t) == dev_a
    assert con.execute(
        "SELECT count(*) FROM developments WHERE development_id = $d", {"d": dev_t}
    ).fetchone() == (0,)
    new_id = grouping.split(con, dev_a, [b])
    assert _dev_of(con, b) == new_id
    assert _dev_of(con, a) == dev_a

    # A later run that sees a close rewrite: it may join, but b stays split, t stays merged.
    later = _store(con, [("c", "kestrel", 6, COPY, 1)])
    _run(con, later)
    assert _dev_of(con, b) == new_id
    assert _dev_of(con, t) == dev_a

    grouping.regroup(con, GroupingParams())
    assert _dev_of(con, b) == new_id
    assert _dev_of(con, t) == dev_a == _dev_of(con, a)
    source = con.execute(
        "SELECT source FROM development_members WHERE article_id = $a", {"a": b}
    ).fetchone()
    assert source == ("analyst",)
    with pytest.raises(grouping.GroupingError):
        grouping.split(con, dev_a, ["not-a-member"])
    with pytest.raises(grouping.GroupingError):
        grouping.merge(con, dev_a, dev_a)


def test_development_facts_pure():
    def report(aid, outlet, hours, text, vec):
        return Report(aid, outlet, T0 + timedelta(hours=hours), text[0], text[1], vec)

    v1 = _vec(1, 1)
    facts = development_facts(
        "d",
        [
            report("b", "northgate", 3, REWRITE, v1),
            report("a", "lattice-brief", 0, FIRST, v1),
            report("c", "kestrel", 5, COPY, v1),
        ],
        {"lattice-brief": "Lattice Brief", "northgate": "Northgate Observer"},
    )
    assert facts.first_article_id == "a"
    assert facts.first_outlet_id == "lattice-brief"
    assert facts.n_independent_outlets == 2
    assert facts.n_outlets == 3
    assert [r.article_id for r in facts.reports] == ["a", "b", "c"]
    assert facts.reports[2].copy_of == "a"
    assert not facts.reports[2].independent
    assert facts.reports[1].credited_outlet_ids == ["lattice-brief"]
    assert facts.reports[0].additions == []


def test_find_credits():
    outlets = {"decoder": "The Decoder", "lb": "Lattice Brief"}
    text = (
        "The rule was first reported by The Decoder on Monday. According to the ministry, it "
        "applies at once. Reuters reported that staff were told in meetings."
    )
    assert find_credits(text, outlets) == [("The Decoder", "decoder"), ("Reuters", None)]
    assert find_credits("According to officials, nothing changed.", outlets) == []


def test_a_credit_finds_the_outlet_whose_configured_name_carries_a_qualifier():
    # configured names carry a section or a native name in brackets; reports credit the outlet
    outlets = {
        "scmp": "South China Morning Post (Tech)",
        "cac": "Cyberspace Administration of China (国家互联网信息办公室)",
        "scmp-biz": "South China Morning Post",
    }
    text = (
        "The rule was first reported by the South China Morning Post on Monday. According to "
        "the Cyberspace Administration of China, it applies at once."
    )
    assert find_credits(text, outlets) == [
        ("the South China Morning Post", "scmp-biz"),
        ("the Cyberspace Administration of China", "cac"),
    ]
    assert find_credits(text, {k: v for k, v in outlets.items() if k != "scmp-biz"})[0] == (
        "the South China Morning Post",
        "scmp",
    )
