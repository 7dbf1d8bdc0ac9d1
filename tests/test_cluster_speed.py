"""The cross-language evidence made in the helper after tagging (``policywatch.archive``).

``tag_and_keep`` keeps the helper's readings, ``evidence_of`` reads their evidence in chunks,
``_take_evidence`` hands each of this process's readings the chunk that will deliver its
evidence (a reading asked for it waits for that chunk): the same evidence grouping would make,
never overwriting one it already has, and nothing from a failed chunk.
"""

from __future__ import annotations

import pickle
from concurrent.futures import Future
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

pytestmark = pytest.mark.slow

TEXTS = [
    (
        "Port authority caps cruise visits at four a week",
        "The harbour board of Valletta said on Tuesday that no more than four cruise ships a "
        "week may dock from June 1, with fees of 12 euros per passenger.",
    ),
    (
        "Valletta limits cruise ships from June",
        "Malta's port regulator will allow four cruise calls a week starting June 1 and charge "
        "each passenger a 12-euro fee, it said.",
    ),
    ("港口限制邮轮停靠", "瓦莱塔港务局周二表示，自6月1日起每周最多允许四艘邮轮停靠。"),
    ("Headline only: regulator weighs drone delivery rules", ""),
]


@pytest.fixture(scope="module")
def settings():
    from policywatch_core.settings import load_settings

    return load_settings()


@pytest.fixture(scope="module")
def articles():
    from nlp.archive import Record, articles_of

    start = datetime(2026, 4, 7, 9, 0, tzinfo=UTC)
    return articles_of(
        [
            Record(id=f"c{i}", title=title, text=text, published=start + timedelta(minutes=i))
            for i, (title, text) in enumerate(TEXTS)
        ]
    )


def _done(value: Any) -> Future[Any]:
    task: Future[Any] = Future()
    task.set_result(value)
    return task


def test_the_helpers_evidence_is_the_evidence_read_here(settings, articles):
    from policywatch.archive import _KEPT, evidence_of, tag_and_keep

    _, profiles = tag_and_keep(settings, articles, True)
    # the helper sends its profiles before it reads their evidence: a copy, as pickled then
    sent = pickle.loads(pickle.dumps(profiles))
    assert len(_KEPT) == len(articles)
    found = evidence_of([a.article_id for a in articles])
    assert len(found) == len(articles)
    assert not _KEPT  # each reading is dropped once read
    for prof, ev in zip(sent, found, strict=True):
        if prof.reading is not None and prof.reading.script == "latin":
            assert ev == prof.reading.evidence  # what grouping would make from its own copy
        else:
            assert ev is None
    assert any(ev is not None for ev in found)
    assert any(ev is None for ev in found)  # the Chinese report: left to grouping
    # a second batch's first task drops what the first kept
    tag_and_keep(settings, articles[:1], True)
    assert len(_KEPT) == 1


def test_the_evidence_is_given_as_each_chunk_ends_and_never_overwrites(settings, articles):
    from policywatch.archive import EVIDENCE_CHUNK, _take_evidence, tag_and_profile

    _, profiles = tag_and_profile(settings, articles)
    latin = [p for p in profiles if p.reading is not None and p.reading.script == "latin"]
    assert len(latin) >= 2
    _, fresh = tag_and_profile(settings, articles)
    expected = [p.reading.evidence if p.reading is not None else None for p in fresh]
    # the first reading has already made its own; the others are given the helper's
    own = latin[0].reading.evidence
    sent = [
        (p.reading.evidence if p.reading is not None and p.reading.script == "latin" else None)
        for p in pickle.loads(pickle.dumps(fresh))
    ]
    pending: Future[Any] = Future()
    _take_evidence(profiles, [pending])
    assert latin[1].reading._evidence is None  # nothing before the chunk ends
    pending.set_result(sent)
    assert latin[0].reading.evidence is own
    for prof, want in zip(profiles, expected, strict=True):
        if prof.reading is not None:
            assert prof.reading.evidence == want
    assert EVIDENCE_CHUNK >= 1


def test_a_failed_or_cancelled_chunk_gives_nothing(settings, articles):
    from policywatch.archive import EVIDENCE_CHUNK, _take_evidence, tag_and_profile

    _, profiles = tag_and_profile(settings, articles)
    failed: Future[Any] = Future()
    failed.set_exception(RuntimeError("helper died"))
    cancelled: Future[Any] = Future()
    cancelled.cancel()
    _take_evidence(profiles, [failed, cancelled])
    assert all(p.reading is None or p.reading._evidence is None for p in profiles)
    # a chunk's results go to its own positions
    wrong = object()
    _take_evidence(profiles, [_done([None] * EVIDENCE_CHUNK), _done([wrong])])
    assert all(p.reading is None or p.reading._evidence is None for p in profiles)


def test_cluster_through_the_helper_decides_as_in_this_process(settings):
    from nlp.archive import Record
    from policywatch.archive import group_records

    start = datetime(2026, 4, 7, 9, 0, tzinfo=UTC)
    records = [
        Record(id=f"g{i}", title=title, text=text, published=start + timedelta(minutes=i))
        for i, (title, text) in enumerate(TEXTS)
    ]
    assert group_records(records, settings, tag_process=True) == group_records(
        records, settings, tag_process=False
    )
