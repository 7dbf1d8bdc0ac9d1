"""A flow run in the test process leaves no thread that moves the global random state."""

from __future__ import annotations

from prefect import flow

from tests.prefect_services import EVENTS_THREAD, drain_prefect_services, running_service_threads


@flow(name="services-probe", persist_result=False)
def _probe() -> int:
    return 7


def test_draining_stops_the_events_worker_a_flow_run_starts() -> None:
    assert _probe() == 7
    # the flow run started the worker whose websocket pings draw from the global random module
    assert running_service_threads() == [EVENTS_THREAD]
    drain_prefect_services()
    assert running_service_threads() == []
    # and a later flow run in the same process still works
    assert _probe() == 7
    drain_prefect_services()
    assert running_service_threads() == []


def test_draining_is_a_no_op_when_nothing_runs() -> None:
    drain_prefect_services()
    drain_prefect_services()
    assert running_service_threads() == []
