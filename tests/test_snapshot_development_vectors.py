"""A snapshot's development vectors are written batch by batch, not held for the whole build."""

from __future__ import annotations

import contextlib
from typing import Any

import duckdb
import numpy as np
import pytest

from warehouse import snapshot


def _vectors_db(members: list[tuple[str, str]]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE development_members (development_id VARCHAR, article_id VARCHAR)")
    con.execute(
        "CREATE TABLE search_vectors (article_id VARCHAR, model VARCHAR, vector FLOAT[384])"
    )
    rng = np.random.default_rng(5)
    for dev, article in members:
        con.execute("INSERT INTO development_members VALUES (?, ?)", [dev, article])
        con.execute(
            "INSERT INTO search_vectors VALUES (?, 'm', ?)",
            [article, rng.normal(size=384).astype(np.float32).tolist()],
        )
    return con


def test_each_batch_writes_its_finished_developments(monkeypatch: pytest.MonkeyPatch) -> None:
    # d1 has 3 rows and d3 2: with batches of 2 rows both continue across a batch boundary.
    members = [("d1", "a1"), ("d1", "a2"), ("d1", "a3"), ("d2", "a4"), ("d3", "a5"), ("d3", "a6")]
    with contextlib.closing(_vectors_db(members)) as con:
        calls: list[list[str]] = []
        insert = snapshot._insert_development_vectors

        def recording(
            c: duckdb.DuckDBPyConnection, ids: list[str], sums: list[Any], model: str
        ) -> int:
            calls.append(list(ids))
            return insert(c, ids, sums, model)

        monkeypatch.setattr(snapshot, "VECTOR_BATCH", 2)
        monkeypatch.setattr(snapshot, "_insert_development_vectors", recording)
        con.execute("BEGIN TRANSACTION")
        assert snapshot.build_development_vectors(con) == 3
        con.execute("COMMIT")
        # Never more than a batch's developments at once, each written once, in order.
        assert all(len(ids) <= 2 for ids in calls)
        assert [d for ids in calls for d in ids] == ["d1", "d2", "d3"]
        stored = dict(
            con.execute("SELECT development_id, vector FROM read_development_vectors").fetchall()
        )
        rows = con.execute(
            "SELECT m.development_id, v.vector FROM development_members m "
            "JOIN search_vectors v USING (article_id)"
        ).fetchall()
    for dev in ("d1", "d2", "d3"):
        mean = np.mean([np.asarray(v, np.float32) for d, v in rows if d == dev], axis=0)
        assert np.allclose(stored[dev], mean / np.linalg.norm(mean), atol=1e-6), dev


def test_no_vectors_writes_an_empty_table() -> None:
    with contextlib.closing(_vectors_db([])) as con:
        assert snapshot.build_development_vectors(con) == 0
        assert con.execute("SELECT count(*) FROM read_development_vectors").fetchone() == (0,)
