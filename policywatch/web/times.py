"""Dates as the web app's filters take them and times as its pages show them.

The reading of dates and the display zones are the CLI's (:mod:`policywatch_core.when`); this module
adds the choices the page's zone control offers.
"""

from __future__ import annotations

from zoneinfo import available_timezones

from policywatch_core.when import WhenError, format_time, parse_when, zone_of, zone_suffix

__all__ = ["WhenError", "format_time", "parse_when", "zone_name", "zone_names", "zone_of"]

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
    return zone_suffix(zone_of(zone))
