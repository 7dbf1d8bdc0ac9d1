"""Checks shared by the tests of signal classes: a class's sentence reports its kinds, a trap
does not, general news gives no signal at all (each file brings its own sentences)."""

from __future__ import annotations

from nlp.entities import Tagger, tag_texts, tag_texts_about


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
