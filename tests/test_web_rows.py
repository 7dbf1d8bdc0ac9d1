"""The web app's development rows (timeline, entity and following pages), rendered alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

import policywatch.web

TEMPLATES = Path(policywatch.web.__file__).parent / "templates"


def _rows_html(rows: list[dict[str, Any]]) -> str:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"], default=True)
    )
    dev_rows = env.get_template("macros.html").module.dev_rows  # type: ignore[attr-defined]
    return str(dev_rows(rows, {}, str))


def _row(**extra: object) -> dict[str, Any]:
    row = {
        "development_id": "ade63e8b6b4899b5",
        "headline": "Export rule takes effect",
        "first_seen": "2026-10-14",
        "last_seen": "2026-10-14",
        "n_reports": 2,
        "n_outlets": 2,
        "is_policy": True,
        "signals": ["export-control"],
        "outlets": ["Circuit Standard"],
        "top_entities": [],
    }
    return {**row, **extra}


def test_each_row_shows_the_status_and_whether_it_is_confirmed():
    """As the CLI's timeline table does ("in-force, confirmed"), so an analyst scanning the
    timeline sees which rules an official source backs."""
    html = _rows_html(
        [
            _row(status="in-force", confirmed=True),
            _row(development_id="9d658870679ba933", status="reported", confirmed=False),
            _row(development_id="84e25163023ef68a", status=None, confirmed=False),
        ]
    )
    assert "in-force, confirmed</span>" in html
    assert "reported, unconfirmed</span>" in html
    assert html.count('class="tag status"') == 2  # no status: nothing shown


def test_the_timeline_form_reads_status_and_confirmed_as_the_cli_options():
    """`?status=in-force&confirmed=no` are `--status in-force --unconfirmed`, kept in the URL."""
    from datetime import UTC, datetime

    import pytest

    from policywatch.web.app import TimelineForm

    form = TimelineForm.from_query({"status": "In-Force", "confirmed": "no"})
    filters = form.filters(datetime(2026, 12, 1, tzinfo=UTC), "UTC")
    assert (filters["status"], filters["confirmed"]) == ("in-force", False)
    assert form.pairs() == {"status": "in-force", "confirmed": "no"}
    assert TimelineForm.from_query({"confirmed": "1"}).filters(datetime.now(UTC), "UTC")[
        "confirmed"
    ]
    assert TimelineForm.from_query({}).filters(datetime.now(UTC), "UTC")["confirmed"] is None
    with pytest.raises(ValueError, match="give yes or no"):
        TimelineForm.from_query({"confirmed": "maybe"}).filters(datetime.now(UTC), "UTC")
