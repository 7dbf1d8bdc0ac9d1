"""Evidence the helper is making is awaited, never made twice (``policywatch.archive``).

Grouping asks for the readings' evidence while the helper's evidence tasks still run: a reading
whose task is queued or running waits for it instead of making the same evidence again, and
makes its own only where the task fails, is cancelled or made none. Pure: fake tasks (futures
set here or from a timer thread) and a counted stand-in for ``extract_evidence``; no models.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from types import SimpleNamespace
from typing import Any

import pytest

from nlp import crosslingual


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts whose evidence this process made (``extract_evidence`` counted)."""
    calls: list[str] = []

    def fake(text: str, **_: Any) -> Any:
        calls.append(text)
        return f"made-here:{text}"

    monkeypatch.setattr(crosslingual, "extract_evidence", fake)
    return calls


def _profiles(n: int) -> list[Any]:
    return [
        SimpleNamespace(reading=crosslingual.Reading(f"report {i} text", (), ())) for i in range(n)
    ]


def _done(result: list[Any]) -> Future[Any]:
    task: Future[Any] = Future()
    task.set_result(result)
    return task


def test_a_reading_asked_before_its_task_ends_waits_for_it(made: list[str]) -> None:
    from policywatch.archive import _take_evidence

    profiles = _profiles(3)
    running: Future[Any] = Future()
    _take_evidence(profiles, [running])
    timer = threading.Timer(0.05, running.set_result, [["ev-0", "ev-1", "ev-2"]])
    timer.start()
    try:
        assert profiles[1].reading.evidence == "ev-1"  # asked while the task runs
    finally:
        timer.join()
    assert [p.reading.evidence for p in profiles] == ["ev-0", "ev-1", "ev-2"]
    assert made == []  # none made twice


def test_each_task_delivers_to_its_own_positions(
    made: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from policywatch import archive

    monkeypatch.setattr(archive, "EVIDENCE_CHUNK", 2)
    profiles = _profiles(5)
    archive._take_evidence(profiles, [_done(["a0", "a1"]), _done(["b0", "b1"]), _done(["c0"])])
    assert [p.reading.evidence for p in profiles] == ["a0", "a1", "b0", "b1", "c0"]
    assert made == []


def test_a_failed_cancelled_or_empty_task_leaves_the_reading_to_make_its_own(
    made: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from policywatch import archive

    monkeypatch.setattr(archive, "EVIDENCE_CHUNK", 2)
    profiles = _profiles(6)
    failed: Future[Any] = Future()
    failed.set_exception(RuntimeError("helper died"))
    cancelled: Future[Any] = Future()
    cancelled.cancel()
    archive._take_evidence(profiles, [failed, cancelled, _done([None])])
    got = [p.reading.evidence for p in profiles]
    assert got == [f"made-here:report {i} text" for i in range(6)]
    assert len(made) == 6  # each made once, here
    assert [p.reading.evidence for p in profiles] == got  # and kept
    assert len(made) == 6


def test_a_reading_with_its_own_evidence_keeps_it_and_waits_for_nothing(made: list[str]) -> None:
    from policywatch.archive import _take_evidence

    profiles = _profiles(2)
    own = profiles[0].reading.evidence
    never: Future[Any] = Future()  # would block a reading that waited on it
    _take_evidence(profiles[:1], [never])
    assert profiles[0].reading.evidence is own
    assert made == ["report 0 text"]


def test_a_profile_without_a_reading_is_skipped(made: list[str]) -> None:
    from policywatch.archive import _take_evidence

    profiles = [SimpleNamespace(reading=None), *_profiles(1)]
    _take_evidence(profiles, [_done([None, "ev-1"])])
    assert profiles[1].reading.evidence == "ev-1"
    assert made == []
