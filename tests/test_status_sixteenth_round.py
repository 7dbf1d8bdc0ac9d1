"""Status, sixteenth round: a withdrawn draft is back only as a new draft.

Sentences written for these tests (invented regulators and rules), English and Chinese, with
traps. A draft put out for comment and then withdrawn is ``suspended``; a news report after the
withdrawal that the authority "has proposed" the rule recalls the withdrawn draft (a lawyer's
list of rules to watch) and leaves it suspended, whatever source it is read to rest on. A new
draft told as new ("published a revised draft", 重新公开征求意见) or the authority's own page
brings it back to ``proposed``; so does any report after a denial (only withdrawals are read).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlp.status import StatusReport, status_history, withdrawn_draft_recalled


def _at(month: int, day: int) -> datetime:
    return datetime(2032, month, day, 9, tzinfo=UTC)


def _report(
    rid: str, when: datetime, kind: str, sourcing: str | None, stage: str, text: str
) -> StatusReport:
    return StatusReport.of_text(rid, when, kind, sourcing, stage, text, text)


DRAFT = _report(
    "draft",
    _at(3, 2),
    "official",
    "official",
    "proposed",
    "The Authority opened a public consultation on a draft regulation on biometric payments.",
)
WITHDRAWN = _report(
    "withdrawn",
    _at(6, 10),
    "official",
    "official",
    "suspended",
    "The Board decided to withdraw the draft regulation on biometric payments.",
)


def _history(*later: StatusReport) -> list[str]:
    return [c.status for c in status_history([DRAFT, WITHDRAWN, *later]).changes]


@pytest.mark.parametrize(
    "text",
    [
        "The authority has proposed a regulation on biometric payments that could require "
        "consent at every till, said a partner at a payments law firm.",
        "Rules to watch next year include the biometric payments regulation the authority "
        "proposed in March, a consultancy said.",
        "某律师事务所合伙人表示，该局已提出生物识别支付规定，可能要求每次付款均取得同意。",
    ],
)
def test_the_withdrawn_draft_recalled_by_the_news_stays_suspended(text: str) -> None:
    recalled = _report("recalled", _at(7, 1), "news", "official", "proposed", text)
    assert _history(recalled) == ["proposed", "suspended"]


@pytest.mark.parametrize(
    "text",
    [
        "The authority published a revised draft regulation on biometric payments for comment, "
        "it said on Monday.",
        "The authority reopened the consultation on biometric payments with a shorter text.",
        "该局重新公开征求生物识别支付规定的意见，征求意见稿删去了部分条款。",
    ],
)
def test_a_new_draft_brings_it_back(text: str) -> None:
    new = _report("new", _at(9, 1), "news", "official", "proposed", text)
    assert _history(new) == ["proposed", "suspended", "proposed"]


def test_the_authoritys_own_page_brings_it_back() -> None:
    # trap: the authority's own call for comment, with no word saying it is new
    page = _report(
        "page",
        _at(9, 1),
        "official",
        "official",
        "proposed",
        "The Authority opened a public consultation on a draft regulation on biometric payments.",
    )
    assert _history(page) == ["proposed", "suspended", "proposed"]


def test_a_proposal_after_a_denial_is_not_read_as_a_recall() -> None:
    # trap: a rumour denied, then the draft: only a withdrawal is read
    rumour = _report(
        "rumour",
        _at(1, 5),
        "news",
        "anonymous",
        "reported",
        "The regulator is drafting rules on biometric payments, two people said.",
    )
    denial = _report(
        "denial",
        _at(1, 7),
        "official",
        "official",
        "denied",
        "The regulator said the report is untrue.",
    )
    later = _report(
        "later",
        _at(4, 1),
        "news",
        "official",
        "proposed",
        "The regulator has proposed rules on biometric payments, it said on Tuesday.",
    )
    changes = [c.status for c in status_history([rumour, denial, later]).changes]
    assert changes == ["reported", "denied", "proposed"]


def test_a_rule_suspended_in_force_is_no_withdrawn_draft() -> None:
    # trap: a rule in force suspended by a court, then news of it: not a draft recalled
    history = status_history(
        [
            _report("rule", _at(1, 5), "official", "official", "in-force", "The rules apply."),
            _report("stay", _at(2, 5), "official", "official", "suspended", "The court stayed it."),
        ]
    )
    news = _report("news", _at(3, 1), "news", "official", "proposed", "It proposed the rules.")
    assert not withdrawn_draft_recalled(list(history.changes), news, "proposed")
