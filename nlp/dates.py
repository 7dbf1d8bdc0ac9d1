"""Dates of an article: parsing, plausibility, and the signal each one came from.

Three dates are kept apart: *published* (when the outlet says it first published), *updated* (when
it says it last changed the page) and *first seen* (when the crawler first fetched it). Each found
date carries its signal: ``json-ld``, ``meta``, ``url``, ``text`` (visible text, via htmldate),
``feed`` (the feed entry) or ``crawl``. A date in the future or before a sane floor is rejected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

# No news site predates the web; an outlet-specific floor can be passed instead.
DEFAULT_FLOOR = datetime(1994, 1, 1, tzinfo=UTC)
# Clocks and time zones disagree: a page may say "tomorrow" in its own zone.
FUTURE_SLACK = timedelta(days=1)

SIGNALS = ("json-ld", "meta", "url", "text", "feed", "crawl")

#: English month names and their usual abbreviations, to the month's number (March, Mar: 3).
MONTH_NUMBER = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date and the signal it came from."""

    value: datetime
    source: str
    raw: str = ""


_ISO_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{4})?$")
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_CJK_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2}):(\d{2}))?")
_TZ_NO_COLON = re.compile(r"([+-]\d{2})(\d{2})$")
_TZ_SPACE = re.compile(r"\s+([+-]\d{2}:?\d{2})$")


def as_aware(value: datetime) -> datetime:
    """A naive datetime is taken to be UTC; an aware one keeps its own offset."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def parse_datetime(raw: str | None) -> datetime | None:
    """Parse the date formats pages and feeds use; ``None`` when nothing sensible is found.

    ISO 8601 (with ``Z``, offsets with or without a colon, a space instead of ``T``, fractions),
    compact ISO (``20250904T1030``), RFC 2822 (feeds), ``YYYY/MM/DD`` and Chinese ``2025年9月4日``.
    The result is timezone-aware and keeps the page's own offset (its local calendar date).
    """
    if not raw:
        return None
    text = raw.strip()[:64]
    if not text:
        return None
    candidate = _TZ_SPACE.sub(r"\1", text.replace("Z", "+00:00").replace("z", "+00:00"))
    candidate = _TZ_NO_COLON.sub(r"\1:\2", candidate)
    try:
        return as_aware(datetime.fromisoformat(candidate))
    except ValueError:
        pass
    match = _ISO_COMPACT.match(text)
    if match:
        y, mo, d, h, mi, s, tz = match.groups()
        try:
            value = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0))
        except ValueError:
            return None
        if tz and tz != "Z":
            offset = datetime.strptime(tz, "%z").tzinfo
            return value.replace(tzinfo=offset)
        return value.replace(tzinfo=UTC)
    if "," in text or text[:3].isalpha():
        try:
            return as_aware(parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError):
            pass
    match = _CJK_DATE.search(text)
    if match:
        y, mo, d, h, mi = match.groups()
        try:
            return datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), tzinfo=UTC)
        except ValueError:
            return None
    match = _YMD.search(text)
    if match:
        try:
            return datetime(int(match[1]), int(match[2]), int(match[3]), tzinfo=UTC)
        except ValueError:
            return None
    return None


def plausible(value: datetime, *, now: datetime, floor: datetime = DEFAULT_FLOOR) -> bool:
    """Whether a date can be a publication date: not before ``floor``, not in the future."""
    return floor <= value <= now + FUTURE_SLACK


_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|\.html?|$)"
)
_URL_DATE_COMPACT = re.compile(r"[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[/_.-]")


def date_from_url(url: str) -> datetime | None:
    """A full date in a URL path: ``/2025/09/04/``, ``/2025-09-04-``, ``/20250904/``."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    match = _URL_DATE.search(path) or _URL_DATE_COMPACT.search(path + "/")
    if not match:
        return None
    try:
        return datetime(int(match[1]), int(match[2]), int(match[3]), tzinfo=UTC)
    except ValueError:
        return None


def first_plausible(
    candidates: list[FoundDate], *, now: datetime, floor: datetime = DEFAULT_FLOOR
) -> FoundDate | None:
    """The first candidate that passes :func:`plausible`."""
    for found in candidates:
        if plausible(found.value, now=now, floor=floor):
            return found
    return None


def as_date_string(value: datetime | date | None) -> str | None:
    """``YYYY-MM-DD`` of a date, in the page's own time zone."""
    return value.strftime("%Y-%m-%d") if value is not None else None
