"""A year-and-number is one document only within its series.

Every issuer numbers its documents from 1 each year, so a province's department's sixth
normative document of 2028 (琼旅文规〔2028〕6号) and a national bureau's sixth announcement of
2028 (国家邮政局公告2028年第6号) share "2028, 6" and are two documents. The story decision reads
the series as part of the key when both sides write it; a side that writes the number without
its series (an English report's "Document No. 6 of 2028") says nothing against either. The
texts are written for these tests (invented measures of real bodies).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nlp.cluster import GroupingParams, same_document
from nlp.crosslingual import extract_evidence
from tests.story_support import COUNTRIES, basis, evidence_between, filler, report
from tests.story_support import unit as _unit

T0 = datetime(2028, 3, 6, 8, tzinfo=UTC)
BASIS = basis(83)
PARAMS = GroupingParams(broad_entities=COUNTRIES)

GUIDES = (
    "海南省旅游和文化广电体育厅关于印发《海南省智能导游服务管理办法》的通知（琼旅文规〔2028〕6号）"
)
GUIDES_CASE = "依据琼旅文规〔2028〕6号，海南省旅游和文化广电体育厅暂停两家平台的智能导游服务。"
LOCKERS = "国家邮政局公告2028年第6号。国家邮政局决定对智能快递柜实施新的安全检查。"
ENGLISH = "Hainan's tourism department said guides' AI tools fall under Document No. 6 of 2028."


def _side(*texts: str) -> tuple[frozenset[str], frozenset[str]]:
    """A development's document numbers and their series, as the story profile unites them."""
    found = [extract_evidence(t) for t in texts]
    return (
        frozenset().union(*(e.doc_numbers for e in found)),
        frozenset().union(*(e.numbered for e in found)),
    )


def _same(one: tuple[frozenset[str], frozenset[str]], other: tuple[frozenset[str], ...]) -> float:
    return same_document(one[0], other[0], (one[1], other[1]))


def test_one_year_and_number_in_two_series_is_two_documents():
    guides, lockers = _side(GUIDES), _side(LOCKERS)
    assert guides[0] & lockers[0]  # both read "2028-6"
    assert _same(guides, lockers) == -1.0
    assert _same(lockers, guides) == -1.0


def test_one_series_written_twice_is_one_document():
    assert _same(_side(GUIDES_CASE), _side(GUIDES)) == 1.0
    # the development holding the notice and a report citing it, against the case
    assert _same(_side(GUIDES, ENGLISH), _side(GUIDES_CASE)) == 1.0


def test_a_number_written_without_its_series_says_nothing_against_it():
    english = _side(ENGLISH)
    assert _same(english, _side(GUIDES)) == 1.0
    assert _same(english, _side(LOCKERS)) == 1.0
    # no series known on either side: the year and number decide, as before
    assert same_document(_side(GUIDES)[0], _side(LOCKERS)[0]) == 1.0


def _item(aid, days, title, text, vector, body):
    return report(
        aid,
        T0 + timedelta(days=days),
        title,
        text,
        vector,
        mains={body},
        kinds={"law-regulation"},
    )


def test_the_story_evidence_reads_the_series():
    items = [
        _item(
            "guides",
            0,
            GUIDES,
            GUIDES + "平台须在导游讲解中标明人工智能生成内容。",
            _unit(BASIS[0] + 0.6 * BASIS[1]),
            "hainan-tourism",
        ),
        _item(
            "lockers",
            30,
            LOCKERS,
            LOCKERS + "快递企业须在三个月内完成整改。",
            _unit(BASIS[0] + 0.6 * BASIS[2]),
            "state-post-bureau",
        ),
        _item(
            "guides-case",
            120,
            "海南暂停两家平台智能导游服务",
            GUIDES_CASE,
            _unit(BASIS[0] + 0.6 * BASIS[3]),
            "hainan-tourism",
        ),
        *filler(T0, BASIS, 30, topics=3, every=6, offset=4),
    ]
    assert evidence_between(PARAMS, items, "lockers", "guides")["document"] == -1.0
    assert evidence_between(PARAMS, items, "guides-case", "lockers")["document"] == -1.0
    assert evidence_between(PARAMS, items, "guides-case", "guides")["document"] == 1.0
