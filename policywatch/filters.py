"""The filters analysts type (``--entity``, ``--signal``, ``--outlet``), checked before a query.

A value no entity, signal kind or outlet has is a typing mistake, not "0 developments": it is
refused with the closest known values. A known value that matches nothing is a real empty result.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from warehouse.db import run_query

#: The option each field is given with on the command line.
OPTIONS = {"entity": "--entity", "signal": "--signal", "outlet": "--outlet"}


#: Who reads a message: the command line (options, commands) or the web app (fields, pages).
Surface = Literal["cli", "web"]


@dataclass(frozen=True, slots=True)
class Unknown:
    """One value nothing is known by: the field, the value as given, the closest known values.

    ``known``: the whole set when it is closed and short (statuses, signal kinds), listed in the
    message; None when it is long (entities, outlets), which the message points to instead.
    """

    field: str
    value: str
    near: tuple[str, ...] = ()
    known: tuple[str, ...] | None = None

    def message(self, surface: Surface = "cli") -> str:
        """The one wording of the problem, for the command line or the web app."""
        name = f"--{self.field}" if surface == "cli" else self.field
        given = f"{name} {self.value!r}"
        hint = f"; did you mean {_quoted(self.near)}?" if self.near else ""
        if self.known is not None:
            return f"{given} unknown (known: {', '.join(self.known)}){hint}"
        if hint:
            return f"{given}: no such {self.field}{hint}"
        where = (LISTINGS if surface == "cli" else PAGES).get(self.field)
        return f"{given}: no such {self.field}" + (f"; {where}" if where else "")


class UnknownValueError(ValueError):
    """Filter values nothing is known by; the message names the closest known values.

    ``str()`` is the command line's wording; :meth:`for_web` the web app's (fields, pages).
    """

    def __init__(self, problems: Sequence[Unknown]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(p.message("cli") for p in self.problems))

    def for_web(self) -> str:
        """The web app's wording: the form's fields, the page to go to rather than a command."""
        return "\n".join(p.message("web") for p in self.problems)

    def page(self) -> str | None:
        """The web page listing the known values of the first open field given, if any."""
        return next((PAGE_LINKS[p.field] for p in self.problems if p.field in PAGE_LINKS), None)


def unknown_choice(field: str, value: str, known: Sequence[str], n: int = 3) -> UnknownValueError:
    """The error for ``value`` outside the closed set ``known`` of the option ``--field``."""
    values = tuple(dict.fromkeys(known))
    near = closest(value, {v: v for v in values}, n=n)
    return UnknownValueError([Unknown(field, value, tuple(near), values)])


def closest(value: str, known: Mapping[str, str], n: int = 3) -> list[str]:
    """The labels of the ``n`` known values closest to ``value`` (``known``: value -> label).

    Case-insensitive; a known value containing what was typed (``Cyberspace`` for the
    Cyberspace Administration of China) counts as close too.
    """
    text = " ".join(value.lower().split())
    lowered: dict[str, str] = {}
    for key, label in known.items():
        lowered.setdefault(key.lower(), label)
    hits = difflib.get_close_matches(text, list(lowered), n=n * 3, cutoff=0.6)
    if len(text) >= 3:
        hits += sorted(k for k in lowered if text in k and k not in hits)
    labels: list[str] = []
    for hit in hits:
        label = lowered[hit]
        if label not in labels:
            labels.append(label)
    return labels[:n]


def known_values(con: Any) -> dict[str, dict[str, str]]:
    """Per field, every known value (lowercase-insensitive) mapped to what to show for it."""
    found: dict[str, dict[str, str]] = {field: {} for field in OPTIONS}
    for field, value, label in run_query(con, "analyst_filter_values").fetchall():
        if value:
            found[field][str(value)] = str(label or value)
    from nlp.signals import KINDS  # here: the signal rules load NumPy, which --help needs not

    for kind in KINDS:  # the kinds the rules can produce (every stored kind is one of them)
        found["signal"].setdefault(kind, kind)
    return found


def check_values(con: Any, **values: str | None) -> None:
    """Raise :class:`UnknownValueError` for a filter value nothing is known by.

    ``values``: ``entity=``, ``signal=``, ``outlet=`` as typed (None or blank: no filter).
    """
    given = {k: v for k, v in values.items() if v is not None and str(v).strip()}
    if not given:
        return
    unknown = set(given) - set(OPTIONS)
    if unknown:
        raise TypeError(f"unknown filter fields: {sorted(unknown)}")
    known = known_values(con)
    problems = []
    for field, value in given.items():
        names = {k.lower() for k in known[field]}
        if " ".join(str(value).split()).lower() in names:
            continue
        near = tuple(closest(str(value), known[field]))
        kinds: tuple[str, ...] | None = None
        if field == "signal" and not near:
            from nlp.signals import KINDS

            kinds = tuple(KINDS)
        problems.append(Unknown(field, str(value), near, kinds))
    if problems:
        raise UnknownValueError(problems)


#: Where the command line lists the known values of each open field.
LISTINGS = {
    "entity": "see `policywatch entities` for the known ones",
    "outlet": "see `policywatch sources` for the known ones",
}
#: Where the web app shows them: the page to go to (the entity box completes names as typed).
PAGES = {
    "entity": "type a few letters in the Entity box and pick a known one from its suggestions",
    "outlet": "the Sources page lists the known ones",
}
#: The pages of :data:`PAGES`, linked under the message.
PAGE_LINKS = {"outlet": "/sources"}


def _quoted(values: Iterable[str]) -> str:
    return " or ".join(repr(v) for v in values)
