"""The fault-kill benchmark's pure parts: which seeds it runs and how it reads a run's end."""

from __future__ import annotations

import pytest

from bench import fault_kill


def test_seeds_start_with_the_reported_ones_and_are_the_same_every_time():
    got = fault_kill.seeds(6)
    reported = len(fault_kill.REPORTED_SEEDS)
    assert got[:reported] == list(fault_kill.REPORTED_SEEDS)
    assert len(got) == len(set(got)) == 6
    assert got == fault_kill.seeds(6)  # a fixed sequence: before and after see the same seeds
    assert fault_kill.seeds(1) == [fault_kill.REPORTED_SEEDS[0]]
    assert fault_kill.seeds(6, first=7)[reported:] != fault_kill.seeds(6, first=8)[reported:]


@pytest.mark.parametrize(
    ("code", "output", "expected"),
    [
        (0, "4 passed in 210.00s", "passed"),
        (1, "AssertionError: run failed (exit -6) after ['@start']", "native abort"),
        (1, "run failed (exit -11) after ['@start', '@prepare']", "native abort"),
        (1, "FATAL Error: Failed to append to PRIMARY_development_facts_0", "native abort"),
        (1, "FATAL Error: Failed to delete all rows from index. Only deleted 0", "native abort"),
        (1, "AssertionError: articles differ after kills", "failed"),
        (1, "run failed (exit 1) after ['@start']", "failed"),
    ],
)
def test_outcome(code, output, expected):
    assert fault_kill.outcome(code, output) == expected


def test_quick_skips_unless_asked(monkeypatch):
    monkeypatch.delenv("POLICYWATCH_BENCH_FAULT_SEEDS", raising=False)
    result = fault_kill.run(quick=True)
    assert result.skipped
    assert result.metrics == []
