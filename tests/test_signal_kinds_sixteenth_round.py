"""Reported signals, sixteenth round: a rule a company names as a risk or an uncertainty.

A results story, an earnings call or an annual report names a rule as a risk to the business:
"named Dutch and US export restrictions as the main risk to the forecast", "lists US export
controls among its main risks", "export controls remain the biggest uncertainty", 出口管制带来的
……不确定性仍是最大风险. The rule is the setting of a company's figures, no act the article
reports (see docs/decisions/2026-12-04-reported-signals-sixteenth-round.md). Every sentence here
was written for these tests.

Classes that must stay reported: an authority's new rule reported in the same breath as the risk
it brings to others ("the ministry imposed export controls on gallium on Monday, a risk for
chipmakers").

Run through the whole tagger (signals, salience, reported).
"""

from __future__ import annotations

import pytest

from bench.common import ROOT
from nlp.entities import load_tagger
from policywatch_core.config import load_watchlist
from tests.signal_support import round_tests

#: (class, title, body, kinds that must be reported)
CLASSES: list[tuple[str, str, str, set[str]]] = [
    (
        "a new control reported with the risk it brings to others",
        "China curbs gallium exports",
        "China's commerce ministry imposed export controls on gallium and germanium on Monday, "
        "a risk for chipmakers that depend on the metals.",
        {"export-control"},
    ),
    (
        "a new control (Chinese) reported before the risk it brings",
        "商务部对镓锗相关物项实施出口管制",
        "商务部周一宣布对镓、锗相关物项实施出口管制，业内人士认为下游企业将面临供应风险。",
        {"export-control"},
    ),
]

TRAPS: list[tuple[str, str, str, set[str]]] = [
    (
        "a chief executive names export rules as the main risk",
        "Chip tool maker lifts its outlook",
        "The lithography supplier's chief executive named American and Japanese export controls "
        "as the biggest risk to next year's sales on Wednesday, after strong orders from memory "
        "makers lifted the full-year outlook.",
        {"export-control"},
    ),
    (
        "an annual report lists export controls among its risks",
        "Graphics chip designer lists US export controls among its principal risks",
        "The graphics chip designer reported quarterly revenue up 40 % on Tuesday, helped by "
        "demand from cloud providers.",
        {"export-control"},
    ),
    (
        "export controls remain the main uncertainty for a company",
        "Memory maker posts record profit",
        "The memory maker's finance chief said on Thursday that export controls remained the "
        "main uncertainty for the coming year, after a record quarterly profit.",
        {"export-control"},
    ),
    (
        "an earnings call (Chinese) names export controls as the biggest uncertainty",
        "某晶圆代工厂：出口管制仍是明年最大风险",
        "某晶圆代工厂首席财务官在业绩说明会上表示，公司第三季度营收增长12%，但出口管制带来的"
        "设备供应不确定性仍是明年最大的风险。",
        {"export-control"},
    ),
]

NO_SIGNAL: list[tuple[str, str, str]] = [
    (
        "a results story with risks and no rule",
        "Handset maker warns of weaker demand",
        "The handset maker said on Friday that weaker demand in Europe was the biggest risk to "
        "its forecast, and that memory prices remained the main uncertainty.",
    ),
]


@pytest.fixture(scope="module")
def tagger():
    return load_tagger(load_watchlist(ROOT / "config").items)


test_class_is_reported, test_trap_is_not_reported, test_general_news_gives_no_signal = round_tests(
    CLASSES, TRAPS, NO_SIGNAL
)
