"""The filters analysts type (``--entity``, ``--signal``, ``--outlet``), checked before a query.

A value no entity, signal kind or outlet has is a typing mistake, not "0 developments": it is
refused with the closest known values. A known value that matches nothing is a real empty result.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any

from warehouse.db import run_query

#: The option each field is given with on the command line.
OPTIONS = {"entity": "--entity", "signal": "--signal", "outlet": "--outlet"}


class UnknownValueError(ValueError):
    """A filter value nothing is known by; the message names the closest known values."""


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
        near = closest(str(value), known[field])
        if near:
            hint = f"did you mean {_quoted(near)}?"
        elif field == "signal":
            from nlp.signals import KINDS

            hint = f"the kinds are {', '.join(KINDS)}"
        else:
            hint = f"see {LISTINGS[field]} for the known ones"
        problems.append(f"{OPTIONS[field]} {value!r}: no such {field}; {hint}")
    if problems:
        raise UnknownValueError("\n".join(problems))


#: Where the known values of each field are listed.
LISTINGS = {"entity": "`policywatch entities`", "outlet": "`policywatch sources`"}


def _quoted(values: Iterable[str]) -> str:
    return " or ".join(repr(v) for v in values)
