"""The development read model of a read snapshot gives the same pages as the base tables.

``policywatch show`` and the web app's development page read tables materialised when the
snapshot is published (``warehouse/queries/analyst_build_development_read_model.sql``); every
development of the demo must read the same with and without them.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from policywatch.reading import development_with_novelty
from policywatch.web import reading as web_reading
from warehouse.db import connect, open_duckdb
from warehouse.snapshot import has_development_read_model, publish, snapshot_path

pytestmark = pytest.mark.slow  # builds the demo warehouse once per session


def _ids(con) -> list[str]:
    return [r[0] for r in con.execute("SELECT development_id FROM developments").fetchall()]


def test_demo_pages_read_the_same_with_the_read_model(demo_data_dir: Path):
    snap = snapshot_path(demo_data_dir / "policywatch.duckdb")
    with contextlib.closing(open_duckdb(snap, read_only=True)) as con:
        assert has_development_read_model(con)
        ids = _ids(con)
        assert len(ids) >= 10
        with_novelty = with_signals = with_decisions = 0
        for dev_id in ids:
            fast = development_with_novelty(con, dev_id, read_model=True)
            slow = development_with_novelty(con, dev_id, read_model=False)
            assert fast == slow, dev_id
            with_novelty += bool(fast[1])
            page = web_reading.development(con, dev_id, threshold=0.5, read_model=True)
            base = web_reading.development(con, dev_id, threshold=0.5, read_model=False)
            assert page == base, dev_id
            with_signals += bool(page["signal_rows"])
            with_decisions += any(r["why"]["decision"] for r in page["reports"])
        # The comparison covers every part of the page, not empty ones.
        assert with_novelty
        assert with_signals
        assert with_decisions


def test_a_prefix_and_a_merged_id_resolve_on_the_read_model(tmp_path: Path):
    from policywatch.report import synthetic

    db = tmp_path / "policywatch.duckdb"
    with connect(db) as con:
        synthetic.small_warehouse(con)
    publish(db, index=False)
    with contextlib.closing(open_duckdb(snapshot_path(db), read_only=True)) as con:
        assert has_development_read_model(con)
        for dev_id in _ids(con):
            head, _ = development_with_novelty(con, dev_id[:10])
            assert head["development_id"] == dev_id
            assert head == development_with_novelty(con, dev_id, read_model=False)[0]
            assert [r["n"] for r in head["reports"]] == list(range(1, head["n_reports"] + 1))


def test_a_warehouse_without_snapshot_reads_the_base_tables(tmp_path: Path):
    from policywatch.report import synthetic

    db = tmp_path / "policywatch.duckdb"
    with connect(db) as con:
        synthetic.small_warehouse(con)
        assert not has_development_read_model(con)
        dev_id = _ids(con)[0]
        head, _ = development_with_novelty(con, dev_id)
        assert head["development_id"] == dev_id
        assert head["reports"]


def test_development_vectors_are_the_normalised_mean_across_batches(tmp_path: Path, monkeypatch):
    import numpy as np

    from policywatch.report import synthetic
    from warehouse import snapshot

    db = tmp_path / "policywatch.duckdb"
    with connect(db) as con:
        synthetic.small_warehouse(con)
    monkeypatch.setattr(snapshot, "VECTOR_BATCH", 2)  # developments continue across batches
    publish(db)
    with contextlib.closing(open_duckdb(snapshot_path(db), read_only=True)) as con:
        stored = {
            d: np.asarray(v, dtype=np.float32)
            for d, v in con.execute(
                "SELECT development_id, vector FROM read_development_vectors"
            ).fetchall()
        }
        rows = con.execute(
            "SELECT m.development_id, v.vector FROM development_members m "
            "JOIN search_vectors v USING (article_id)"
        ).fetchall()
    by_dev: dict[str, list[np.ndarray]] = {}
    for dev, vector in rows:
        by_dev.setdefault(dev, []).append(np.asarray(vector, dtype=np.float32))
    assert set(stored) == set(by_dev)
    assert any(len(v) >= 3 for v in by_dev.values())
    for dev, vectors in by_dev.items():
        mean = np.mean(vectors, axis=0)
        assert np.allclose(stored[dev], mean / np.linalg.norm(mean), atol=1e-5), dev
