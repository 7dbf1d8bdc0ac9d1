"""Date/time arguments and displayed times (policywatch_core.when) and the display zone setting."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from policywatch_core.settings import load_settings
from policywatch_core.when import (
    WhenError,
    format_time,
    parse_when,
    zone_of,
    zone_suffix,
)

NOW = datetime(2026, 11, 3, 14, 5, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-01", datetime(2026, 11, 1, tzinfo=UTC)),
        ("2026-11-01T08:30", datetime(2026, 11, 1, 8, 30, tzinfo=UTC)),
        ("2026-11-01 08:30", datetime(2026, 11, 1, 8, 30, tzinfo=UTC)),
        ("2026-11-01T08:30:00+01:00", datetime(2026, 11, 1, 7, 30, tzinfo=UTC)),
        ("2026-11-01T07:30Z", datetime(2026, 11, 1, 7, 30, tzinfo=UTC)),
        ("now", NOW),
        ("today", datetime(2026, 11, 3, tzinfo=UTC)),
        ("Yesterday", datetime(2026, 11, 2, tzinfo=UTC)),
        ("7d", NOW - timedelta(days=7)),
        ("24h", NOW - timedelta(hours=24)),
        ("2w", NOW - timedelta(weeks=2)),
        ("30m", NOW - timedelta(minutes=30)),
        ("7 days ago", NOW - timedelta(days=7)),
        ("3 days", NOW - timedelta(days=3)),
        ("last 7 days", NOW - timedelta(days=7)),
        ("last  week", NOW - timedelta(days=7)),
        ("past 2 weeks", NOW - timedelta(days=14)),
        ("last month", NOW - timedelta(days=30)),
        ("last 12 hours", NOW - timedelta(hours=12)),
    ],
)
def test_accepted_forms(text: str, expected: datetime) -> None:
    got = parse_when(text, NOW)
    assert got == expected
    assert got.tzinfo is not None
    assert got.utcoffset() == timedelta(0)


def test_dates_without_offset_are_in_the_display_zone() -> None:
    brussels = ZoneInfo("Europe/Brussels")
    assert parse_when("2026-11-01", NOW, brussels) == datetime(2026, 10, 31, 23, tzinfo=UTC)
    assert parse_when("2026-07-01 12:00", NOW, "Europe/Brussels") == datetime(
        2026, 7, 1, 10, tzinfo=UTC
    )
    # At 14:05 UTC it is 22:05 in Shanghai (UTC+8): today began at 16:00 UTC the day before.
    assert parse_when("today", NOW, "Asia/Shanghai") == datetime(2026, 11, 2, 16, tzinfo=UTC)
    # At 20:00 UTC it is already 4 November there.
    late = NOW.replace(hour=20)
    assert parse_when("today", late, "Asia/Shanghai") == datetime(2026, 11, 3, 16, tzinfo=UTC)
    # An explicit offset wins over the zone.
    assert parse_when("2026-11-01T00:00Z", NOW, brussels) == datetime(2026, 11, 1, tzinfo=UTC)


def test_naive_now_is_utc() -> None:
    assert parse_when("1d", NOW.replace(tzinfo=None)) == NOW - timedelta(days=1)


@pytest.mark.parametrize("text", ["", "soon", "2026-13-01", "7 fortnights", "last", "-3d", "1.5d"])
def test_unreadable_dates_name_the_accepted_forms(text: str) -> None:
    with pytest.raises(WhenError) as err:
        parse_when(text, NOW)
    message = str(err.value)
    assert "ISO date" in message
    assert "yesterday" in message
    assert "7d" in message


def test_absurd_durations_are_refused() -> None:
    with pytest.raises(WhenError, match="century"):
        parse_when("99999999d", NOW)


@given(st.integers(min_value=0, max_value=3000), st.sampled_from(["m", "h", "d", "w"]))
def test_durations_go_back_from_now(n: int, unit: str) -> None:
    step = {"m": timedelta(minutes=1), "h": timedelta(hours=1)}.get(
        unit, timedelta(days=1) if unit == "d" else timedelta(weeks=1)
    )
    assert parse_when(f"{n}{unit}", NOW) == NOW - n * step
    assert parse_when(f"last {n} {unit}", NOW) == NOW - n * step


@given(
    st.datetimes(
        min_value=datetime(1990, 1, 1),
        max_value=datetime(2090, 1, 1),
        timezones=st.just(UTC),
    ),
    st.sampled_from(["UTC", "Europe/Brussels", "Asia/Shanghai", "America/New_York"]),
)
def test_iso_output_reads_back_to_the_same_instant(value: datetime, zone: str) -> None:
    shown = format_time(value, zone, style="iso")
    assert parse_when(shown, NOW, "Asia/Tokyo") == value


def test_format_time_names_the_zone() -> None:
    value = datetime(2026, 11, 3, 13, 5, tzinfo=UTC)
    assert format_time(value) == "2026-11-03 13:05 UTC"
    assert format_time(value, "Europe/Brussels") == "2026-11-03 14:05 CET"
    assert format_time(datetime(2026, 7, 3, 13, 5), "Europe/Brussels") == "2026-07-03 15:05 CEST"
    assert format_time(value, "Asia/Dubai") == "2026-11-03 17:05 UTC+04"
    assert format_time(value, "Asia/Shanghai", style="iso") == "2026-11-03T21:05:00+08:00"
    assert format_time(value, "Asia/Shanghai", style="excel") == "2026-11-03 21:05:00"
    assert format_time(value.replace(tzinfo=None), "Europe/Brussels").startswith("2026-11-03 14:05")


def test_zones() -> None:
    assert zone_of(None) is UTC
    assert zone_of("utc") is UTC
    assert zone_suffix("Europe/Brussels") == "Europe/Brussels"
    assert zone_suffix(None) == "UTC"
    for bad in ["Mars/Olympus", "", "../etc/passwd", "/etc/localtime", "CET+1"]:
        with pytest.raises(WhenError, match="IANA"):
            zone_of(bad)


def test_display_zone_setting_is_validated() -> None:
    assert load_settings().display_zone == "UTC"
    assert load_settings(display_zone="Asia/Shanghai").display_zone == "Asia/Shanghai"
    with pytest.raises(ValidationError, match="unknown time zone"):
        load_settings(display_zone="Europe/Atlantis")
