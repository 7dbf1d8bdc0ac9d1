"""A write that keeps a key of a keyed table updates its row in place; it never deletes the key
and inserts it again in one transaction.

DuckDB's key index has failed on that path after a killed run's write-ahead log was replayed
(docs/decisions/2026-12-04-keyed-rows-written-in-place.md). DuckDB also takes it for an update of
a list or struct column. A row updated in place keeps its ``rowid``; a row deleted and inserted
again gets a new one, which is what these tests look at.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from nlp.cluster import GroupingParams, development_id_for
from policywatch.pipeline import RunContext
from policywatch.recheck import TAKEN_OUT, _reconsider
from policywatch_core.models import Article, TaggedArticle
from policywatch_core.settings import load_settings
from tests import test_grouping_warehouse as grouping_tests
from tests.test_derived_tables import _key_constraints
from tests.test_grouping_warehouse import (
    FIRST,
    REWRITE,
    T0,
    _dev_of,
    _run,
    _store,
    _three_grouped,
    _vec,
)
from warehouse import grouping, store
from warehouse.db import MIGRATIONS_DIR, migrate, open_duckdb
from warehouse.load import KEYS, upsert

ROOT = Path(__file__).resolve().parent.parent


def _rowids(con, table, column):
    return dict(con.execute(f'SELECT "{column}", rowid FROM "{table}"').fetchall())  # our names


#: the grouping tests' warehouse with their three outlets
con = grouping_tests.con


def _article(title, authors):
    art = Article(
        url="https://lb.example/one",
        outlet_id="lattice-brief",
        title=title,
        text="The ministry said the rule takes effect in March.",
        published=T0,
        first_seen=T0,
        authors=tuple(authors),
    )
    return store.article_row(art, "page-one", "run")


def test_an_article_whose_authors_stay_is_updated_in_place(con):
    store.save_articles(con, [_article("First title", ["Li Wei", "Ann Park"])])
    (before,) = con.execute("SELECT rowid FROM articles").fetchone()
    # a re-check or reprocess: a new title, the same authors -> no list column is set
    store.save_articles(con, [_article("Second title", ["Li Wei", "Ann Park"])])
    assert con.execute("SELECT rowid, title FROM articles").fetchall() == [(before, "Second title")]
    # authors that really change are stored (DuckDB rewrites that row: unavoidable for a list)
    store.save_articles(con, [_article("Second title", ["Ann Park"])])
    assert con.execute("SELECT title, authors FROM articles").fetchall() == [
        ("Second title", ["Ann Park"])
    ]


def test_a_list_change_outside_a_transaction_is_stored_whole(con):
    # upsert sets a changed list and the other columns in two statements; outside the caller's
    # transaction it opens its own, and leaves none open behind it
    store.save_articles(con, [_article("First title", ["Li Wei"])])
    store.save_articles(con, [_article("Other title", ["Ann Park"])])
    assert con.execute("SELECT title, authors FROM articles").fetchall() == [
        ("Other title", ["Ann Park"])
    ]
    con.execute("BEGIN TRANSACTION")  # fails if a transaction were left open
    store.save_articles(con, [_article("Third title", ["Li Wei"])])
    con.execute("ROLLBACK")
    assert con.execute("SELECT title, authors FROM articles").fetchall() == [
        ("Other title", ["Ann Park"])
    ]


def test_upsert_inside_a_transaction_keeps_it_open(con):
    con.execute("BEGIN TRANSACTION")
    store.save_articles(con, [_article("First title", ["Li Wei"])])
    store.save_articles(con, [_article("First title", ["Ann Park"])])
    con.execute("ROLLBACK")  # the caller's transaction, still open, undoes both
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)


def test_embeddings_have_no_key_and_keep_one_row_per_article(con):
    assert "embeddings" not in KEYS
    assert _key_constraints(con, "embeddings") == []
    ids = ["a1", "a2"]
    vectors = np.vstack([_vec(1, 1), _vec(2, 2)])
    grouping.save_embeddings(con, ids, vectors, "m")
    grouping.save_embeddings(con, ids[:1], np.vstack([_vec(3, 3)]), "m2")  # a re-check
    rows = con.execute("SELECT article_id, model, vector FROM embeddings ORDER BY 1").fetchall()
    assert [(a, m) for a, m, _ in rows] == [("a1", "m2"), ("a2", "m")]
    assert np.allclose(rows[0][2], _vec(3, 3))
    with pytest.raises(ValueError, match="replace_rows"):
        upsert(con, "embeddings", [{"article_id": "a1", "model": "m", "vector": [0.0]}])


def test_migration_240_drops_the_key_of_embeddings_and_keeps_its_rows(tmp_path: Path):
    older = tmp_path / "older"
    older.mkdir()
    for path in MIGRATIONS_DIR.glob("*.sql"):
        if int(path.name[:3]) < 240:
            shutil.copy(path, older / path.name)
    con = open_duckdb(tmp_path / "old.duckdb")
    try:
        migrate(con, older)
        assert _key_constraints(con, "embeddings") == [("PRIMARY KEY",)]
        con.execute("INSERT INTO embeddings VALUES ('a1', 'm', [0.5, 0.25]), ('a2', 'm', [1.0])")
        assert 240 in migrate(con)
        assert _key_constraints(con, "embeddings") == []
        assert con.execute("SELECT * FROM embeddings ORDER BY 1").fetchall() == [
            ("a1", "m", [0.5, 0.25]),
            ("a2", "m", [1.0]),
        ]
        assert con.execute(
            "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'embeddings' "
            "AND is_nullable = false"
        ).fetchone() == (3,)
    finally:
        con.close()


def test_regrouping_keeps_the_rows_of_kept_keys(con):
    _three_grouped(con)
    members = _rowids(con, "development_members", "article_id")
    decisions = _rowids(con, "grouping_decisions", "article_id")
    devs = _rowids(con, "developments", "development_id")
    before = con.execute(
        "SELECT article_id, development_id FROM development_members ORDER BY 1"
    ).fetchall()
    grouping.regroup(con, GroupingParams())
    assert _rowids(con, "development_members", "article_id") == members
    assert _rowids(con, "grouping_decisions", "article_id") == decisions
    assert _rowids(con, "developments", "development_id") == devs
    assert (
        con.execute(
            "SELECT article_id, development_id FROM development_members ORDER BY 1"
        ).fetchall()
        == before
    )
    # stored as a regrouping from scratch stores them: first seen at the regrouping
    assert con.execute(
        "SELECT count(*) FROM developments WHERE first_seen <> last_update"
    ).fetchone() == (0,)


def _ctx(tmp_path):
    config = tmp_path / "config"
    shutil.copytree(ROOT / "config", config)
    settings = load_settings(config_dir=config, data_dir=tmp_path / "data")
    return RunContext(run_id="r", profile="test", settings=settings, outlets=(), watchlist=())


def _changed(con, item, title):
    """A re-checked report: its stored article with a new title, and its vector."""
    (url, outlet, text, published) = con.execute(
        "SELECT url, outlet_id, text, published FROM articles WHERE article_id = $a",
        {"a": item.article_id},
    ).fetchone()
    art = Article(
        url=url,
        outlet_id=outlet,
        title=title,
        text=text + " Updated.",
        published=published,
        first_seen=published,
    )
    assert art.article_id == item.article_id
    return TaggedArticle(article=art), item.vector


def test_a_recheck_regroups_a_report_without_deleting_its_membership(con, tmp_path):
    items = _three_grouped(con)
    a, b = items[0].article_id, items[1].article_id
    dev = _dev_of(con, a)
    assert _dev_of(con, b) == dev
    members = _rowids(con, "development_members", "article_id")
    tagged, vector = _changed(con, items[1], REWRITE[0] + " (updated)")
    con.execute("BEGIN TRANSACTION")
    moved = _reconsider(_ctx(tmp_path), con, [tagged], np.vstack([vector]))
    con.execute("COMMIT")
    assert moved == 0  # decided again: it stays
    assert _dev_of(con, b) == dev
    assert _rowids(con, "development_members", "article_id") == members
    assert con.execute(
        "SELECT count(*) FROM development_members WHERE development_id = $o", {"o": TAKEN_OUT}
    ).fetchone() == (0,)


def test_a_development_emptied_by_a_recheck_and_opened_again_keeps_its_row(con, tmp_path):
    items = _store(con, [("a", "lattice-brief", 0, FIRST, 1), ("b", "northgate", 3, REWRITE, 1)])
    _run(con, items)
    dev = development_id_for(items[0].article_id)
    assert _dev_of(con, items[1].article_id) == dev
    devs = _rowids(con, "developments", "development_id")
    (seen,) = con.execute(
        "SELECT first_seen FROM developments WHERE development_id = $d", {"d": dev}
    ).fetchone()
    changed = [_changed(con, i, i.title + " (updated)") for i in items]
    con.execute("BEGIN TRANSACTION")
    _reconsider(_ctx(tmp_path), con, [t for t, _ in changed], np.vstack([v for _, v in changed]))
    con.execute("COMMIT")
    # both reports were taken out (their development emptied), then grouped again under its id
    assert {_dev_of(con, i.article_id) for i in items} == {dev}
    assert _rowids(con, "developments", "development_id") == devs
    # as a development created again is: first seen at the re-check
    (again,) = con.execute(
        "SELECT first_seen FROM developments WHERE development_id = $d", {"d": dev}
    ).fetchone()
    assert again > seen
