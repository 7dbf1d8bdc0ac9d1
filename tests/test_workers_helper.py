"""``policywatch_core.workers.helper``: one process kept across calls, replaced after a death."""

from __future__ import annotations

import os

import pytest

from policywatch_core.workers import drop_helper, helper

pytestmark = pytest.mark.slow  # the helper starts from a fork server (about a second)


def test_helper_is_another_process_kept_across_calls_and_replaced_when_dropped():
    drop_helper()
    try:
        first = helper().submit(os.getpid).result()
        assert first != os.getpid()
        assert helper().submit(os.getpid).result() == first  # what it loaded stays loaded
        drop_helper()
        assert helper().submit(os.getpid).result() != first
    finally:
        drop_helper()


def use_the_helper() -> None:
    """Runs in a child process: starts a helper, uses it, returns without stopping it."""
    assert helper().submit(os.getpid).result() != os.getpid()


def test_a_child_process_that_used_the_helper_still_exits():
    # A multiprocessing child joins its own children on exit; an idle helper must not hang it
    # (the bench runs each stage in such a child).
    import multiprocessing

    child = multiprocessing.get_context("spawn").Process(target=use_the_helper)
    child.start()
    child.join(timeout=120)
    hung = child.is_alive()
    if hung:
        child.kill()
    assert not hung
    assert child.exitcode == 0
