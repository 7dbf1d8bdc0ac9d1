"""Persistence of the feeds' HTTP validators (ETag, Last-Modified) in the warehouse. I/O only.

The flow loads the state before a crawl (:class:`~spiders.runner.CrawlJob.feed_state`) and saves
what the crawl returned (:attr:`~spiders.runner.CrawlResult.feed_state`), in the same transaction
as the crawl's pages, so that the validators never claim a feed was read when its articles were
not stored.
"""

from __future__ import annotations

from datetime import UTC, datetime

import duckdb
import pyarrow as pa

from warehouse.db import run_query
from warehouse.load import register_known_table, upsert

register_known_table("feed_state", ("url",))

_SCHEMA = pa.schema(
    [
        ("url", pa.string()),
        ("etag", pa.string()),
        ("last_modified", pa.string()),
        ("updated_at", pa.timestamp("us", tz="UTC")),
    ]
)


def load_feed_state(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, str]]:
    """Feed URL -> {"etag": ..., "last_modified": ...} (only the validators that exist)."""
    state: dict[str, dict[str, str]] = {}
    for url, etag, last_modified in run_query(con, "crawl_feed_state").fetchall():
        validators = {}
        if etag:
            validators["etag"] = str(etag)
        if last_modified:
            validators["last_modified"] = str(last_modified)
        if validators:
            state[str(url)] = validators
    return state


def save_feed_state(con: duckdb.DuckDBPyConnection, state: dict[str, dict[str, str]]) -> int:
    """Store the validators a crawl returned; a URL with none left is forgotten.

    Returns:
        The number of URLs stored.
    """
    now = datetime.now(UTC)
    rows = [
        {
            "url": url,
            "etag": v.get("etag") or None,
            "last_modified": v.get("last_modified") or None,
            "updated_at": now,
        }
        for url, v in sorted(state.items())
        if v.get("etag") or v.get("last_modified")
    ]
    empty = [url for url, v in state.items() if not (v.get("etag") or v.get("last_modified"))]
    if empty:
        run_query(con, "crawl_feed_state_delete", {"urls": empty})
    return upsert(con, "feed_state", rows, schema=_SCHEMA)


register_known_table("crawl_outlet_stats", ("run_id", "outlet_id"))
_OUTLET_COLUMNS = (
    "discovered",
    "skipped",
    "capped",
    "fetched",
    "failed",
    "source_failed",
    "undated",
)


def save_outlet_stats(
    con: duckdb.DuckDBPyConnection, run_id: str, outlet_stats: dict[str, dict[str, int]]
) -> int:
    """Store a crawl's per-outlet counts (:attr:`~spiders.runner.CrawlResult.outlet_stats`).

    ``policywatch sources`` reads them (found = links discovered, which a fetch log cannot tell
    for articles skipped as already stored).
    """
    now = datetime.now(UTC)
    rows = [
        {
            "run_id": run_id,
            "outlet_id": outlet_id,
            **{c: int(counts.get(c, 0)) for c in _OUTLET_COLUMNS},
            "recorded_at": now,
        }
        for outlet_id, counts in sorted(outlet_stats.items())
    ]
    schema = pa.schema(
        [
            ("run_id", pa.string()),
            ("outlet_id", pa.string()),
            *((c, pa.int32()) for c in _OUTLET_COLUMNS),
            ("recorded_at", pa.timestamp("us", tz="UTC")),
        ]
    )
    return upsert(con, "crawl_outlet_stats", rows, schema=schema)
