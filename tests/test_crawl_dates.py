"""Publication dates as sources write them; unknown or ambiguous forms are never guessed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from spiders.dates import parse_date

CN = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # RFC 822 (RSS)
        ("Mon, 23 Nov 2026 07:30:00 +0000", datetime(2026, 11, 23, 7, 30, tzinfo=UTC)),
        ("Mon, 23 Nov 2026 07:30:00 GMT", datetime(2026, 11, 23, 7, 30, tzinfo=UTC)),
        ("23 Nov 2026 07:30 +0800", datetime(2026, 11, 23, 7, 30, tzinfo=CN)),
        ("Mon, 23 Nov 2026 02:30:00 EST", datetime(2026, 11, 23, 7, 30, tzinfo=UTC)),
        ("Mon, 23 Nov 26 07:30:00 +0000", datetime(2026, 11, 23, 7, 30, tzinfo=UTC)),
        # ISO 8601 (Atom, JSON Feed, sitemaps)
        ("2026-11-23T07:30:00Z", datetime(2026, 11, 23, 7, 30, tzinfo=UTC)),
        ("2026-11-23T15:30:00+08:00", datetime(2026, 11, 23, 15, 30, tzinfo=CN)),
        ("2026-11-23T07:30:00.123456+00:00", datetime(2026, 11, 23, 7, 30, 0, 123456, tzinfo=UTC)),
        ("2026-11-23 07:30:00", datetime(2026, 11, 23, 7, 30, tzinfo=UTC)),
        ("2026-11-23", datetime(2026, 11, 23, tzinfo=UTC)),
        ("20261123T073000Z", datetime(2026, 11, 23, 7, 30, tzinfo=UTC)),
        # Localised forms
        ("23 November 2026", datetime(2026, 11, 23, tzinfo=UTC)),
        ("November 23, 2026", datetime(2026, 11, 23, tzinfo=UTC)),
        ("Monday, November 23, 2026 at 3:05 pm", datetime(2026, 11, 23, 15, 5, tzinfo=UTC)),
        ("Nov. 23, 2026, 12:10 a.m. UTC", datetime(2026, 11, 23, 0, 10, tzinfo=UTC)),
        ("23. November 2026 10:00", datetime(2026, 11, 23, 10, 0, tzinfo=UTC)),
        ("23 novembre 2026", datetime(2026, 11, 23, tzinfo=UTC)),
        ("23 de noviembre de 2026", None),  # Spanish "de" phrasing: not a supported form
        ("3. März 2026", datetime(2026, 3, 3, tzinfo=UTC)),
        ("2026年11月23日", datetime(2026, 11, 23, tzinfo=UTC)),
        ("2026年11月23日 15:30", datetime(2026, 11, 23, 15, 30, tzinfo=UTC)),
        ("2026年11月23日 15:30 北京时间", datetime(2026, 11, 23, 15, 30, tzinfo=CN)),
        ("2026/11/23 15:30", datetime(2026, 11, 23, 15, 30, tzinfo=UTC)),
        ("23.11.2026", datetime(2026, 11, 23, tzinfo=UTC)),
        ("23/11/2026", datetime(2026, 11, 23, tzinfo=UTC)),  # day > 12: unambiguous
        ("11/23/2026", datetime(2026, 11, 23, tzinfo=UTC)),
        # Never guessed
        ("03/04/2026", None),  # March 4 or April 3?
        ("sometime last week", None),
        ("yesterday", None),
        ("", None),
        ("   ", None),
        ("Mon, 23 Nov 2026 07:30:00 XYZT", None),
        ("32 November 2026", None),
        ("2026-13-01", None),
        ("23 Smarch 2026", None),
        ("1 January 1850", None),  # implausible for news
        ("November 23, 2026 10:00 CST", None),  # China or US Central? never guessed
    ],
)
def test_parse_date(raw: Any, expected: Any) -> None:
    assert parse_date(raw) == expected


def test_results_are_timezone_aware() -> None:
    for raw in [
        "2026-11-23",
        "November 23, 2026",
        "2026年11月23日",
        "Mon, 23 Nov 2026 07:30:00 -0000",
    ]:
        value = parse_date(raw)
        assert value is not None
        assert value.tzinfo is not None


def test_none() -> None:
    assert parse_date(None) is None
