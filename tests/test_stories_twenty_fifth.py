"""Policy threads across months, twenty-fifth round.

Headlines and evidence written for these tests (invented rules, bodies and figures).

- A status piece on a rule a year on (its anniversary told as what changed on the ground or
  what is still pending, no figure, no body's finding) is no step of the rule: it is kept
  apart from the rule's steps as a research body's paper is
  (:func:`nlp.cluster.status_piece`, :func:`nlp.cluster.paper_beside_step`); a year-on
  headline with a finding, a figure or the authority's next measure is a step.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import numpy as np

from nlp.cluster import (
    ClusterItem,
    GroupingParams,
    counts_results,
    paper_beside_step,
    research_paper,
    status_piece,
)
from nlp.story_model import DEFAULT_STORY_MODEL
from tests.story_support import basis, evidence_between, filler, report
from tests.story_support import unit as _unit

T0 = datetime(2029, 3, 1, 9, tzinfo=UTC)
BASIS = basis(251)
PARAMS = GroupingParams(story_model="")
LEARNED = replace(PARAMS, story_model=DEFAULT_STORY_MODEL)


def test_a_year_on_status_piece_is_no_step() -> None:
    for title in (
        "One year on, the drone curfew has changed little in the suburbs",
        "A year after the phone ban, classroom habits are slow to shift",
        "A year on, the robotaxi law still awaits its licensing rules",
        "外卖骑手算法新规实施一年：站点里的新变化",
        "校园手机禁令一周年：学生们的新习惯",
        "直播带货新规一年间 主播们的日常",
    ):
        assert status_piece(title), title
        assert research_paper(title), title  # kept apart from the rule's steps


def test_a_year_on_finding_or_measure_is_a_step() -> None:
    # traps: a figure, a body's review or audit, the authority's next measure, no anniversary
    for title in (
        "A year on, drone curfew complaints fell 30%, city review finds",
        "One year on, the ombudsman's report says the phone ban has changed little",
        "A year on, regulator loosens its drone curfew for medical flights",
        "外卖骑手算法新规实施一年：审计发现三家平台未整改",
        "校园手机禁令一周年 九成学校已落实",
        "Phone ban changes the classroom, teachers say",
        "校园手机禁令带来的新变化",
    ):
        assert not status_piece(title), title
    # a finding a year on still counts results
    assert counts_results("A year on, drone curfew complaints fell 30%, city review finds")


def test_the_paper_bar_keeps_a_status_piece_from_the_rule() -> None:
    assert paper_beside_step({"paper": 1.0, "key": 1.0, "subjects": 1.0})


def _item(
    aid: str, days: int, title: str, text: str, v: np.ndarray, kinds: set[str]
) -> ClusterItem:
    item: ClusterItem = report(
        aid, T0 + timedelta(days=days), title, text, v, mains={"miit"}, kinds=kinds
    )
    return item


def test_a_status_piece_a_year_on_is_barred_from_the_rule_it_tells_of() -> None:
    items = [
        _item(
            "ban",
            0,
            "工信部：中小学生智能手表禁装AI聊天功能",
            "工信部发布通知，面向中小学生销售的智能手表不得预装人工智能聊天功能，已售产品须在三个月内"
            "通过升级关闭。",
            _unit(BASIS[20] + 0.6 * BASIS[21]),
            {"restriction"},
        ),
        _item(
            "status",
            380,
            "智能手表禁装AI聊天一周年：家长们的新习惯",
            "智能手表禁装人工智能聊天功能满一年，不少家长改为在家中平板上陪孩子使用AI学习工具。",
            _unit(BASIS[20] + 0.6 * BASIS[22]),
            set(),
        ),
        *filler(T0, BASIS, 30, topics=4, every=17, offset=3),
    ]
    feats = evidence_between(LEARNED, items, "status", "ban")
    assert feats["paper"] == 1.0, feats
    assert paper_beside_step(feats)
