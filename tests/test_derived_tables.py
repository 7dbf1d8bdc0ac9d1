"""Derived tables carry no key constraint and keep one row per key by how they are written.

A killed run's resumed process aborted inside DuckDB when a batch deleted and inserted the same
``development_facts`` keys in one transaction
(docs/decisions/2026-12-04-fault-kill-duckdb-indexes.md).
Migration 220 drops the PRIMARY KEY of the tables rebuilt from others and migration 230 their last
index (a resumed run aborted on it the same way); these tests hold the
writes to their promise of one row per key, and the keyed tables' writes to never delete and
insert a key they keep.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from nlp.cluster import development_id_for
from tests import test_grouping_warehouse as grouping_tests
from tests.test_grouping_warehouse import (
    COPY,
    _dev_of,
    _run,
    _store,
    _three_grouped,
)
from warehouse import grouping
from warehouse.db import MIGRATIONS_DIR, migrate, open_duckdb
from warehouse.load import DERIVED, KEYS, replace_rows, rewrite_in_place, upsert
from warehouse.status import refresh_status

T0 = datetime(2026, 11, 5, 7, 0, tzinfo=UTC)


def _key_constraints(con, table):
    return con.execute(
        "SELECT constraint_type FROM duckdb_constraints() WHERE table_name = $t "
        "AND constraint_type IN ('PRIMARY KEY', 'UNIQUE')",
        {"t": table},
    ).fetchall()


def _indexes(con, table):
    return con.execute(
        "SELECT index_name FROM duckdb_indexes() WHERE table_name = $t", {"t": table}
    ).fetchall()


def _repeated_keys(con, table):
    key = ", ".join(f'"{c}"' for c in DERIVED[table])
    return con.execute(
        f'SELECT count(*) - count(DISTINCT ({key})) FROM "{table}"'  # names from DERIVED
    ).fetchone()[0]


#: the grouping tests' warehouse with their three outlets
con = grouping_tests.con


def test_the_tables_rebuilt_from_others_have_no_key_constraint_and_no_index(con):
    expected = {
        "development_facts",
        "report_facts",
        "report_additions",
        "grouping_candidates",
        "development_status_changes",
        "development_story_profiles",
    }
    assert expected <= set(DERIVED)
    for table in DERIVED:
        assert table not in KEYS, table  # written by replace_rows only, never upserted
        assert _key_constraints(con, table) == [], table
        assert _indexes(con, table) == [], table  # no index of any kind: see migration 230
        found = con.execute(
            "SELECT count(*) FROM duckdb_columns() WHERE table_name = $t", {"t": table}
        ).fetchone()
        assert found != (0,), f"{table} does not exist"
    with pytest.raises(ValueError, match="replace_rows"):
        upsert(con, "development_facts", [{"development_id": "d"}])


def test_migration_220_upgrades_a_warehouse_and_keeps_its_rows(tmp_path: Path):
    older = tmp_path / "older"
    older.mkdir()
    for path in MIGRATIONS_DIR.glob("*.sql"):
        if int(path.name[:3]) < 220:
            shutil.copy(path, older / path.name)
    db = tmp_path / "old.duckdb"
    con = open_duckdb(db)
    try:
        migrate(con, older)
        assert _key_constraints(con, "development_facts")  # the old schema had the key
        con.execute(
            "INSERT INTO development_facts VALUES ('d1', 'Headline', 'a1', 'a1', 'o1', $t, $t, "
            "2, 2, 1, ['Lattice Brief'], $t)",
            {"t": T0},
        )
        con.execute("INSERT INTO report_facts VALUES ('a1', 'd1', 1, true, NULL, true, "
                    "['X'], ['o2'], 0.5, 4, 4)")  # fmt: skip
        con.execute("INSERT INTO report_additions VALUES ('a1', 'd1', 3, 'A sentence.', 0.8)")
        con.execute("INSERT INTO grouping_candidates VALUES ('a1', 1, 'd1', 0.9, '{}')")
        con.execute(
            "INSERT INTO development_status_changes VALUES ('d1', 0, 'reported', $t, 'a1', "
            "'It said so.', NULL, NULL)",
            {"t": T0},
        )
        con.execute(
            "INSERT INTO development_story_profiles VALUES ('d1', 's1', $t, [0.5, 0.5], ['m'], "
            "['k'], [], ['term'], [3], '[]', $t)",
            {"t": T0},
        )
        before = {t: con.execute(f'SELECT * FROM "{t}"').fetchall() for t in DERIVED}
        assert migrate(con) == [m.version for m in _versions_from(220)]
        for table in DERIVED:
            assert con.execute(f'SELECT * FROM "{table}"').fetchall() == before[table], table
            assert _key_constraints(con, table) == [], table
        assert con.execute(  # the comments analysts read survive
            "SELECT count(*) FROM duckdb_columns() WHERE table_name = "
            "'development_status_changes' AND comment IS NOT NULL"
        ).fetchone() == (8,)
        assert _indexes(con, "development_story_profiles") == []  # migration 230 drops it
        # the views over them still read them
        assert con.execute(
            "SELECT credited_outlets FROM development_overview WHERE development_id = 'd1'"
        ).fetchone() == (["Lattice Brief"],)
    finally:
        con.close()


def _versions_from(version):
    from warehouse.db import migrations

    return [m for m in migrations() if m.version >= version]


def test_replace_rows_repeated_never_duplicates(con):
    rows = [
        {"article_id": a, "rank": r, "development_id": d, "probability": p, "features": "{}"}
        for a, r, d, p in (("a1", 1, "d1", 0.9), ("a1", 2, "d2", 0.2), ("a2", 1, "d2", 0.7))
    ]
    for _ in range(3):
        replace_rows(con, "grouping_candidates", "article_id", ["a1", "a2"], rows)
        assert con.execute("SELECT count(*) FROM grouping_candidates").fetchone() == (3,)
    # a1 has one candidate left: its second row goes, a2's row stays
    replace_rows(con, "grouping_candidates", "article_id", ["a1"], rows[:1])
    assert sorted(con.execute("SELECT article_id, rank FROM grouping_candidates").fetchall()) == [
        ("a1", 1),
        ("a2", 1),
    ]
    with pytest.raises(ValueError, match="repeat the key"):
        replace_rows(con, "grouping_candidates", "article_id", ["a1"], [rows[0], rows[0]])
    with pytest.raises(ValueError, match="outside"):  # would stand beside a2's stored row
        replace_rows(con, "grouping_candidates", "article_id", ["a1"], rows)
    with pytest.raises(ValueError, match="unknown derived table"):
        replace_rows(con, "articles", "article_id", ["a1"], [])
    assert _repeated_keys(con, "grouping_candidates") == 0


def test_refreshing_developments_again_keeps_one_row_per_key(con):
    items = _three_grouped(con)
    dev_a = development_id_for(items[0].article_id)
    dev_t = _dev_of(con, items[2].article_id)
    facts = con.execute(
        "SELECT * EXCLUDE (updated_at) FROM development_facts ORDER BY 1"
    ).fetchall()
    reports = con.execute("SELECT * FROM report_facts ORDER BY 1").fetchall()
    for _ in range(2):  # what a resumed run or a reprocess does: the same developments again
        con.execute("BEGIN TRANSACTION")
        grouping.refresh_developments(con, [dev_a, dev_t])
        refresh_status(con, [dev_a, dev_t])
        con.execute("COMMIT")
    assert (
        con.execute("SELECT * EXCLUDE (updated_at) FROM development_facts ORDER BY 1").fetchall()
        == facts
    )
    assert con.execute("SELECT * FROM report_facts ORDER BY 1").fetchall() == reports
    # corrections move reports between developments; a later batch joins one
    grouping.merge(con, dev_a, dev_t, note="same story")
    grouping.split(con, dev_a, [items[1].article_id])
    _run(con, _store(con, [("c", "kestrel", 6, COPY, 1)]))
    grouping.refresh_developments(con, [dev_a])
    for table in DERIVED:
        assert _repeated_keys(con, table) == 0, table
    assert con.execute("SELECT count(*) FROM report_facts").fetchone() == (4,)
    assert con.execute(
        "SELECT count(*) FROM development_facts f WHERE NOT EXISTS "
        "(SELECT 1 FROM developments d WHERE d.development_id = f.development_id)"
    ).fetchone() == (0,)


def test_upsert_leaves_a_row_equal_to_the_stored_one_alone(con):
    def entity(aliases):
        return {"entity_id": "e1", "name": "China", "type": "country", "aliases": aliases}

    columns = [r[0] for r in con.execute("DESCRIBE entities").fetchall()]
    row = {c: entity(["PRC"]).get(c) for c in columns}
    upsert(con, "entities", [row])
    (first,) = con.execute("SELECT rowid FROM entities WHERE entity_id = 'e1'").fetchone()
    upsert(con, "entities", [row])  # the same row again: not rewritten (same row id)
    assert con.execute("SELECT rowid FROM entities WHERE entity_id = 'e1'").fetchone() == (first,)
    upsert(con, "entities", [{**row, "aliases": ["PRC", "Beijing"]}])  # a change is stored
    assert con.execute("SELECT aliases FROM entities WHERE entity_id = 'e1'").fetchone() == (
        ["PRC", "Beijing"],
    )
    assert con.execute("SELECT count(*) FROM entities").fetchone() == (1,)


def test_tags_are_rewritten_in_place_without_deleting_a_kept_key(con):
    def mention(start, text):
        return {
            "article_id": "a1",
            "start_char": start,
            "end_char": start + len(text),
            "text": text,
            "label": "GPE",
            "entity_id": None,
            "canonical": text,
        }

    rewrite_in_place(
        con, "mentions", "article_id", ["a1"], [mention(0, "China"), mention(20, "EU")]
    )
    (kept,) = con.execute("SELECT rowid FROM mentions WHERE start_char = 0").fetchone()
    rewrite_in_place(
        con, "mentions", "article_id", ["a1"], [{**mention(0, "China"), "label": "ORG"}]
    )
    assert con.execute("SELECT rowid, label FROM mentions").fetchall() == [(kept, "ORG")]
    rewrite_in_place(con, "mentions", "article_id", ["a1"], [])  # no mention left
    assert con.execute("SELECT count(*) FROM mentions").fetchone() == (0,)
    with pytest.raises(ValueError, match="repeat the key"):
        rewrite_in_place(con, "mentions", "article_id", ["a1"], [mention(0, "X")] * 2)
