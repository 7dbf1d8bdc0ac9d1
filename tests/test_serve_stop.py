"""The SIGTERM handler of `policywatch serve` stops the runner whenever the signal comes.

Fast tests on a stand-in runner with Prefect's rule: ``astop`` refuses a runner that has not
started. The end-to-end behaviour (a real server, a real signal) is in ``test_schedule.py``.
"""

from __future__ import annotations

import asyncio

from flows.serve import _stopper


class StandInRunner:
    """Starts after ``start_after`` seconds; records stops; refuses to stop before starting."""

    def __init__(self, start_after: float) -> None:
        self.start_after = start_after
        self.started = False
        self.stopped = asyncio.Event()
        self.stops = 0

    async def start(self) -> None:
        await asyncio.sleep(self.start_after)
        self.started = True
        await self.stopped.wait()

    async def astop(self) -> None:
        if not self.started:
            raise RuntimeError("Runner has not yet started")
        self.stops += 1
        self.stopped.set()


async def _serve_with_sigterm(runner: StandInRunner, signal_after: float, signals: int) -> None:
    handle = _stopper(runner)

    async def send() -> None:
        await asyncio.sleep(signal_after)
        for _ in range(signals):
            handle(15, None)  # what the signal module calls, inside the running loop's thread

    sender = asyncio.create_task(send())
    await asyncio.wait_for(runner.start(), timeout=5)
    await sender


def test_a_sigterm_before_the_runner_has_started_stops_it_once_started() -> None:
    runner = StandInRunner(start_after=0.3)
    asyncio.run(_serve_with_sigterm(runner, signal_after=0.0, signals=1))
    assert runner.stops == 1


def test_a_sigterm_after_start_stops_the_runner() -> None:
    runner = StandInRunner(start_after=0.0)
    asyncio.run(_serve_with_sigterm(runner, signal_after=0.1, signals=1))
    assert runner.stops == 1


def test_repeated_sigterms_stop_the_runner_once() -> None:
    runner = StandInRunner(start_after=0.2)
    asyncio.run(_serve_with_sigterm(runner, signal_after=0.0, signals=3))
    assert runner.stops == 1
