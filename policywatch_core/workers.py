"""Work in other processes: :func:`ordered_map` over a pool, :func:`helper` for one kept worker.

:func:`ordered_map` spreads tasks over worker processes, results in input order, surviving a
worker's death.

``concurrent.futures`` marks the whole pool broken when one worker process dies (killed by the
OS for memory, a crash inside a C library): every task still in flight fails with it, and a plain
``pool.map`` ends the batch there. :func:`ordered_map` instead starts a fresh pool, runs the
tasks that were in flight again one at a time to find the one that killed its worker, gives that
task ``on_death``'s result, and goes on with the rest in parallel.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.util import Finalize
from typing import Any, TypeVar

R = TypeVar("R")


def ordered_map(
    fn: Callable[..., R],
    tasks: Sequence[tuple[Any, ...]],
    jobs: int,
    on_death: Callable[[tuple[Any, ...]], R],
    window: int | None = None,
    start_method: str = "forkserver",
) -> Iterator[R]:
    """``fn(*task)`` for every task in ``jobs`` worker processes, yielded in task order.

    ``fn`` should turn its own errors into results: an exception it raises ends the iteration.

    Args:
        fn: a module-level function (workers import it by name).
        tasks: the argument tuples, one per call.
        jobs: worker processes.
        on_death: the result for a task whose worker process died while running it (the task
            is run again alone before it is blamed).
        window: tasks in flight at once (default ``32 * jobs``): bounds the results held for
            ordering and the work lost when a worker dies.
        start_method: how workers start. ``forkserver`` (the default): from a clean process,
            not a copy of this one (threads, loaded models), each importing what ``fn`` needs.
            ``fork``: a copy of this process, with what it has imported, at no start-up cost;
            only for a caller that holds no threads and no large state when it calls.
    """
    window = max(window or 32 * jobs, jobs)
    context = multiprocessing.get_context(start_method)

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=max(1, min(jobs, len(tasks))), mp_context=context)

    queue = deque(range(len(tasks)))
    in_flight: dict[int, Future[R]] = {}
    ready: dict[int, R] = {}
    suspects: deque[int] = deque()
    pool = new_pool()

    def after_death() -> ProcessPoolExecutor:
        """Keep what finished; every other task in flight becomes a suspect; a fresh pool."""
        for index, future in sorted(in_flight.items()):
            if future.done() and future.exception() is None:
                ready[index] = future.result()
            else:
                suspects.append(index)
        in_flight.clear()
        pool.shutdown(wait=True, cancel_futures=True)
        return new_pool()

    try:
        for index in range(len(tasks)):
            while index not in ready:
                if suspects:
                    # After a death: one task at a time, so a second death names its task.
                    suspect = suspects.popleft()
                    try:
                        ready[suspect] = pool.submit(fn, *tasks[suspect]).result()
                    except BrokenProcessPool:
                        # the broken pool is stopped first: ``on_death`` may start workers
                        pool.shutdown(wait=True)
                        ready[suspect] = on_death(tasks[suspect])
                        pool = new_pool()
                    continue
                try:
                    while queue and len(in_flight) < window:
                        in_flight[queue[0]] = pool.submit(fn, *tasks[queue[0]])
                        queue.popleft()
                    ready[index] = in_flight[index].result()
                    del in_flight[index]
                except BrokenProcessPool:
                    pool = after_death()
            yield ready.pop(index)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_helper: ProcessPoolExecutor | None = None


def helper() -> ProcessPoolExecutor:
    """One worker process kept for the life of this process, started on first use.

    Work that holds the GIL for long (spaCy tagging) runs there beside work in this process
    (torch, which uses both cores): what the helper loads (a model) stays loaded across calls.
    After a death, :func:`drop_helper` and the next call starts a fresh one.
    """
    global _helper
    if _helper is None:
        _helper = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("forkserver")
        )
        # A process that is itself a multiprocessing child joins its children when its work
        # returns, before concurrent.futures stops idle workers: stop the helper first, before
        # the finalizers of the pool's own queues (priority 10) close them.
        Finalize(None, drop_helper, exitpriority=100)
    return _helper


def drop_helper() -> None:
    """Stop the helper process (after it died, or to free its memory)."""
    global _helper
    if _helper is not None:
        _helper.shutdown(wait=True, cancel_futures=True)
        _helper = None
