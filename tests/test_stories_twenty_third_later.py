"""Policy threads across months, twenty-third round, later: a step beyond the horizon.

Headlines and evidence written for these tests (invented schemes, regulators and dates).

- A later step more than a year on that is its authority's next measure of the same kind on
  the same subject, naming some of its object again (a subsidy scheme and the audit of its
  payments, a filing regime and its first filings), is weighed by the learned step beyond the
  story horizon (:func:`nlp.cluster.on_its_subject`); the same authority's measure on another
  subject, or of another kind, that late is not.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import numpy as np

from nlp.cluster import (
    ClusterItem,
    GroupingParams,
    on_its_subject,
    reaches_beyond_horizon,
    within_story_reach,
)
from nlp.story_model import DEFAULT_STORY_MODEL
from tests.story_support import basis, evidence_between, filler, report
from tests.story_support import unit as _unit

T0 = datetime(2028, 2, 1, 9, tzinfo=UTC)
BASIS = basis(231)
PARAMS = GroupingParams(story_model="")
LEARNED = replace(PARAMS, story_model=DEFAULT_STORY_MODEL)

SAME = {"key": 1.0, "root": 1.0, "subjects": 1.0, "kinds": 1.0, "object": 0.3, "sim": 0.6}


def test_the_next_measure_on_the_same_subject_is_weighed_beyond_the_horizon() -> None:
    assert on_its_subject(SAME)
    assert reaches_beyond_horizon(SAME)
    assert within_story_reach(500.0, SAME, PARAMS) == "beyond"
    # traps: another subject, another kind, no key in common, a rule stated against, a
    # penalty under another instrument, or past the results' reach
    assert not on_its_subject({**SAME, "subjects": -1.0})
    assert not on_its_subject({**SAME, "subjects": 0.0})
    assert not on_its_subject({**SAME, "kinds": 0.0})
    assert not on_its_subject({**SAME, "object": 0.0})
    assert not on_its_subject({**SAME, "key": 0.0, "keyless": 1.0})
    assert not on_its_subject({**SAME, "root": 0.0})
    assert not on_its_subject({**SAME, "under": -1.0})
    assert not on_its_subject({**SAME, "cites": -1.0})
    assert not on_its_subject({**SAME, "penalty_elsewhere": 1.0})
    assert within_story_reach(800.0, SAME, PARAMS) is None


def _item(
    aid: str, days: int, title: str, text: str, v: np.ndarray, main: str, kinds: set[str]
) -> ClusterItem:
    item: ClusterItem = report(
        aid, T0 + timedelta(days=days), title, text, v, mains={main}, kinds=kinds
    )
    return item


def _english() -> list[ClusterItem]:
    return [
        _item(
            "subsidies",
            0,
            "Vietnam opens subsidies for chip design start-ups",
            "Vietnam's science ministry opened subsidies for chip design start-ups, paying "
            "part of the costs of taping out their first semiconductor.",
            _unit(BASIS[0] + 0.6 * BASIS[1]),
            "vietnam",
            {"subsidy-funding"},
        ),
        _item(
            "subsidy-audit",
            480,
            "Auditors find Vietnam's chip design subsidies paid to firms that never taped out",
            "State auditors said a third of the chip design subsidies went to companies "
            "that never produced a semiconductor.",
            _unit(BASIS[0] + 0.6 * BASIS[2]),
            "vietnam",
            {"subsidy-funding"},
        ),
        # trap: the same government's measure on another subject that late
        _item(
            "clinic-rule",
            500,
            "Vietnam requires hospitals to register diagnostic AI software",
            "The health ministry said hospitals must register any AI diagnosis software "
            "before doctors use it on patients.",
            _unit(BASIS[0] + 0.6 * BASIS[3]),
            "vietnam",
            {"approval-requirement"},
        ),
    ]


def _chinese() -> list[ClusterItem]:
    return [
        _item(
            "zh-regime",
            0,
            "网信办发布深度合成服务算法备案清单",
            "国家网信办公布深度合成服务算法备案清单，要求提供者履行算法备案手续。",
            _unit(BASIS[10] + 0.6 * BASIS[11]),
            "cac",
            {"approval-requirement"},
        ),
        _item(
            "zh-first",
            420,
            "网信办：首批语音合成算法完成备案",
            "国家网信办表示，首批语音合成服务算法已完成备案，共有二十一款产品上线。",
            _unit(BASIS[10] + 0.6 * BASIS[12]),
            "cac",
            {"approval-requirement"},
        ),
        # trap: the same regulator's rule on minors' use of apps that late
        _item(
            "zh-minors",
            430,
            "网信办发布未成年人模式建设指南",
            "国家网信办发布指南，要求移动应用为未成年人提供专门模式并限制使用时长。",
            _unit(BASIS[10] + 0.6 * BASIS[13]),
            "cac",
            {"guidance-standard"},
        ),
    ]


def test_an_audit_of_a_schemes_subsidies_is_weighed_and_another_subject_is_not() -> None:
    items = [*_english(), *filler(T0, BASIS, 30, topics=4, every=17, offset=3)]
    audit = evidence_between(LEARNED, items, "subsidy-audit", "subsidies")
    other = evidence_between(LEARNED, items, "clinic-rule", "subsidies")
    assert on_its_subject(audit), audit
    assert not on_its_subject(other), other


def test_the_first_filings_under_a_regime_are_weighed_and_another_rule_is_not() -> None:
    items = [*_chinese(), *filler(T0, BASIS, 30, topics=4, every=17, offset=3)]
    first = evidence_between(LEARNED, items, "zh-first", "zh-regime")
    other = evidence_between(LEARNED, items, "zh-minors", "zh-regime")
    assert on_its_subject(first), first
    assert not on_its_subject(other), other
