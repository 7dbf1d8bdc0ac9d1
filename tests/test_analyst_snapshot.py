"""The read snapshot: atomic publication, safe points, costs kept to a share of a run."""

from __future__ import annotations

import duckdb
import pytest

from policywatch.report import synthetic
from warehouse import snapshot
from warehouse.db import WarehouseError, connect


@pytest.fixture
def db(warehouse_path):
    with connect(warehouse_path) as con:
        synthetic.small_warehouse(con)
    return warehouse_path


def test_publish_makes_a_read_only_copy_with_indexes(db):
    done = snapshot.publish(db)
    assert done.path == db.with_name("policywatch.snapshot.duckdb")
    assert done.indexed
    leftovers = [p.name for p in db.parent.iterdir() if p.name.endswith((".tmp", ".wal"))]
    assert leftovers == []
    with snapshot.open_for_reading(db) as con:
        source = snapshot.describe(con)
        assert source.is_snapshot
        assert source.published_at is not None
        assert snapshot.has_read_model(con)
        with pytest.raises(duckdb.Error):  # readers cannot write
            con.execute("DELETE FROM articles")
    with duckdb.connect(str(db), read_only=True) as live:  # the live file has no read model
        assert not snapshot.has_read_model(live)


def test_a_reader_keeps_its_snapshot_while_a_new_one_is_published(db):
    snapshot.publish(db)
    with snapshot.open_for_reading(db) as old:
        before = old.execute("SELECT count(*) FROM articles").fetchone()
        with connect(db) as con:
            con.execute("DELETE FROM development_members")
            con.execute("DELETE FROM articles")
        snapshot.publish(db)  # replaces the file under the open reader
        assert old.execute("SELECT count(*) FROM articles").fetchone() == before
    with snapshot.open_for_reading(db) as new:
        assert new.execute("SELECT count(*) FROM articles").fetchone() == (0,)


def test_without_a_snapshot_readers_use_the_live_file(db):
    with snapshot.open_for_reading(db) as con:
        assert not snapshot.describe(con).is_snapshot


def test_no_warehouse_at_all(tmp_path):
    with (
        pytest.raises(WarehouseError, match="no warehouse yet"),
        snapshot.open_for_reading(tmp_path / "none.duckdb"),
    ):
        pass


def test_safe_points_publish_when_due_and_keep_overhead_bounded(db):
    assert snapshot.due(db, 120)  # no snapshot yet
    snapshot.publish(db)
    mtime = snapshot.snapshot_path(db).stat().st_mtime
    assert not snapshot.due(db, 120, now=mtime + 60)
    assert snapshot.due(db, 120, now=mtime + 120)
    # a publication that cost 30 s is not repeated within 300 s, even with every_seconds=0
    snapshot._last_cost[db.resolve()] = 30.0
    try:
        assert not snapshot.due(db, 0, now=mtime + 200)
        assert snapshot.due(db, 0, now=mtime + 300)
    finally:
        snapshot._last_cost.pop(db.resolve(), None)


def test_publish_if_due_never_raises(tmp_path, caplog):
    bad = tmp_path / "not-a-db.duckdb"
    bad.write_bytes(b"this is not a database")
    assert snapshot.publish_if_due(bad, 0) is None
    assert snapshot.publish_safely(bad) is None
    assert "could not publish" in caplog.text
    assert not snapshot.snapshot_path(bad).exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".tmp", ".wal"))]


def test_snapshot_file_is_replaced_atomically(db):
    snapshot.publish(db)
    first = snapshot.snapshot_path(db).stat().st_ino
    snapshot.publish(db)
    assert snapshot.snapshot_path(db).stat().st_ino != first  # a new file renamed into place


def test_a_failing_extra_does_not_stop_the_snapshot(db, monkeypatch, caplog):
    def broken(con):
        con.execute("CREATE TABLE read_timeline AS SELECT 1 AS x")  # rolled back
        con.execute("SELECT * FROM no_such_table")

    monkeypatch.setattr(snapshot, "build_read_model", broken)
    done = snapshot.publish(db)
    assert done.indexed
    assert "without its timeline read model" in caplog.text
    with snapshot.open_for_reading(db) as con:
        assert not snapshot.has_read_model(con)  # readers fall back to the base-table queries
        from policywatch.reading import query_timeline

        assert len(query_timeline(con)) == 5


def test_a_snapshot_older_than_the_schema_is_refused_with_the_fix(db):
    """After an upgrade the snapshot lacks the new migrations' columns: say so, not KeyError."""
    done = snapshot.publish(db)
    with duckdb.connect(str(done.path)) as con:  # as an older policywatch would have published it
        con.execute(
            "DELETE FROM schema_migrations"
            " WHERE version = (SELECT max(version) FROM schema_migrations)"
        )
    with (
        pytest.raises(WarehouseError, match=r"older policywatch.*policywatch snapshot"),
        snapshot.open_for_reading(db),
    ):
        pass
    snapshot.publish(db)
    with snapshot.open_for_reading(db) as con:
        assert snapshot.describe(con).is_snapshot
