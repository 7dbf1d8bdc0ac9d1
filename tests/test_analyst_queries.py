"""The analysts' queries on invented warehouses: timeline filters, show, search, export, views."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest

from policywatch.cli.export import ExportFormat, export_tables
from policywatch.reading import (
    NotFoundError,
    derived_additions,
    fetch_development,
    query_timeline,
    timeline_params,
)
from policywatch.report import synthetic
from warehouse import search, snapshot
from warehouse.db import connect, query_sql

DEEPSEEK_HEADLINE = "Regulator tells DeepSeek to file its chatbot for security review"
HOSTILE_PREFIX = "<script>alert('x')</script>"

INJECTIONS = [
    "'; DROP TABLE articles; --",
    "deepseek' OR '1'='1",
    '" OR 1=1 --',
    "%",
    "_",
    "deepseek%",
    "$entity",
    "?",
    "NULL",
    ") UNION SELECT * FROM entities --",
    "\\'; SELECT 1; --",
    "深度求索'; --",
]


@pytest.fixture
def small(warehouse_path):
    with connect(warehouse_path) as con:
        synthetic.small_warehouse(con)
    return warehouse_path


@pytest.fixture
def ro(small):
    con = duckdb.connect(str(small), read_only=True)
    yield con
    con.close()


def headlines(rows):
    return [r["headline"] for r in rows]


def test_timeline_newest_first_with_all_columns(ro):
    rows = query_timeline(ro)
    assert len(rows) == 5
    firsts = [r["first_seen"] for r in rows]
    assert firsts == sorted(firsts, reverse=True)
    deepseek = next(r for r in rows if r["headline"] == DEEPSEEK_HEADLINE)
    assert deepseek["n_reports"] == 3
    assert deepseek["n_outlets"] == 3
    assert deepseek["outlets"] == ["Circuit Wire", "Eastern Dispatch", "Harbour Ledger"]
    assert deepseek["top_entities"][0] == "DeepSeek"  # named by all three reports
    assert deepseek["signals"] == ["approval-requirement", "enforcement-fine"]
    assert deepseek["is_policy"] is True


@pytest.mark.parametrize(
    "entity",
    [
        "deepseek",
        "DeepSeek",
        "DEEPSEEK",
        "深度求索",
        "cac",
        "CAC",
        "Cyberspace Administration Of China",
    ],
)
def test_entity_filter_takes_id_name_or_alias(ro, entity):
    rows = query_timeline(ro, entity=entity)
    assert DEEPSEEK_HEADLINE in headlines(rows)
    assert all("DeepSeek" in r["top_entities"] or "Cyberspace" in str(r) for r in rows)


def test_entity_alias_of_a_country(ro):
    rows = query_timeline(ro, entity="PRC")
    assert sorted(headlines(rows)) == sorted(
        [DEEPSEEK_HEADLINE, "Export licence needed for Nvidia accelerators shipped to China"]
    )


def test_unknown_entity_gives_nothing(ro):
    assert query_timeline(ro, entity="Atlantis Ministry of Dreams") == []


def test_signal_outlet_policy_and_dates(ro):
    assert headlines(query_timeline(ro, signal="export-control")) == [
        "Export licence needed for Nvidia accelerators shipped to China"
    ]
    # any report of the development counts: the fine appears only in the third report
    assert headlines(query_timeline(ro, signal="enforcement-fine")) == [DEEPSEEK_HEADLINE]
    by_id = headlines(query_timeline(ro, outlet="policy-lantern"))
    by_name = headlines(query_timeline(ro, outlet="Policy Lantern"))
    assert by_id == by_name
    assert len(by_id) == 2
    policy = query_timeline(ro, policy_only=True)
    assert all(r["is_policy"] for r in policy)
    assert len(policy) == 3
    since = datetime(2026, 10, 5, tzinfo=UTC)
    assert all(r["last_seen"] >= since for r in query_timeline(ro, since=since))
    until = datetime(2026, 10, 4, tzinfo=UTC)
    assert headlines(query_timeline(ro, until=until)) == [DEEPSEEK_HEADLINE]
    assert len(query_timeline(ro, limit=2)) == 2


def test_filters_combine(ro):
    rows = query_timeline(ro, entity="china", signal="export-control", outlet="eastern-dispatch")
    assert len(rows) == 1
    assert query_timeline(ro, entity="european-union", signal="export-control") == []


def test_naive_dates_are_utc_and_blank_filters_are_none():
    params = timeline_params(since=datetime(2026, 1, 1), entity="  ", outlet="")
    assert params["since"].tzinfo is UTC
    assert params["entity"] is None
    assert params["outlet"] is None
    with pytest.raises(TypeError):
        timeline_params(sql="1=1")


@pytest.mark.parametrize("text", INJECTIONS)
def test_injection_strings_are_data(small, text):
    with duckdb.connect(str(small), read_only=True) as con:
        before = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        for key in ("entity", "signal", "outlet"):
            assert query_timeline(con, **{key: text}) == []
        results = search.search_text(con, text)
        assert all(r.development_id for r in results)
        with pytest.raises(NotFoundError):
            fetch_development(con, text)
    with duckdb.connect(str(small), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == before


def test_hostile_title_is_found_as_text(ro):
    results = search.search_text(ro, "DROP TABLE")
    assert next(r.headline for r in results).startswith(HOSTILE_PREFIX)


def test_timeline_query_matches_the_view(warehouse_path):
    with connect(warehouse_path) as con:
        synthetic.synthetic_warehouse(con, 3000, 600, with_vectors=False)
        mine = query_timeline(con, limit=100_000)
        cols = ", ".join(mine[0].keys())
        view = con.execute(
            f"SELECT {cols} FROM timeline ORDER BY first_seen DESC, development_id"
        ).fetchall()
        assert [tuple(r.values()) for r in mine] == view
        # and a filtered page equals the view filtered the same way
        page = query_timeline(con, entity="alibaba", policy_only=True, limit=50)
        expected = con.execute(
            f"SELECT {cols} FROM timeline t WHERE is_policy AND development_id IN "
            "(SELECT development_id FROM entity_timeline WHERE entity_id = 'alibaba') "
            "ORDER BY first_seen DESC, development_id LIMIT 50"
        ).fetchall()
        assert [tuple(r.values()) for r in page] == expected
        assert len(page) == 50
    # the snapshot's materialised timeline gives the same rows, filter by filter
    snapshot.publish(warehouse_path)
    cases: list[dict[str, Any]] = [
        {"limit": 100_000},
        {"entity": "alibaba", "policy_only": True, "limit": 50},
        {"entity": "PRC"},
        {"signal": "Export-Control"},
        {"outlet": "outlet-003", "since": datetime(2026, 1, 1, tzinfo=UTC)},
        {"until": datetime(2026, 6, 1, tzinfo=UTC), "limit": 7},
    ]
    with (
        duckdb.connect(str(warehouse_path), read_only=True) as live,
        snapshot.open_for_reading(warehouse_path) as snap,
    ):
        assert not snapshot.has_read_model(live)
        assert snapshot.has_read_model(snap)
        for filters in cases:
            assert query_timeline(snap, **filters) == query_timeline(live, **filters), filters


def test_show_reports_in_order_with_additions(ro):
    dev_id = ro.execute(
        "SELECT development_id FROM developments WHERE headline = $h", {"h": DEEPSEEK_HEADLINE}
    ).fetchone()[0]
    dev = fetch_development(ro, dev_id[:6])  # a prefix is enough
    assert dev["development_id"] == dev_id
    reports = dev["reports"]
    assert [r["outlet"] for r in reports] == ["Eastern Dispatch", "Harbour Ledger", "Circuit Wire"]
    assert [r["first"] for r in reports] == ["*", "", ""]
    assert reports[0]["adds"] == "first report"
    assert reports[2]["adds"] == "new outlet; signals: enforcement-fine"
    assert all(r["adds_source"] == "derived" for r in reports)
    assert dev["signals"] == ["approval-requirement", "enforcement-fine"]


def test_show_reads_the_grouping_record_of_additions_when_there_is_one(small):
    with connect(small) as con:
        has_view = con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'report_novelty'"
        ).fetchone()[0]
        if not has_view:
            pytest.skip("this tree has no report_novelty view (grouping issue) yet")
        row = con.execute(
            "SELECT development_id, list(article_id ORDER BY published)[1], "
            "list(article_id ORDER BY published)[2], list(article_id ORDER BY published)[3] "
            "FROM development_reports GROUP BY development_id HAVING count(*) = 3"
        ).fetchone()
        assert row is not None
        dev_id, first, second, third = row
        for rank, article in enumerate([first, second], start=1):
            con.execute(
                "INSERT INTO report_facts (article_id, development_id, report_rank, is_first, "
                "copy_of, independent, credits, n_sentences, n_added) "
                "VALUES ($a, $d, $r, $f, NULL, TRUE, $c, 3, 1)",
                {"a": article, "d": dev_id, "r": rank, "f": rank == 1, "c": ["Eastern Dispatch"]},
            )
        con.execute(
            "INSERT INTO report_additions (article_id, development_id, position, text, novelty) "
            "VALUES ($a, $d, 2, 'Filings are due within thirty days.', 0.9)",
            {"a": second, "d": dev_id},
        )
        dev = fetch_development(con, dev_id)
    by_id = {r["article_id"]: r for r in dev["reports"]}
    assert by_id[first]["adds"] == "first report"
    assert by_id[second]["adds"] == (
        "credits Eastern Dispatch; adds: Filings are due within thirty days."
    )
    assert by_id[second]["adds_source"] == "stored"
    assert by_id[third]["adds_source"] == "derived"  # no stored row yet: derived, not empty


def test_derived_additions_say_nothing_new_when_nothing_is():
    reports = [
        {"article_id": "a", "outlet_id": "x", "entities": ["E"], "signals": []},
        {"article_id": "b", "outlet_id": "x", "entities": ["E"], "signals": []},
    ]
    assert derived_additions(reports) == {"a": "first report", "b": "nothing new"}


def test_show_ambiguous_and_missing_ids(ro):
    with pytest.raises(NotFoundError, match="no development"):
        fetch_development(ro, "zzzz")
    ids = [r[0] for r in ro.execute("SELECT development_id FROM developments").fetchall()]
    common = next((a[0] for a in ids if sum(i.startswith(a[0]) for i in ids) > 1), None)
    if common is not None:
        with pytest.raises(NotFoundError, match="more than one"):
            fetch_development(ro, common)


def test_search_scan_and_bm25_agree_on_the_best_development(small):
    with duckdb.connect(str(small), read_only=True) as con:
        assert not search.has_index(con)
        scanned = search.search_text(con, "security review DeepSeek")
    published = snapshot.publish(small)
    assert published.indexed
    with snapshot.open_for_reading(small) as con:
        assert search.has_index(con)
        ranked = search.search_text(con, "security review DeepSeek")
    assert scanned[0].headline == ranked[0].headline == DEEPSEEK_HEADLINE
    assert len(ranked[0].hits) >= 2  # several reports of one development, grouped
    ids = [r.development_id for r in ranked]
    assert len(ids) == len(set(ids))


def test_search_stems_words(small):
    snapshot.publish(small)
    with snapshot.open_for_reading(small) as con:
        results = search.search_text(con, "reviewing chatbots")
    assert results
    assert results[0].headline == DEEPSEEK_HEADLINE


def test_search_with_no_words_finds_nothing(ro):
    assert search.search_text(ro, "   ") == []
    assert search.search_text(ro, "!!!") == []


def test_vector_search_groups_by_development(small):
    snapshot.publish(small)
    with snapshot.open_for_reading(small) as con:
        assert search.has_vector_table(con)
        row = con.execute(
            "SELECT e.vector, m.development_id FROM embeddings e "
            "JOIN development_members m USING (article_id) "
            "JOIN developments d USING (development_id) WHERE d.headline = $h LIMIT 1",
            {"h": DEEPSEEK_HEADLINE},
        ).fetchone()
        assert row is not None
        vector, dev_id = row
        fast = search.search_vector(con, vector, model=synthetic.MODEL, min_score=0.5)
    with duckdb.connect(str(small), read_only=True) as con:
        slow = search.search_vector(con, vector, model=synthetic.MODEL, min_score=0.5)
    for results in (fast, slow):
        assert results[0].development_id == dev_id
        assert len(results[0].hits) == 3  # its three reports, near-duplicates of one vector
        assert all(r.development_id != dev_id for r in results[1:])


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_export_writes_every_dataset(ro, tmp_path, fmt):
    manifest = export_tables(ro, tmp_path / "out", fmt)
    files = manifest["files"]
    assert set(files) == {
        "timeline",
        "articles",
        "mentions",
        "memberships",
        "signals",
        "salience",
        "status_changes",
    }
    counts = {
        name: ro.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for name, table in [
            ("timeline", "timeline"),
            ("articles", "articles"),
            ("mentions", "mentions"),
            ("memberships", "development_members"),
            ("signals", "article_signals"),
            ("salience", "article_about"),
            ("status_changes", "development_status_changes"),
        ]
    }
    assert {k: v["rows"] for k, v in files.items()} == counts
    path = tmp_path / "out" / files["timeline"]["file"]
    if fmt is ExportFormat.parquet:
        table = pq.read_table(path)
        assert table.num_rows == 5
        outlets = table.schema.field("outlets").type
        assert outlets.value_type == "string"  # lists stay lists in Parquet
    elif fmt is ExportFormat.csv:
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with it
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        assert lines[0].startswith('"development_id","headline"')
        assert any("Circuit Wire; Eastern Dispatch; Harbour Ledger" in line for line in lines)
    elif fmt is ExportFormat.xlsx:
        with zipfile.ZipFile(path) as book:
            sheet = book.read("xl/worksheets/sheet1.xml").decode()
        assert "Circuit Wire; Eastern Dispatch; Harbour Ledger" in sheet
        assert sheet.count("<row ") == 6  # the header and five developments
    else:
        records = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
        assert {r["headline"] for r in records} >= {DEEPSEEK_HEADLINE}
        assert records[0]["first_seen"].startswith("2026-10-10")
    assert json.loads((tmp_path / "out" / "manifest.json").read_text())["format"] == fmt.value
    assert not list((tmp_path / "out").glob(".*.tmp"))


def test_export_of_an_empty_warehouse_writes_headers(warehouse_path, tmp_path):
    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        manifest = export_tables(con, tmp_path / "csv", ExportFormat.csv)
    assert all(v["rows"] == 0 for v in manifest["files"].values())
    header = (tmp_path / "csv" / "timeline.csv").read_text().splitlines()
    assert header
    assert "development_id" in header[0]


def test_named_queries_bind_every_input():
    # No analyst query may format values in: all inputs are $parameters.
    for name in [
        "analyst_timeline",
        "analyst_timeline_read",
        "analyst_search_fts",
        "analyst_search_scan",
        "analyst_hits",
        "analyst_hits_read",
    ]:
        sql = query_sql(name)
        assert "{" not in sql
        assert "%s" not in sql
        assert "$" in sql
