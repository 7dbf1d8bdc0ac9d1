"""The warehouse edge of grouping: load the open developments, store the decisions."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from datetime import datetime, timedelta

import duckdb
import numpy as np
import pyarrow as pa

from nlp.cluster import MODEL_VERSION, DevelopmentState, Grouper, GroupingParams
from policywatch.models import Assignment
from warehouse.db import run_query
from warehouse.load import upsert
from warehouse.store import now


def load_grouper(
    con: duckdb.DuckDBPyConnection, params: GroupingParams, since: datetime
) -> Grouper:
    """A grouper holding every development whose last report is on or after ``since``."""
    states: dict[str, DevelopmentState] = {}
    for dev_id, headline, first_id, first_pub, last_pub in run_query(
        con, "open_developments", {"since": since}
    ).fetchall():
        states[dev_id] = DevelopmentState(dev_id, headline, first_id, first_pub, last_pub)
    for dev_id, article_id, _published, vector, entity_ids, kinds in run_query(
        con, "open_development_members", {"since": since}
    ).fetchall():
        state = states.get(dev_id)
        if state is None:
            continue
        state.vectors.append(np.asarray(vector, dtype=np.float32))
        state.member_ids.append(article_id)
        state.entity_counts.update(Counter(entity_ids))
        state.signal_kinds.update(kinds)
    return Grouper(params, [s for s in states.values() if s.vectors])


def window_start(earliest: datetime, window_days: int) -> datetime:
    """Developments that can still receive an article published at ``earliest`` or later."""
    return earliest - timedelta(days=window_days)


def save_assignments(
    con: duckdb.DuckDBPyConnection,
    grouper: Grouper,
    assignments: Sequence[Assignment],
) -> None:
    """Store memberships, decisions and the developments they touched."""
    at = now()
    members = [
        {
            "article_id": a.article_id,
            "development_id": a.development_id,
            "joined_at": at,
            "score": a.score,
            "source": "auto",
        }
        for a in assignments
    ]
    decisions = [
        {
            "article_id": a.article_id,
            "development_id": a.development_id,
            "decision": "new" if a.is_new else "join",
            "score": a.score,
            "candidate_id": a.candidate_id,
            "features": json.dumps(a.features),
            "model_version": MODEL_VERSION,
            "decided_at": at,
        }
        for a in assignments
    ]
    touched = {a.development_id for a in assignments}
    developments = [
        {
            "development_id": d.development_id,
            "headline": d.headline,
            "first_article_id": d.first_article_id,
            "first_published": d.first_published,
            "last_published": d.last_published,
            "first_seen": at,
            "last_update": at,
            "is_policy": d.is_policy,
        }
        for dev_id in sorted(touched)
        if (d := grouper.developments.get(dev_id)) is not None
    ]
    dev_schema = pa.schema(
        [
            ("development_id", pa.string()),
            ("headline", pa.string()),
            ("first_article_id", pa.string()),
            ("first_published", pa.timestamp("us", tz="UTC")),
            ("last_published", pa.timestamp("us", tz="UTC")),
            ("first_seen", pa.timestamp("us", tz="UTC")),
            ("last_update", pa.timestamp("us", tz="UTC")),
            ("is_policy", pa.bool_()),
        ]
    )
    # first_seen is kept from the first time a development was stored.
    existing = {
        r[0]: r[1]
        for r in con.execute(
            "SELECT development_id, first_seen FROM developments "
            "WHERE development_id IN (SELECT unnest($ids))",
            {"ids": sorted(touched)},
        ).fetchall()
    }
    for row in developments:
        row["first_seen"] = existing.get(row["development_id"], at)
    upsert(con, "developments", developments, schema=dev_schema)
    upsert(con, "development_members", members)
    upsert(con, "grouping_decisions", decisions)


def save_embeddings(
    con: duckdb.DuckDBPyConnection,
    article_ids: Sequence[str],
    vectors: np.ndarray,
    model: str,
) -> None:
    schema = pa.schema(
        [("article_id", pa.string()), ("model", pa.string()), ("vector", pa.list_(pa.float32()))]
    )
    rows = [
        {"article_id": a, "model": model, "vector": v.astype(np.float32).tolist()}
        for a, v in zip(article_ids, vectors, strict=True)
    ]
    upsert(con, "embeddings", rows, schema=schema)
