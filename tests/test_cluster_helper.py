"""``policywatch cluster`` tags in a helper process: the same result as tagging in-process.

Real extraction, tagger and MiniLM on the demo outlets' pages; the helper is killed to check that
a dead helper costs a warning and nothing else.
"""

from __future__ import annotations

import json
import logging
import os
import signal
from datetime import datetime
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DEMO = Path(__file__).resolve().parent.parent / "policywatch" / "demo"


@pytest.fixture(scope="module")
def demo_records():
    from nlp.archive import Record
    from nlp.extract import extract
    from policywatch.pipeline import DEMO_ORIGIN

    gold = json.loads((DEMO / "gold.json").read_text(encoding="utf-8"))["articles"]
    records = []
    for g in gold:
        html = (DEMO / "site" / g["path"].lstrip("/")).read_text(encoding="utf-8")
        article = extract(html, DEMO_ORIGIN + g["path"], outlet_id=g["outlet"])
        records.append(
            Record(
                id=g["path"],
                title=article.title,
                text=article.text,
                published=datetime.fromisoformat(g["published"])
                if g.get("published")
                else article.published,
            )
        )
    return records


@pytest.fixture(scope="module")
def settings():
    from policywatch_core.settings import load_settings

    return load_settings()


def test_helper_tags_exactly_as_this_process(demo_records, settings):
    from nlp.archive import articles_of
    from policywatch.archive import _finish_tagging, _start_tagging, cluster_records, tag_ids

    articles = articles_of(demo_records)
    here = tag_ids(settings, articles)
    assert (
        sum(1 for ids, _, _ in here if ids) >= len(here) // 2
    )  # the demo names watchlist entities
    assert sum(1 for _, kinds, _ in here if kinds) >= len(here) // 2  # and policy actions
    assert sum(1 for _, _, mains in here if mains) >= len(here) // 2  # and is about some of them
    tasks = _start_tagging(settings, articles)
    assert tasks is not None
    assert _finish_tagging(settings, articles, tasks) == here
    assert cluster_records(demo_records, settings, tag_process=True) == cluster_records(
        demo_records, settings, tag_process=False
    )


def test_a_dead_helper_costs_a_warning_and_the_next_call_starts_a_new_one(
    demo_records, settings, caplog
):
    from policywatch.archive import cluster_records
    from policywatch_core.workers import helper

    expected = cluster_records(demo_records, settings, tag_process=False)
    pid = helper().submit(os.getpid).result()
    os.kill(pid, signal.SIGKILL)
    with caplog.at_level(logging.WARNING, logger="nlp.archive"):
        assert cluster_records(demo_records, settings) == expected
    assert "tagging helper process" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="nlp.archive"):
        assert cluster_records(demo_records, settings) == expected
    assert caplog.text == ""
    assert helper().submit(os.getpid).result() != pid
