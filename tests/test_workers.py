"""``policywatch_core.workers.ordered_map``: input order, and a dying worker costs one task only."""

from __future__ import annotations

import os

import pytest

from policywatch.cli.extract import worker_died
from policywatch_core.workers import ordered_map

pytestmark = pytest.mark.slow  # worker processes start from a fork server (about a second)


def square_or_die(value: int, deadly: frozenset[int]) -> int:
    """Worker function: the worker process exits without a word on a deadly value."""
    if value in deadly:
        os._exit(9)
    return value * value


def died(task: tuple[object, ...]) -> int:
    return -1


def test_results_come_in_input_order():
    tasks = [(n, frozenset[int]()) for n in range(30)]
    assert list(ordered_map(square_or_die, tasks, jobs=2, on_death=died, window=3)) == [
        n * n for n in range(30)
    ]


def test_a_dying_worker_costs_only_its_own_task():
    deadly = frozenset({5, 6, 17})  # two in one window, one alone
    tasks = [(n, deadly) for n in range(25)]
    results = list(ordered_map(square_or_die, tasks, jobs=2, on_death=died, window=4))
    assert results == [-1 if n in deadly else n * n for n in range(25)]


def test_a_death_in_the_last_task_and_a_single_worker():
    tasks = [(n, frozenset({3})) for n in range(4)]
    assert list(ordered_map(square_or_die, tasks, jobs=1, on_death=died)) == [0, 1, 4, -1]


def test_the_extract_line_for_a_dead_worker_names_the_file():
    line = worker_died(("pages/a.html", "https://a.example/1", None))
    assert line["path"] == "pages/a.html"
    assert line["url"] == "https://a.example/1"
    assert line["error"] == "worker-died"


@pytest.mark.parametrize("deadly", [frozenset[int](), frozenset({5, 6, 17})])
def test_forked_workers_give_the_same_results(deadly):
    tasks = [(n, deadly) for n in range(25)]
    forked = list(
        ordered_map(square_or_die, tasks, jobs=2, on_death=died, window=4, start_method="fork")
    )
    assert forked == [-1 if n in deadly else n * n for n in range(25)]


_PRINTS_WHILE_WORKERS_DIE = """
import os, sys
from policywatch_core.workers import ordered_map

def square_or_die(value):
    if value in (7, 15):
        os._exit(9)
    return value * value

for result in ordered_map(square_or_die, [(n,) for n in range(20)], 2, lambda task: -1,
                          window=3, start_method="fork"):
    sys.stdout.write(f"{result}\\n")  # buffered: a fork must not copy it into a worker
"""


def test_output_written_before_a_fresh_forked_pool_is_not_written_twice(tmp_path):
    import subprocess
    import sys

    script = tmp_path / "prints.py"
    script.write_text(_PRINTS_WHILE_WORKERS_DIE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, check=True
    )
    expected = [-1 if n in (7, 15) else n * n for n in range(20)]
    assert proc.stdout.split() == [str(value) for value in expected]
