"""Publication dates as feeds and sitemaps write them: RFC 822, ISO 8601, common localised forms.

:func:`parse_date` never guesses: a form it does not know, or one that is ambiguous (``03/04/2026``:
March or April?), gives ``None`` and the caller keeps the raw text and reports it. Dates without a
timezone are taken as UTC (feeds that omit it almost always mean the server's UTC clock); the
result is always timezone-aware.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime, timedelta, timezone

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan janvier janv januar jän enero ene gennaio gen janeiro januari",
        "february feb fév févr février februar febrero febbraio fevereiro fev februari",
        "march mar mars märz maerz marzo março maart mrt",
        "april apr avril avr abril aprile",
        "may mai mayo maggio mag maio mei",
        "june jun juin juni junio giugno giu junho",
        "july jul juillet juil juli julio luglio lug julho",
        "august aug août aout agosto ago augustus",
        "september sep sept septembre septiembre settembre set setembro",
        "october oct octobre oktober okt octubre ottobre ott outubro out",
        "november nov novembre noviembre novembro",
        "december dec déc décembre dezember dez diciembre dic dicembre dezembro",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

_TZ_NAMES: dict[str, timezone] = {
    "utc": UTC,
    "gmt": UTC,
    "z": UTC,
    "cet": timezone(timedelta(hours=1)),
    "cest": timezone(timedelta(hours=2)),
    "bst": timezone(timedelta(hours=1)),
    "jst": timezone(timedelta(hours=9)),
    "hkt": timezone(timedelta(hours=8)),
    "sgt": timezone(timedelta(hours=8)),
    "北京时间": timezone(timedelta(hours=8)),
    "beijing time": timezone(timedelta(hours=8)),
}
# The zone names RFC 822 defines (military single letters aside).
_RFC822_ZONES = frozenset(
    {"UT", "UTC", "GMT", "Z", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"}
)
_MONTH_WORD = r"(?P<month>[^\W\d_]{3,10})\.?"
_TIME = (
    r"(?:[ ,T]+(?:at\s+|um\s+|à\s+)?(?P<hour>\d{1,2})[:h](?P<minute>\d{2})"
    r"(?::(?P<second>\d{2})(?:\.\d+)?)?\s*(?P<ampm>[ap]\.?m\.?)?)?"
)
_TZ = r"(?:\s*(?P<tz>[+-]\d{2}:?\d{2}|Z|[A-Za-z][A-Za-z ]{0,12}|北京时间))?"
_PATTERNS = [
    # 23 November 2026, 23. November 2026, 23 nov. 2026 10:00
    re.compile(r"^(?:[^\W\d_]+,?\s+)?(?P<day>\d{1,2})\.?\s+" + _MONTH_WORD
               + r",?\s+(?P<year>\d{4})" + _TIME + _TZ + r"$", re.I),
    # November 23, 2026 / Monday, November 23, 2026 at 10:00 am
    re.compile(r"^(?:[^\W\d_]+,?\s+)?" + _MONTH_WORD + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
               r"(?P<year>\d{4})" + _TIME + _TZ + r"$", re.I),
    # 2026年11月23日 10:00
    re.compile(r"^(?P<year>\d{4})\s*年\s*(?P<mnum>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
               + _TIME.replace("[ ,T]+", "[ ,T]*") + _TZ + r"$"),
    # 2026/11/23 10:00, 2026.11.23
    re.compile(r"^(?P<year>\d{4})[/.](?P<mnum>\d{1,2})[/.](?P<day>\d{1,2})" + _TIME + _TZ + r"$"),
    # 23.11.2026 (day first, the European dotted form)
    re.compile(r"^(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{4})" + _TIME + _TZ + r"$"),
    # 23/11/2026 or 11/23/2026: only when one reading is impossible (checked below)
    re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})" + _TIME + _TZ + r"$"),
]  # fmt: skip


def _plausible(value: datetime) -> datetime | None:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    if not 1990 <= value.year <= 2100:
        return None
    return value


def _tz(text: str | None) -> timezone | None:
    if not text:
        return None
    text = text.strip()
    match = re.fullmatch(r"([+-])(\d{2}):?(\d{2})", text)
    if match:
        sign = -1 if match.group(1) == "-" else 1
        return timezone(sign * timedelta(hours=int(match.group(2)), minutes=int(match.group(3))))
    return _TZ_NAMES.get(text.lower())


def _from_match(match: re.Match[str]) -> datetime | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("month"):
        month = _MONTHS.get(groups["month"].lower().rstrip("."))
        if month is None:
            return None
    elif groups.get("mnum"):
        month = int(groups["mnum"])
    else:
        a, b = int(groups["a"]), int(groups["b"])
        if a > 12 >= b:
            month, day = b, a
        elif b > 12 >= a or a == b:
            month, day = a, b
        else:
            return None  # ambiguous: never guess
        groups["day"] = str(day)
    day = int(groups["day"])
    hour = int(groups["hour"] or 0)
    minute = int(groups["minute"] or 0)
    second = int(groups["second"] or 0)
    ampm = (groups.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    tzinfo: timezone | None = UTC
    if groups.get("tz"):
        tzinfo = _tz(groups["tz"])
        if tzinfo is None:
            return None  # an unknown zone name: the hour would be a guess
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=tzinfo)
    except ValueError:
        return None


def parse_date(raw: str | None) -> datetime | None:
    """Parse a publication date; ``None`` when unknown or ambiguous (never a guess).

    Args:
        raw: the date as the source wrote it.

    Returns:
        A timezone-aware datetime, or ``None``.
    """
    if raw is None:
        return None
    text = " ".join(raw.split())
    if not text or len(text) > 80:
        return None
    # ISO 8601 (Atom, JSON Feed, sitemaps), including a bare date.
    iso = text.replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} \d", text) else text
    try:
        return _plausible(datetime.fromisoformat(iso.replace("z", "Z")))
    except ValueError:
        pass
    # RFC 822 (RSS), with two- or four-digit years and named US zones.
    if re.match(r"^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}", text):
        zone = text.rsplit(None, 1)[-1]
        if zone.isalpha() and zone.upper() not in _RFC822_ZONES:
            return None  # a zone RFC 822 does not define: the hour would be a guess
        try:
            return _plausible(email.utils.parsedate_to_datetime(text))
        except (TypeError, ValueError, IndexError):
            pass
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            value = _from_match(match)
            if value is not None:
                return _plausible(value)
    return None
