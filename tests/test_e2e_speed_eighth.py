"""The evidence tasks run from the batch's end and are returned in batch order.

Grouping walks the batch from its start and makes the evidence it needs before the helper's
arrives; the helper now reads the batch's evidence from its end, so the two meet instead of
making the same readings' evidence one after the other. These tests prove the order of the
tasks sent, that each returned task still holds the ids of its own positions (what
``_take_evidence`` relies on), and that evidence arriving last chunk first reaches each profile
of its own position.
"""

from __future__ import annotations

from concurrent.futures import Future
from types import SimpleNamespace
from typing import Any

import pytest

from policywatch import archive
from policywatch_core import workers


class _Pool:
    """Records the chunks of ids submitted, in submission order; tasks stay pending."""

    def __init__(self) -> None:
        self.sent: list[list[str]] = []

    def submit(self, fn: Any, ids: list[str]) -> Future[list[str]]:
        assert fn is archive.evidence_of
        self.sent.append(list(ids))
        task: Future[list[str]] = Future()
        task.ids = list(ids)  # type: ignore[attr-defined]
        return task


def _articles(n: int) -> list[SimpleNamespace]:
    return [SimpleNamespace(article_id=f"a{i}") for i in range(n)]


@pytest.mark.parametrize("n", [0, 1, 15, 16, 17, 33, 197])
def test_evidence_tasks_are_sent_last_chunk_first_and_returned_in_batch_order(monkeypatch, n):
    pool = _Pool()
    monkeypatch.setattr(workers, "helper", lambda: pool)
    articles = _articles(n)
    tasks = archive._start_evidence(articles)  # type: ignore[arg-type]
    ids = [a.article_id for a in articles]
    chunk = archive.EVIDENCE_CHUNK
    in_order = [ids[i : i + chunk] for i in range(0, n, chunk)]
    assert pool.sent == in_order[::-1]
    assert [t.ids for t in tasks] == in_order  # type: ignore[attr-defined]
    assert [i for t in tasks for i in t.ids] == ids  # every id once  # type: ignore[attr-defined]


def test_an_unavailable_helper_sends_nothing(monkeypatch):
    def broken() -> Any:
        raise OSError("no helper")

    monkeypatch.setattr(workers, "helper", broken)
    assert archive._start_evidence(_articles(40)) == []  # type: ignore[arg-type]


class _Reading:
    def __init__(self) -> None:
        self.taken: list[object] = []

    def take_evidence(self, evidence: object) -> None:
        self.taken.append(evidence)


def test_evidence_arriving_last_chunk_first_reaches_the_profiles_of_its_positions(monkeypatch):
    pool = _Pool()
    monkeypatch.setattr(workers, "helper", lambda: pool)
    n = 2 * archive.EVIDENCE_CHUNK + 5
    articles = _articles(n)
    tasks = archive._start_evidence(articles)  # type: ignore[arg-type]
    profiles = [SimpleNamespace(article_id=a.article_id, reading=_Reading()) for a in articles]
    archive._take_evidence(profiles, tasks)  # type: ignore[arg-type]
    for task in reversed(tasks):  # the helper ends them in the order they were sent
        task.set_result([f"evidence of {i}" for i in task.ids])  # type: ignore[attr-defined]
    assert [p.reading.taken for p in profiles] == [[f"evidence of {p.article_id}"] for p in profiles]
