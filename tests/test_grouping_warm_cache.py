"""A grouper loaded with the window kept from the batch before sees its reports in other scripts.

The cross-language steps (a Latin-script report's second chance against the developments holding
Chinese reports, the story across scripts, the same-act and late-act joins) look only at the
reports the grouper knows to be in another script than Latin. A grouper loaded from the kept
window (``warehouse.grouping.WindowCache``) counts no stored report twice in its document
frequencies; the reports in another script must still be known as such, or an uninterrupted
run (the window kept) would group otherwise than a run resumed after a kill (nothing kept).
"""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest
from numpy.typing import NDArray

from nlp.cluster import ClusterItem, GroupingParams
from policywatch_core.models import Article, Outlet
from tests.grouping_support import store_for_grouping
from warehouse import grouping, store
from warehouse.db import connect

DIM = 384
# Invented notices and their English news (the bodies of tests/test_notices_by_class.py's classes).
CUSTOMS_NOTICE = (
    "海关总署公告2027年第17号（关于进口激光雷达申报要求的公告）\n为规范进口激光雷达申报管理，"
    "进口货物收货人申报车载激光雷达时，应当如实申报型号及探测距离。本公告自2027年4月1日起施行。"
)
CUSTOMS_REPORT = (
    "China to require declarations for imported lidar\nChina's customs agency said importers must "
    "declare the model and range of every vehicle lidar sensor from April 1, under Announcement "
    "No. 17."
)
BANK_ORDER = (
    "中国人民银行令〔2027〕第4号\n《非银行支付机构数据安全管理办法》已经中国人民银行审议通过，"
    "现予公布，自公布之日起施行。"
)
BANK_REPORT = (
    "PBOC sets data rules for payment firms\nThe People's Bank of China on Friday published "
    "Order No. 4, data security rules for non-bank payment companies, effective immediately."
)


def _at(day: int, hour: int = 9) -> datetime:
    return datetime.fromisoformat(f"2027-03-{day:02d}T{hour:02d}:00:00+08:00")


def _unit(seed: int) -> NDArray[np.float32]:
    v = np.random.default_rng(seed).normal(size=DIM).astype(np.float32)
    return (v / np.linalg.norm(v)).astype(np.float32)


@pytest.fixture
def con(warehouse_path):
    with connect(warehouse_path) as c:
        store.save_sources(
            c, [Outlet(id=o, name=o.title(), home=f"https://{o}.example/") for o in ("gz", "wire")]
        )
        yield c


def _store(con, rows: list[tuple[str, str, datetime, int, str]]) -> list[ClusterItem]:
    """Store ``(key, text, published, vector seed, outlet)`` rows; the first line is the title."""
    articles, items = [], []
    for key, text, when, seed, outlet in rows:
        title, body = text.split("\n", 1)
        art = Article(
            url=f"https://{outlet}.example/{key}",
            outlet_id=outlet,
            title=title,
            text=body,
            published=when,
            first_seen=when,
        )
        articles.append(art)
        items.append(
            ClusterItem(
                article_id=art.article_id,
                title=title,
                published=when,
                outlet_id=outlet,
                vector=_unit(seed),
                text=body,
            )
        )
    return store_for_grouping(con, articles, items)


def _second_batch(con, params: GroupingParams, window: grouping.WindowCache | None):
    """Group the English news of the notices stored by the batch before."""
    items = _store(
        con,
        [
            ("customs-report", CUSTOMS_REPORT, _at(5, 8), 1, "wire"),
            ("bank-report", BANK_REPORT, _at(6), 4, "wire"),
        ],
    )
    since = grouping.window_start(min(i.published for i in items), params.window_days)
    grouper = grouping.load_grouper(con, params, since, window)
    return grouper, items


def test_a_kept_window_groups_the_news_of_stored_notices_as_a_fresh_load(con):
    params = GroupingParams()
    window = grouping.WindowCache()
    notices = _store(
        con,
        [
            ("customs-notice", CUSTOMS_NOTICE, _at(4, 16), 2, "gz"),
            ("bank-order", BANK_ORDER, _at(5, 7), 3, "gz"),
        ],
    )
    since = grouping.window_start(min(i.published for i in notices), params.window_days)
    first = grouping.load_grouper(con, params, since, window)
    stored = first.assign_all(notices)
    grouping.save_assignments(con, first, stored)
    assert all(a.is_new for a in stored)
    assert {a.article_id for a in stored} <= window.counted  # the kept window counted them

    cached, items = _second_batch(con, params, window)
    fresh = grouping.load_grouper(
        con, params, grouping.window_start(min(i.published for i in items), params.window_days)
    )
    got = cached.assign_all(items)
    want = fresh.assign_all(items)
    assert [(a.article_id, a.development_id) for a in got] == [
        (a.article_id, a.development_id) for a in want
    ]
    assert got == want  # scores, candidates and features too
    assert cached.evidence == fresh.evidence
    # what the comparison is about: each English report joins its notice's development
    dev_of = {a.article_id: a.development_id for a in stored}
    joined = [a for a in want if not a.is_new]
    assert len(joined) == 2
    assert {a.development_id for a in joined} == set(dev_of.values())
    stories = {d: s.story_id for d, s in fresh.developments.items()}
    assert {d: s.story_id for d, s in cached.developments.items()} == stories
    # the cause: both know the stored notices as reports in another script
    assert {a.article_id for a in stored} <= cached._foreign
    assert cached._foreign == fresh._foreign
