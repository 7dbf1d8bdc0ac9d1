"""A report's profile is the same whether the grouper built it or the warehouse's window rebuilt it.

A run keeps the profiles of the open window in memory between batches; a resumed run (after a
kill) rebuilds them from the stored rows (``warehouse.grouping.load_grouper``). Both paths must
read a report with the grouper's parameters (the places below a country, the watchlist's
governments, the story evidence), or a killed run would store other story profiles and notice
joins than an uninterrupted one (``tests/test_fault_kill.py`` found that class: the window's
rebuild read no places).
"""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from nlp.archive import params_of
from nlp.cluster import ClusterItem, Grouper, profile
from policywatch_core.models import Article, Outlet
from policywatch_core.settings import load_settings
from tests.grouping_support import store_for_grouping
from warehouse import grouping, store
from warehouse.db import connect

WHEN = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
DIM = 384
# Invented notice: a province's own measure, which names the central plan it follows.
TITLE = "江苏省工业和信息化厅关于印发《江苏省算力券实施细则》的通知"
TEXT = (
    "各设区市工业和信息化局：现将《江苏省算力券实施细则》印发给你们，请认真贯彻执行。"
    "根据工业和信息化部有关行动计划，对中小企业购买算力服务给予补贴。"
)


@pytest.fixture
def con(warehouse_path):
    with connect(warehouse_path) as c:
        store.save_sources(c, [Outlet(id="gazette", name="Gazette", home="https://gz.example/")])
        yield c


def _item(article: Article) -> ClusterItem:
    vector = np.ones(DIM, dtype=np.float32) / np.sqrt(DIM)
    return ClusterItem(
        article_id=article.article_id,
        title=TITLE,
        published=WHEN,
        outlet_id="gazette",
        vector=vector,
        text=TEXT,
    )


def test_the_window_rebuilds_a_report_as_the_grouper_read_it(con):
    params = params_of(load_settings())
    assert params.places  # the project's places: the notice evidence reads a province apart
    article = Article(
        url="https://gz.example/notice-1",
        outlet_id="gazette",
        title=TITLE,
        text=TEXT,
        published=WHEN,
        first_seen=WHEN,
    )
    items = store_for_grouping(con, [article], [_item(article)])
    grouper = Grouper(params, dim=DIM)
    grouping.save_assignments(con, grouper, grouper.assign_all(items))
    built = grouper._profile(items[0])
    assert built.reading is not None
    assert built.reading.evidence.places == frozenset({"jiangsu"})

    window = grouping.WindowCache()
    since = grouping.window_start(WHEN, params.window_days)
    grouping.load_grouper(con, params, since, window)
    rebuilt = window.profiles[article.article_id]
    assert rebuilt.reading is not None
    assert rebuilt.reading.evidence == built.reading.evidence
    assert rebuilt.cites == built.cites
    # the distractor: read without the grouper's parameters, the province is lost
    bare = profile(items[0], story_evidence=bool(params.story_model))
    assert bare.reading is not None
    assert bare.reading.evidence.places == frozenset()
