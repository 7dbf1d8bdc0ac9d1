"""Stopping Prefect's background services in the test process.

A flow run in the test process leaves Prefect's events worker on a thread of its own, with an
open websocket to the local server whose keep-alive pings draw from the global ``random``
module (every 10 to 20 seconds). Hypothesis checks that the global random state does not change
while a test's inputs are drawn, and the suite turns its warning into an error: a property test
running after any in-process flow failed now and then, depending on when a ping fell. Prefect's
own test harness drains the same services when it stops.
"""

from __future__ import annotations

import sys
import threading

#: the name Prefect gives the events worker's thread
EVENTS_THREAD = "EventsWorkerThread"


def running_service_threads() -> list[str]:
    """Names of the live threads that belong to Prefect's events worker."""
    return [t.name for t in threading.enumerate() if t.name == EVENTS_THREAD and t.is_alive()]


def drain_prefect_services() -> None:
    """Stop Prefect's events and log workers if this process started them; a no-op otherwise."""
    if "prefect.events.worker" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    EventsWorker.drain_all()
    APILogWorker.drain_all()
