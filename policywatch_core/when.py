"""Dates and times as analysts type and read them: parsing arguments, showing stored times.

Pure functions: the current time and the display zone are arguments, never read here.

Accepted forms of a date/time argument (:data:`ACCEPTED_FORMS`):

- an ISO date or date-time: ``2026-11-01``, ``2026-11-01T08:30``, ``2026-11-01 08:30``,
  ``2026-11-01T08:30:00+01:00``, ``2026-11-01T07:30Z``. Without an offset it is a time in the
  display zone (UTC unless set otherwise); a bare date is its midnight.
- ``now``, ``today``, ``yesterday``: the current time, and the midnights starting today and
  yesterday in the display zone.
- a duration back from now: ``30m``, ``24h``, ``7d``, ``2w`` (minutes, hours, days, weeks),
  also written ``7 days``, ``7 days ago``, ``last 7 days``, ``last week``, ``last day``,
  ``last month`` (a month is 30 days).

Stored times are UTC; :func:`format_time` shows them in a display zone with the zone named.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ACCEPTED_FORMS = (
    "an ISO date or date-time (2026-11-01, 2026-11-01T08:30, 2026-11-01T08:30+01:00), "
    "now, today, yesterday, a duration back from now (30m, 24h, 7d, 2w, '7 days ago'), "
    "or 'last N days|weeks|hours', 'last week', 'last month' (30 days)"
)

_UNIT_DAYS = {
    "m": timedelta(minutes=1),
    "min": timedelta(minutes=1),
    "mins": timedelta(minutes=1),
    "minute": timedelta(minutes=1),
    "minutes": timedelta(minutes=1),
    "h": timedelta(hours=1),
    "hr": timedelta(hours=1),
    "hrs": timedelta(hours=1),
    "hour": timedelta(hours=1),
    "hours": timedelta(hours=1),
    "d": timedelta(days=1),
    "day": timedelta(days=1),
    "days": timedelta(days=1),
    "w": timedelta(weeks=1),
    "wk": timedelta(weeks=1),
    "week": timedelta(weeks=1),
    "weeks": timedelta(weeks=1),
    "month": timedelta(days=30),
    "months": timedelta(days=30),
}
_UNITS = "|".join(sorted(_UNIT_DAYS, key=len, reverse=True))
_DURATION = re.compile(rf"^(?P<n>\d+)\s*(?P<unit>{_UNITS})(\s+ago)?$")
_LAST = re.compile(rf"^(past|last)\s+(?P<n>\d+\s+)?(?P<unit>{_UNITS})$")
#: Durations longer than this are refused as typing mistakes (about 100 years).
_MAX_BACK = timedelta(days=36600)


class WhenError(ValueError):
    """A date/time argument or zone name that cannot be read; the message lists what can."""


def zone_of(name: str | tzinfo | None) -> tzinfo:
    """The time zone called ``name`` (an IANA name such as ``Europe/Brussels``, or ``UTC``)."""
    if name is None:
        return UTC
    if isinstance(name, tzinfo):
        return name
    text = name.strip()
    if text.upper() in {"UTC", "Z", "GMT"}:
        return UTC
    try:
        if not text or text.startswith(("/", ".")) or ".." in text:
            raise ValueError(text)
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise WhenError(
            f"unknown time zone {name!r}: give an IANA zone name such as UTC, "
            "Europe/Brussels, Asia/Shanghai or America/New_York"
        ) from None


def _aware_now(now: datetime) -> datetime:
    return now if now.tzinfo is not None else now.replace(tzinfo=UTC)


def parse_when(text: str, now: datetime, zone: str | tzinfo | None = None) -> datetime:
    """Read a date/time argument as an aware UTC datetime; ``now`` anchors relative forms.

    ``zone`` (default UTC) is the zone of dates and times written without an offset, and of
    ``today`` and ``yesterday``. Raises :class:`WhenError` naming the accepted forms.
    """
    tz = zone_of(zone)
    current = _aware_now(now)
    raw = text
    text = " ".join(str(text).strip().lower().split())
    if not text:
        raise WhenError(f"empty date: give {ACCEPTED_FORMS}")
    if text == "now":
        return current.astimezone(UTC)
    if text in {"today", "yesterday"}:
        day = current.astimezone(tz).date() - timedelta(days=text == "yesterday")
        return _midnight(day, tz)
    try:
        back = _duration(text)
    except OverflowError:  # more days than a timedelta holds: far more than a century
        back = _MAX_BACK + _MAX_BACK
    if back is not None:
        if back > _MAX_BACK:
            raise WhenError(f"{raw!r} reaches back more than a century: give {ACCEPTED_FORMS}")
        return (current - back).astimezone(UTC)
    return _iso(raw.strip(), tz)


def _duration(text: str) -> timedelta | None:
    match = _DURATION.match(text) or _LAST.match(text)
    if match is None:
        return None
    n = int((match.group("n") or "1").strip())
    return n * _UNIT_DAYS[match.group("unit")]


def _midnight(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def _iso(text: str, tz: tzinfo) -> datetime:
    value = text[:-1] + "+00:00" if text[-1:] in {"z", "Z"} else text
    try:
        if len(value) == 10:
            return _midnight(date.fromisoformat(value), tz)
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise WhenError(f"cannot read {text!r} as a date: give {ACCEPTED_FORMS}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed.astimezone(UTC)


def zone_label(value: datetime) -> str:
    """The short name of ``value``'s zone at that time (CET, UTC, or UTC+04 when it has none)."""
    name = value.tzname() or "UTC"
    if name[:1] in "+-":
        name = "UTC" + name
    return name


def to_zone(value: datetime, zone: str | tzinfo | None = None) -> datetime:
    """A stored time (naive values are UTC) in the display zone."""
    return _aware_now(value).astimezone(zone_of(zone))


def format_time(value: datetime, zone: str | tzinfo | None = None, *, style: str = "table") -> str:
    """A stored time (naive = UTC) as shown to people, in ``zone`` (default UTC).

    ``table``: ``2026-11-03 14:05 CET``; ``iso``: ``2026-11-03T14:05:00+01:00``; ``excel``:
    ``2026-11-03 14:05:00`` (the local time spreadsheets read as a date; the zone goes in the
    column's name, see :func:`zone_suffix`).
    """
    local = to_zone(value, zone)
    if style == "iso":
        return local.isoformat()
    if style == "excel":
        return local.strftime("%Y-%m-%d %H:%M:%S")
    if style != "table":
        raise ValueError(f"unknown time style {style!r}")
    return f"{local:%Y-%m-%d %H:%M} {zone_label(local)}"


def zone_suffix(zone: str | tzinfo | None = None) -> str:
    """The zone's name for a column header: ``UTC`` or ``Europe/Brussels``."""
    tz = zone_of(zone)
    return "UTC" if tz is UTC else str(getattr(tz, "key", tz))


#: The zone times are shown in: set once per command from the settings (``--zone``), read by
#: everything that shows a time. Kept here, beside the times, so that setting it imports nothing
#: of the warehouse.
_display: dict[str, tzinfo] = {"zone": UTC}


def set_display_zone(name: str | tzinfo | None) -> None:
    """Show times in ``name`` (an IANA zone) from now on."""
    _display["zone"] = zone_of(name)


def display_zone() -> tzinfo:
    """The zone times are shown in."""
    return _display["zone"]
