"""Checks shared by the tests of signal classes: a class's sentence reports its kinds, a trap
does not, general news gives no signal at all (each file brings its own sentences)."""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Callable, Sequence

import pytest

from nlp.entities import Tagger, tag_texts, tag_texts_about
from nlp.signals import DEFAULT_SIGNALS_PATH, build_matcher, find_signals, load_rules
from policywatch_core.models import Signal

Case = tuple[str, str, str, set[str]]


def assert_reports(tagger: Tagger, title: str, body: str, kinds: set[str]) -> None:
    """The article ``title``/``body`` reports every kind of ``kinds``."""
    tags = tag_texts_about([f"{title}\n\n{body}"], tagger)[0]
    reported = {s.kind for s in tags.signals if s.reported}
    assert kinds <= reported, [(s.kind, s.reported, s.trigger) for s in tags.signals]


def assert_not_reported(tagger: Tagger, title: str, body: str, kinds: set[str]) -> None:
    """The article reports none of ``kinds`` (it may hold them as background)."""
    tags = tag_texts_about([f"{title}\n\n{body}"], tagger)[0]
    reported = {s.kind for s in tags.signals if s.reported}
    assert not kinds & reported, [(s.kind, s.reported, s.trigger) for s in tags.signals]


def assert_no_signal(tagger: Tagger, title: str, body: str) -> None:
    """The article gives no policy signal at all."""
    [(_, signals)] = tag_texts([f"{title}\n\n{body}"], tagger)
    assert signals == [], [(s.kind, s.trigger) for s in signals]


def round_tests(
    classes: Sequence[Case], traps: Sequence[Case], no_signal: Sequence[tuple[str, str, str]]
) -> tuple[Callable[..., None], Callable[..., None], Callable[..., None]]:
    """The three tests of a round's file over its own sentences, named by each case's class.

    Bind them to module names starting with ``test_``; the module provides a ``tagger`` fixture.
    """

    @pytest.mark.parametrize(
        ("name", "title", "body", "kinds"), classes, ids=[c[0] for c in classes]
    )
    def class_is_reported(
        tagger: Tagger, name: str, title: str, body: str, kinds: set[str]
    ) -> None:
        assert_reports(tagger, title, body, kinds)

    @pytest.mark.parametrize(("name", "title", "body", "kinds"), traps, ids=[t[0] for t in traps])
    def trap_is_not_reported(
        tagger: Tagger, name: str, title: str, body: str, kinds: set[str]
    ) -> None:
        assert_not_reported(tagger, title, body, kinds)

    @pytest.mark.parametrize(("name", "title", "body"), no_signal, ids=[n[0] for n in no_signal])
    def general_news_gives_no_signal(tagger: Tagger, name: str, title: str, body: str) -> None:
        assert_no_signal(tagger, title, body)

    return class_is_reported, trap_is_not_reported, general_news_gives_no_signal


def table_signals(tagger: Tagger, text: str, pattern: str) -> list[Signal]:
    """The signals of ``text`` by one table of ``config/signals.toml`` alone: the table that lists
    ``pattern``, with its actor requirement and exclusions.

    A sentence gives one signal per kind, its earliest match by any table: a test of what one
    table reads ("approved ... job titles" is none of the games table's) runs that table alone,
    so that another table's earlier match cannot hide it.
    """
    with DEFAULT_SIGNALS_PATH.open("rb") as handle:
        tables = tomllib.load(handle)["rules"]
    [number] = [n for n, table in enumerate(tables) if pattern in table["patterns"]]
    rules = load_rules(DEFAULT_SIGNALS_PATH, tagger.rules)
    one = dataclasses.replace(
        rules,
        patterns=(rules.patterns[number],),
        not_after=(rules.not_after[number],),
        not_before=(rules.not_before[number],),
        actor_tables=(rules.actor_tables[number],),
    )
    return find_signals(tagger.rules(text), build_matcher(one, tagger.rules))
