"""Dates as the web app's filters take them and times as its pages show them.

Uses :mod:`policywatch.when` (the CLI's reading of dates and display zones) when this version has
it; otherwise a minimal reading of the same forms (ISO dates, today, yesterday, 7d, 24h, 2w,
"last 7 days", "last week").
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

try:  # the shared module, when present
    from policywatch.when import WhenError, format_time, parse_when, zone_of  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - exercised only without policywatch.when

    class WhenError(ValueError):  # type: ignore[no-redef]
        """A date or zone that cannot be read."""

    def zone_of(name: str | tzinfo | None) -> tzinfo:  # type: ignore[misc]
        if name is None:
            return UTC
        if isinstance(name, tzinfo):
            return name
        if name.strip().upper() in {"UTC", "Z", "GMT", ""}:
            return UTC
        try:
            return ZoneInfo(name.strip())
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise WhenError(f"unknown time zone {name!r}") from None

    _UNITS = {"m": 1 / 1440, "h": 1 / 24, "d": 1, "w": 7, "day": 1, "days": 1, "week": 7,
              "weeks": 7, "hour": 1 / 24, "hours": 1 / 24, "month": 30, "months": 30}  # fmt: skip
    _BACK = re.compile(r"^(?:last\s+|past\s+)?(\d+)?\s*([a-z]+)(?:\s+ago)?$")

    def parse_when(text: str, now: datetime, zone: str | tzinfo | None = None) -> datetime:  # type: ignore[misc]
        tz = zone_of(zone)
        value = " ".join(text.strip().lower().split())
        if value in {"today", "yesterday"}:
            day = now.astimezone(tz).date() - timedelta(days=value == "yesterday")
            return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
        match = _BACK.match(value)
        if match and match.group(2) in _UNITS:
            return now - timedelta(days=int(match.group(1) or 1) * _UNITS[match.group(2)])
        try:
            if len(value) == 10:
                return datetime.combine(date.fromisoformat(value), time(0), tzinfo=tz).astimezone(
                    UTC
                )
            parsed = datetime.fromisoformat(text.strip())
        except ValueError:
            raise WhenError(
                f"cannot read {text!r} as a date: give 2026-11-01, today, yesterday, 7d, "
                "24h, 2w or 'last 7 days'"
            ) from None
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)).astimezone(UTC)

    def format_time(  # type: ignore[misc]
        value: datetime, zone: str | tzinfo | None = None, *, style: str = "table"
    ) -> str:
        local = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(zone_of(zone))
        if style == "iso":
            return local.isoformat()
        return f"{local:%Y-%m-%d %H:%M} {local.tzname() or 'UTC'}"


__all__ = ["WhenError", "format_time", "parse_when", "zone_names", "zone_of"]

#: Zones offered in the page's control first; every IANA zone is accepted.
COMMON_ZONES = (
    "UTC",
    "Europe/London",
    "Europe/Brussels",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Taipei",
    "Asia/Tokyo",
    "Asia/Singapore",
    "Australia/Sydney",
)


def zone_names(current: str = "UTC") -> list[str]:
    """Zones for the display-zone control: the common ones, and the current one if another."""
    return [*COMMON_ZONES, *([current] if current not in COMMON_ZONES else [])]


def all_zone_names() -> list[str]:
    """Every IANA zone name (the control accepts any of them)."""
    return sorted(z for z in available_timezones() if "/" in z)


def zone_name(zone: str) -> str:
    """The zone's name as shown beside times (``UTC``, ``Europe/Brussels``)."""
    tz = zone_of(zone)
    return "UTC" if tz is UTC else str(getattr(tz, "key", zone))
