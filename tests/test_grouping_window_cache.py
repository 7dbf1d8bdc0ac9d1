"""A grouper loaded with the window kept from the batch before decides exactly as a fresh one.

``process_pending`` keeps the open window's profiles, development states and document
frequencies between its batches (``warehouse.grouping.WindowCache``). A resumed run has no such
cache: it loads everything from the warehouse. Both must give the same developments, with the
same scores and evidence, or a killed run would not resume to the result of an uninterrupted one.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import pytest

from nlp.cluster import ClusterItem, Grouper, GroupingParams
from policywatch_core.models import Article, Outlet
from tests.grouping_support import store_for_grouping
from warehouse import grouping, store
from warehouse.db import connect

T0 = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
DIM = 384
OUTLETS = ("lattice-brief", "northgate", "kestrel")

# Invented wording: each story draws its sentences from its own small stock of words, with a
# shared stock that every story uses, so stories overlap lexically but not completely.
SHARED = [
    "ministry",
    "officials",
    "said",
    "the",
    "new",
    "rule",
    "takes",
    "effect",
    "next",
    "month",
    "after",
    "a",
    "review",
]
STORY_WORDS = [
    f"story{s}word{w}" if w % 3 else f"Place{s}x{w}"  # some capitalised: names
    for s in range(12)
    for w in range(14)
]


def _text(story: int, rng: np.random.Generator) -> tuple[str, str]:
    own = STORY_WORDS[story * 14 : story * 14 + 14]
    words = list(rng.choice(own, size=40)) + list(rng.choice(SHARED, size=25))
    rng.shuffle(words)
    title = " ".join(rng.choice(own, size=6))
    return title, " ".join(words) + "."


def _items(rng: np.random.Generator, n: int, start_hour: float, hours: float) -> list[Any]:
    """Articles about 12 stories published over ``hours`` from ``start_hour``."""
    centres = np.random.default_rng(7).normal(size=(12, DIM))
    out = []
    for _ in range(n):
        story = int(rng.integers(0, 12))
        v = centres[story] + rng.normal(size=DIM) * 0.6
        title, text = _text(story, rng)
        out.append((story, start_hour + float(rng.uniform(0, hours)), title, text, v))
    return out


def _store(con, rows, tag: str) -> list[ClusterItem]:
    articles, items = [], []
    for k, (_story, hour, title, text, v) in enumerate(rows):
        when = T0 + timedelta(hours=hour)
        art = Article(
            url=f"https://{OUTLETS[k % 3]}.example/{tag}-{k}",
            outlet_id=OUTLETS[k % 3],
            title=title,
            text=text,
            published=when,
            first_seen=when,
        )
        articles.append(art)
        vec = (v / np.linalg.norm(v)).astype(np.float32)
        items.append(
            ClusterItem(
                article_id=art.article_id,
                title=title,
                published=when,
                outlet_id=art.outlet_id,
                vector=vec,
                text=text,
            )
        )
    return store_for_grouping(con, articles, items)


def _same_state(a: Grouper, b: Grouper) -> None:
    """The two groupers hold the same developments, evidence and document frequencies."""
    assert a.freqs.n_docs == b.freqs.n_docs
    assert a.freqs.df == b.freqs.df
    assert sorted(a.developments) == sorted(b.developments)
    for dev_id, dev in a.developments.items():
        other = b.developments[dev_id]
        assert dev.member_ids == other.member_ids
        assert dev.term_counts == other.term_counts
        assert dev.name_counts == other.name_counts
        assert dev.first_published == other.first_published
        assert dev.last_published == other.last_published
        assert dev.vector_sum is not None
        assert other.vector_sum is not None
        assert dev.vector_sum.tobytes() == other.vector_sum.tobytes()
        slot_a, slot_b = a.index.slot_of[dev_id], b.index.slot_of[dev_id]
        assert a.index.sums[slot_a].tobytes() == b.index.sums[slot_b].tobytes()
        assert a.index.norms[slot_a] == b.index.norms[slot_b]
        assert [a.index.vectors[r].tobytes() for r in dev.rows] == [
            b.index.vectors[r].tobytes() for r in other.rows
        ]


@pytest.fixture
def con(warehouse_path):
    with connect(warehouse_path) as c:
        store.save_sources(
            c, [Outlet(id=o, name=o.title(), home=f"https://{o}.example/") for o in OUTLETS]
        )
        yield c


def test_kept_window_decides_exactly_as_a_fresh_load(con):
    rng = np.random.default_rng(11)
    params = GroupingParams(window_days=3)
    window = grouping.WindowCache()
    joined = reused = 0
    # Ten batches over ten days: the 3-day window slides (developments close and their reports
    # leave the document frequencies), and batch 6 brings reports older than stored ones (a kept
    # development is then rebuilt in publication order).
    for batch_no in range(10):
        start = 24.0 * batch_no - (60.0 if batch_no == 6 else 0.0)
        items = _store(con, _items(rng, 30, start, 24.0), f"b{batch_no}")
        since = grouping.window_start(min(i.published for i in items), params.window_days)
        before = {d: s for d, s in window.states.items()}
        cached = grouping.load_grouper(con, params, since, window)
        fresh = grouping.load_grouper(con, params, since)
        _same_state(cached, fresh)
        reused += sum(1 for d, s in cached.developments.items() if before.get(d) is s)
        got = cached.assign_all(items)
        want = fresh.assign_all(items)
        assert got == want  # developments, scores, candidates and every feature, bit for bit
        assert cached.evidence == fresh.evidence
        joined += sum(1 for a in got if not a.is_new)
        grouping.save_assignments(con, cached, got)
    # The scenario exercised what it claims to: joins, kept states reused, a sliding window.
    assert joined > 100
    assert reused > 20
    assert window.freqs.n_docs < 10 * 30


def test_a_batch_that_failed_before_saving_leaves_no_trace(con):
    """Reports primed by a batch that never committed are forgotten by the next load."""
    rng = np.random.default_rng(5)
    params = GroupingParams()
    window = grouping.WindowCache()
    first = _store(con, _items(rng, 25, 0.0, 12.0), "first")
    since = grouping.window_start(T0, params.window_days)
    grouper = grouping.load_grouper(con, params, since, window)
    grouping.save_assignments(con, grouper, grouper.assign_all(first))

    lost = _store(con, _items(rng, 20, 12.0, 12.0), "lost")
    doomed = grouping.load_grouper(con, params, since, window)
    doomed.assign_all(lost)  # ... and the transaction that would save it is rolled back
    del doomed

    cached = grouping.load_grouper(con, params, since, window)
    fresh = grouping.load_grouper(con, params, since)
    _same_state(cached, fresh)
    assert {i.article_id for i in lost}.isdisjoint(window.counted)
    later = _store(con, _items(rng, 20, 24.0, 12.0), "later")
    assert cached.assign_all(later) == fresh.assign_all(later)
