from datetime import UTC, datetime
from pathlib import Path

import pytest

from policywatch_core.models import Article, Mention, RawPage, Signal, TaggedArticle
from warehouse import store
from warehouse.db import WarehouseError, connect, migrate, migrations, run_query
from warehouse.load import upsert


def test_migrations_are_numbered_and_apply_once(warehouse_path: Path):
    versions = [m.version for m in migrations()]
    assert versions == sorted(set(versions))
    with connect(warehouse_path) as con:
        assert migrate(con) == []
        applied = [r[0] for r in con.execute("SELECT version FROM schema_migrations").fetchall()]
    assert applied == versions


def test_read_only_of_missing_warehouse_is_a_clear_error(tmp_path: Path):
    with (
        pytest.raises(WarehouseError, match="no warehouse yet"),
        connect(tmp_path / "none.duckdb", read_only=True),
    ):
        pass


def test_second_writer_gets_a_clear_error(warehouse_path: Path):
    import subprocess
    import sys

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb,sys,time; c=duckdb.connect(sys.argv[1]); print('ready', flush=True); "
            "time.sleep(30)",
            str(warehouse_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        with (
            pytest.raises(WarehouseError, match="in use by another process"),
            connect(warehouse_path),
        ):
            pass
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


def _article(url: str, text: str = "Body text of the article.") -> Article:
    return Article(
        url=url,
        outlet_id="o1",
        title="A title",
        text=text,
        canonical_url=url,
        published=datetime(2026, 11, 1, tzinfo=UTC),
        first_seen=datetime(2026, 11, 2, tzinfo=UTC),
    )


def test_upserts_are_idempotent(warehouse_path: Path):
    page = RawPage(
        url="https://a.example/1",
        final_url="https://a.example/1",
        outlet_id="o1",
        fetched_at=datetime(2026, 11, 2, tzinfo=UTC),
        status=200,
        html="<html><body>hi</body></html>",
    )
    article = _article("https://a.example/1")
    tagged = TaggedArticle(
        article,
        mentions=[Mention(0, 5, "China", "GPE", "china", "China")] * 2,
        signals=[Signal("restriction", "A sentence.", 0, 11)],
    )
    with connect(warehouse_path) as con:
        for _ in range(2):
            store.save_pages(con, "run1", [page])
            store.save_articles(con, [store.article_row(article, page.page_id, "run1")])
            store.save_tags(con, [tagged])
        counts = {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("pages", "articles", "mentions", "article_signals")
        }
        assert counts == {"pages": 1, "articles": 1, "mentions": 1, "article_signals": 1}
        pending = store.pending_pages(con, 10)
        assert [p.html for p in pending] == [page.html]
        store.mark_processed(con, {page.page_id: None})
        assert store.pending_pages(con, 10) == []
        assert store.known_urls(con) == frozenset({"https://a.example/1"})


def test_upsert_refuses_unknown_tables(warehouse_path: Path):
    with connect(warehouse_path) as con, pytest.raises(ValueError, match="unknown table"):
        upsert(con, "schema_migrations; DROP TABLE articles", [{"a": 1}])


def test_timeline_filters_are_bound_parameters(warehouse_path: Path):
    hostile = "x' OR 1=1; DROP TABLE articles; --"
    with connect(warehouse_path) as con:
        rows = run_query(
            con,
            "timeline",
            {"since": None, "until": None, "entity": hostile, "policy_only": None, "limit": 10},
        ).fetchall()
        assert rows == []
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)


def test_connections_draw_no_progress_bar(tmp_path):
    """DuckDB's progress bar on long statements ended up in run logs."""
    from warehouse import db
    from warehouse.snapshot import open_for_reading, publish

    path = tmp_path / "w.duckdb"
    for read_only in (False, True):
        with db.connect(path, read_only=read_only) as con:
            row = con.execute("SELECT current_setting('enable_progress_bar')").fetchone()
        assert row == (False,)
    publish(path)
    with open_for_reading(path) as con:  # the read snapshot's connection
        assert con.execute("SELECT current_setting('enable_progress_bar')").fetchone() == (False,)


def test_connections_get_the_configured_memory_limit(tmp_path):
    """DuckDB's own default (80 % of RAM) let its buffers grow by gigabytes in a daily batch."""
    from warehouse import db

    def limit(path, **kw):
        with db.connect(path, **kw) as con:
            row = con.execute("SELECT current_setting('memory_limit')").fetchone()
        assert row is not None
        return row[0]

    path = tmp_path / "w.duckdb"
    before = str(db.duckdb_config()["memory_limit"])
    try:
        db.configure(memory_limit="512MB")
        small = limit(path)
        db.configure(memory_limit="3GB")
        large = limit(path, read_only=True)
    finally:
        db.configure(memory_limit=before)
    assert small.endswith("MiB")
    assert float(small.split()[0]) < 500  # 512 MB = 488.2 MiB
    assert large.endswith("GiB")
    assert 2.5 < float(large.split()[0]) < 3.0  # 3 GB = 2.7 GiB


def test_every_written_row_type_matches_its_migrated_table(warehouse_path: Path):
    import pyarrow as pa

    from warehouse import schemas

    with connect(warehouse_path) as con:
        for table, schema in schemas.BY_TABLE.items():
            con.register("_row_type", pa.table({f.name: [] for f in schema}, schema=schema))
            written = {r[0]: r[1] for r in con.execute("DESCRIBE _row_type").fetchall()}
            stored = {r[0]: r[1] for r in con.execute(f"DESCRIBE {table}").fetchall()}
            con.unregister("_row_type")
            for column, kind in written.items():
                assert column in stored, f"{table}.{column} is written but not in the migrations"
                # a JSON column takes the text the writer serialised
                compatible = {kind} | ({"JSON"} if kind == "VARCHAR" else set())
                assert stored[column] in compatible, (
                    f"{table}.{column}: written as {kind}, stored as {stored[column]}"
                )


def test_upsert_refuses_rows_that_do_not_match_the_schema(warehouse_path: Path):
    from warehouse import schemas

    row: dict[str, object] = {"outlet_id": "o", "name": "O", "home": "h", "language": "en"}
    row["config"] = "{}"
    with connect(warehouse_path) as con, pytest.raises(ValueError, match="updated_at"):
        upsert(con, "sources", [row], schema=schemas.SOURCES)
    row = {**row, "updated_at": datetime.now(UTC), "extra": 1}
    with connect(warehouse_path) as con, pytest.raises(ValueError, match="extra"):
        upsert(con, "sources", [row], schema=schemas.SOURCES)
