"""Feed validators round-trip through the warehouse."""

from __future__ import annotations

from pathlib import Path

from spiders.state import load_feed_state, save_feed_state
from warehouse.db import connect


def test_feed_state_round_trip(tmp_path: Path) -> None:
    state = {
        "https://a.example/feed/": {
            "etag": '"abc"',
            "last_modified": "Mon, 23 Nov 2026 08:00:00 GMT",
        },
        "https://b.example/atom.xml": {"etag": 'W/"x1"'},
    }
    with connect(tmp_path / "w.duckdb") as con:
        assert load_feed_state(con) == {}
        assert save_feed_state(con, state) == 2
        assert load_feed_state(con) == state
        changed = {
            "https://a.example/feed/": {"last_modified": "Tue, 24 Nov 2026 08:00:00 GMT"},
            "https://b.example/atom.xml": {},
        }
        save_feed_state(con, changed)
        assert load_feed_state(con) == {
            "https://a.example/feed/": {"last_modified": "Tue, 24 Nov 2026 08:00:00 GMT"}
        }
    with connect(tmp_path / "w.duckdb") as con:  # persisted
        assert "https://a.example/feed/" in load_feed_state(con)
