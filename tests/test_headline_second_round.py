"""Headline-only reports whose title states no event (a dateline, a time stamp, a name alone)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import numpy as np
import pytest

from nlp import headline
from nlp.cluster import ClusterItem, Grouper, GroupingParams

T0 = datetime(2026, 4, 6, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "title",
    [
        "Thursday, 14 March 2024, 6:05 pm GMT",
        "Posted 03/14/24 at 9:12 AM",
        "Updated: Mar. 14, 2024 - 21:40 CET",
        "SATURDAY, OCTOBER 5, 2019",
        "9:45am:",
        "OCT 5",
        "",
    ],
)
def test_a_dateline_or_time_stamp_is_no_headline(title: str) -> None:
    assert headline.is_stamp(title)
    assert not headline.states_event(title, frozenset())


@pytest.mark.parametrize(
    "title",
    [
        "March on the capital draws 5,000",
        "May Day rally in Lisbon ends in arrests",
        "Sunday trading ban lifted from June 2",
        "Court sets Oct. 9 hearing for ousted mayor",
        "Updated flood maps put 3,000 homes at risk",
    ],
)
def test_headlines_with_calendar_words_state_an_event(title: str) -> None:
    assert not headline.is_stamp(title)
    assert headline.states_event(title, frozenset())


def _token(i: int, text: str) -> SimpleNamespace:
    return SimpleNamespace(i=i, text=text, is_punct=not text.isalnum(), is_space=False)


def _doc(words: list[str]) -> list[SimpleNamespace]:
    return [_token(i, w) for i, w in enumerate(words)]


def _span(label: str, text: str, start: int, end: int) -> SimpleNamespace:
    return SimpleNamespace(label_=label, text=text, start=start, end=end)


def test_a_name_alone_is_a_label_and_a_headline_about_a_name_is_not() -> None:
    label = headline.keys_of([_span("FAC", "Harbour Hall", 0, 2)], _doc(["Harbour", "Hall"]))
    assert headline.LABEL_KEY in label
    assert not headline.states_event("Harbour Hall", label)
    # the name and an act: a headline (the span does not cover "closes")
    act = headline.keys_of(
        [_span("FAC", "Harbour Hall", 0, 2)], _doc(["Harbour", "Hall", "closes", "."])
    )
    assert headline.LABEL_KEY not in act
    assert headline.states_event("Harbour Hall closes.", act)
    # a whole title-case headline read as one long name is not a label: too many words
    long = headline.keys_of(
        [_span("ORG", "Harbour Hall Board Closes Pier", 0, 5)],
        _doc(["Harbour", "Hall", "Board", "Closes", "Pier"]),
    )
    assert headline.LABEL_KEY not in long
    # spans without a document (the older callers) give the typed keys only
    assert headline.keys_of([_span("GPE", "Lisbon", 0, 1)]) == frozenset({"loc:lisbon"})


def _item(aid: str, title: str, minute: int, text: str = "") -> ClusterItem:
    v = np.ones(8, dtype=np.float32) / np.sqrt(8)
    return ClusterItem(
        article_id=aid,
        title=title,
        published=T0 + timedelta(minutes=minute),
        outlet_id="o",
        vector=v,
        text=text,
    )


def test_headline_only_datelines_open_their_own_developments() -> None:
    grouper = Grouper(GroupingParams(), dim=8)
    got = grouper.assign_all(
        [
            _item("a", "Friday, March 15, 2024 | 7:10 PM", 0),
            _item("b", "Friday, March 15, 2024 | 7:10 PM", 1),
            _item("c", "Friday, March 15, 2024 | 7:10 PM", 2),
        ]
    )
    assert len({a.development_id for a in got}) == 3
    assert all(a.features.get("no_headline") == 1.0 for a in got)


def test_a_headline_does_not_join_a_dateline_and_headlines_still_join() -> None:
    grouper = Grouper(GroupingParams(), dim=8)
    got = grouper.assign_all(
        [
            _item("a", "Friday, March 15, 2024", 0),
            _item("b", "Ferry capsizes off Port Elsby, 14 missing", 1),
            _item("c", "Ferry capsizes off Port Elsby, 14 missing", 2),
        ]
    )
    dev = {a.article_id: a.development_id for a in got}
    assert dev["b"] == dev["c"]
    assert dev["a"] != dev["b"]


def test_a_dateline_title_with_a_body_is_grouped_on_its_body() -> None:
    body = (
        "A ferry capsized off Port Elsby on Friday evening and fourteen passengers are "
        "missing, the coastguard said, as divers searched the harbour mouth overnight."
    )
    grouper = Grouper(GroupingParams(), dim=8)
    got = grouper.assign_all(
        [
            _item("a", "Friday, March 15, 2024", 0, body),
            _item("b", "Friday, March 15, 2024", 1, body),
        ]
    )
    assert got[0].development_id == got[1].development_id
    assert "no_headline" not in got[1].features


def test_the_recogniser_reads_a_name_alone_as_a_label() -> None:
    if headline._recogniser() is None:
        pytest.skip("the statistical spaCy model is not installed")
    assert not headline.states_event("European Commission")
    assert headline.states_event("European Commission fines carmaker 2 billion euros")
