"""The sixth round of speed: the about benchmark's speed pass measures the code.

- Each pass is timed in a fresh process of its own (:func:`bench.about.in_fresh_process`): it
  inherits nothing of the benchmark's process, its result comes back and its error is raised.
- :func:`bench.about.time_tagging` times the shipped reading's first pass, then both readings
  on the warm vocabulary in turn; the bare tagger's first pass alone, without the parse.
"""

from __future__ import annotations

import gc
import os

import pytest

from bench.about import WARM_ROUNDS, in_fresh_process, time_tagging


def test_a_fresh_process_is_another_process_and_gives_its_result() -> None:
    assert in_fresh_process(os.getpid) != os.getpid()
    assert in_fresh_process(divmod, 17, 5) == (3, 2)


def test_a_fresh_process_inherits_nothing_of_this_ones_heap() -> None:
    kept = [[i] for i in range(1000)]
    gc.freeze()
    try:
        assert gc.get_freeze_count() >= len(kept)
        assert in_fresh_process(gc.get_freeze_count) == 0
    finally:
        gc.unfreeze()


def test_an_error_in_the_fresh_process_is_raised_here() -> None:
    with pytest.raises(ValueError, match="invalid literal"):
        in_fresh_process(int, "not a number")


@pytest.mark.slow
def test_the_timed_passes_are_those_the_figures_name() -> None:
    from bench import sets
    from bench.sets import trained
    from nlp.about_eval import load_cases

    texts = [case.tagged for case in load_cases(trained(sets.ABOUT)[0].path)][:8]
    timed = time_tagging(texts, "rules", bare=False)
    assert timed.wall > 0
    assert timed.cpu > 0
    assert sorted(timed.warm) == ["learned", "rules"]
    assert all(len(times) == WARM_ROUNDS and min(times) > 0 for times in timed.warm.values())
    bare = time_tagging(texts, "rules", bare=True)
    assert bare.cpu > 0
    assert bare.warm == {}
