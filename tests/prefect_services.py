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
#: how long to wait for a drained worker's thread to end (it ends within moments of its drain)
JOIN_SECONDS = 10.0


def running_service_threads() -> list[str]:
    """Names of the live threads that belong to Prefect's events worker."""
    return [t.name for t in threading.enumerate() if t.name == EVENTS_THREAD and t.is_alive()]


def drain_prefect_services() -> None:
    """Stop Prefect's events and log workers if this process started them; a no-op otherwise.

    Draining waits for the workers' queued work, not for their threads: the events worker's
    thread ends a moment later, and until then its websocket can still ping. So the thread is
    waited for as well (at most :data:`JOIN_SECONDS`).
    """
    if "prefect.events.worker" not in sys.modules:
        return
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    EventsWorker.drain_all()
    APILogWorker.drain_all()
    for thread in threading.enumerate():
        if thread.name == EVENTS_THREAD and thread is not threading.current_thread():
            thread.join(JOIN_SECONDS)
